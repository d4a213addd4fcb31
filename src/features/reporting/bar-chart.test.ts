import { expect, it } from 'vitest'
import { niceMax } from './bar-chart'

it('rounds an axis up to an even multiple of a power of ten, whose half is round too', () => {
  expect([0, 1, 2, 3, 7, 8, 9, 25, 103, 1100].map(niceMax)).toEqual([2, 2, 2, 4, 8, 8, 10, 40, 200, 2000])
})
