import { describe, expect, it } from 'vitest'
import { fnv1a, fnv1aOfInteger, hashToUnit, mulberry32 } from './deterministic-random'

describe('deterministic hashes', () => {
  it('hashes a whole number as the text of its digits', () => {
    for (const n of [0, 7, 10, 905, 1_767_604_500_000, Number.MAX_SAFE_INTEGER, 1.5, -3, 1e21]) {
      expect(fnv1aOfInteger(n), String(n)).toBe(fnv1a(String(n)))
      expect(fnv1aOfInteger(n, 12345), String(n)).toBe(fnv1a(String(n), 12345))
    }
  })

  it('spreads a hash with one step of mulberry32', () => {
    for (const text of ['', ':share', 'request:1']) expect(hashToUnit(text)).toBe(mulberry32(fnv1a(text))())
  })
})
