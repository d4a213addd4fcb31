import { describe, expect, it } from 'vitest'
import { longDay, monthOfDay, monthTitle, monthWeeks, shiftMonth } from './month-grid'

describe('month grid', () => {
  it('lays a month out in weeks starting on Sunday, in UTC', () => {
    const weeks = monthWeeks({ year: 2026, month: 0 })
    // January 1, 2026 is a Thursday.
    expect(weeks[0]?.map((d) => d.day)).toEqual([
      '2025-12-28',
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
    ])
    expect(weeks[0]?.map((d) => d.inMonth)).toEqual([false, false, false, false, true, true, true])
    expect(weeks).toHaveLength(5)
    expect(weeks[4]?.at(-1)).toEqual({ day: '2026-01-31', inMonth: true })
    // February 2026 starts on a Sunday and fills four weeks exactly.
    expect(monthWeeks({ year: 2026, month: 1 })).toHaveLength(4)
  })

  it('moves across years and names months and days', () => {
    expect(shiftMonth({ year: 2026, month: 0 }, -1)).toEqual({ year: 2025, month: 11 })
    expect(shiftMonth({ year: 2025, month: 11 }, 1)).toEqual({ year: 2026, month: 0 })
    expect(monthOfDay('2026-01-05')).toEqual({ year: 2026, month: 0 })
    expect(monthTitle({ year: 2026, month: 0 })).toBe('January 2026')
    expect(longDay('2026-01-05')).toBe('Monday, January 5, 2026')
  })
})
