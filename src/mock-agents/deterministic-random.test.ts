import { describe, expect, it } from 'vitest'
import { fnv1a, fnv1aOfInteger, hashToUnit, mulberry32 } from './deterministic-random'

describe('deterministic hashes', () => {
  it('hashes a whole number as the text of its digits', () => {
    for (const n of [0, 7, 10, 905, 10_000_000, 10_000_007, 1_767_604_500_000, 2 ** 53 - 1, 1.5, -3, 1e21]) {
      expect(fnv1aOfInteger(n), String(n)).toBe(fnv1a(String(n)))
      expect(fnv1aOfInteger(n, 12345), String(n)).toBe(fnv1a(String(n), 12345))
    }
  })

  it('hashes times of every size as their text', () => {
    const random = mulberry32(7)
    for (let i = 0; i < 2000; i++) {
      const n = Math.floor(random() * 10 ** (1 + (i % 16)))
      expect(fnv1aOfInteger(n, i)).toBe(fnv1a(String(n), i))
    }
  })

  it('spreads a hash with one step of mulberry32', () => {
    for (const text of ['', ':share', 'request:1']) expect(hashToUnit(text)).toBe(mulberry32(fnv1a(text))())
  })
})
