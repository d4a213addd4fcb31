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

it('searches a range of the list only', () => {
  const values = [9, 1, 3, 5, 0]
  expect(partitionPoint(values, (v) => v < 4, 1, 4)).toBe(3)
  expect(partitionPoint(values, (v) => v < 100, 1, 4)).toBe(4)
  expect(partitionPoint(values, (v) => v < 0, 1, 4)).toBe(1)
})
