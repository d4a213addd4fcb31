import { describe, expect, it } from 'vitest'
import { ratioOf, repeat, summarize } from './stats'

describe('summarize', () => {
  it('takes the middle sample of an odd count, with min and max', () => {
    expect(summarize([30, 10, 20, 50, 40])).toEqual({ median: 30, min: 10, max: 50, runs: 5 })
  })

  it('averages the two middle samples of an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5)
  })

  it('refuses no samples and non-numbers, so a broken measurement cannot pass as a figure', () => {
    expect(() => summarize([])).toThrow('No samples')
    expect(() => summarize([1, Number.NaN])).toThrow('not a finite number')
  })
})

describe('repeat', () => {
  it('gathers each figure across runs', async () => {
    const result = await repeat(3, async (run) => ({ a: run, b: 10 * run }))
    expect(result.a).toEqual({ median: 1, min: 0, max: 2, runs: 3 })
    expect(result.b.median).toBe(10)
  })
})

describe('ratioOf', () => {
  it('divides the medians', () => {
    expect(ratioOf(summarize([30]), summarize([20]))).toBe(1.5)
  })
})
