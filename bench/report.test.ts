import { describe, expect, it } from 'vitest'
import { type Figure, formatTable, holds, single } from './report'
import { summarize } from './stats'

const fast: Figure = { id: 'a', label: 'Expand', unit: 'ms', summary: summarize([20, 30, 40]), target: 100 }
const slow: Figure = { id: 'b', label: 'Advance', unit: 'ms', summary: summarize([2500]), target: 2000 }

describe('holds', () => {
  it('compares the median with the upper bound, and says nothing without a target', () => {
    expect(holds(fast)).toBe(true)
    expect(holds(slow)).toBe(false)
    expect(holds({ ...fast, target: undefined })).toBeUndefined()
  })
})

describe('formatTable', () => {
  it('prints one markdown row per figure with median, min, max, target and verdict', () => {
    const table = formatTable([
      fast,
      slow,
      { id: 'r', label: 'Ratio', unit: 'x', summary: single(1.25), target: 1.5 },
    ])
    const lines = table.split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toMatch(/^\| Expand +\| +30\.0 ms \| +20\.0 ms \| +40\.0 ms \| +<= 100 ms \| +yes \|$/)
    expect(lines[3]).toContain('NO')
    expect(lines[4]).toMatch(/1\.25x \|\s+\|\s+\| +<= 1\.50x \| +yes \|$/)
  })
})
