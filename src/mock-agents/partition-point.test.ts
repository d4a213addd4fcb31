import { expect, it } from 'vitest'
import { partitionPoint } from './partition-point'

it('finds where a sorted list stops being before a value', () => {
  const values = [1, 3, 3, 5, 8]
  expect(partitionPoint(values, (v) => v < 3)).toBe(1)
  expect(partitionPoint(values, (v) => v <= 3)).toBe(3)
  expect(partitionPoint(values, (v) => v < 0)).toBe(0)
  expect(partitionPoint(values, (v) => v < 100)).toBe(5)
  expect(partitionPoint([], () => true)).toBe(0)
})
