import fc from 'fast-check'
import { expect, it } from 'vitest'
import { kthSmallest } from './order-statistic'

it('finds the k-th smallest value as a sort would, ties, runs and reversed input included', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }),
      fc.nat(),
      fc.constantFrom('as is', 'sorted', 'reversed'),
      (list, seed, order) => {
        const values = order === 'as is' ? list : list.slice().sort((a, b) => a - b)
        if (order === 'reversed') values.reverse()
        const k = seed % values.length
        const sorted = values.slice().sort((a, b) => a - b)
        expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k])
      },
    ),
  )
})

it('refuses a k outside the values', () => {
  expect(() => kthSmallest(Float64Array.of(1, 2), 2)).toThrow(RangeError)
})
