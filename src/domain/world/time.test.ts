import { describe, expect, it } from 'vitest'
import { DAY_MS, utcWeekday } from './time'

describe('utcWeekday', () => {
  it('is the UTC weekday Date gives, at any hour of any day', () => {
    const start = Date.UTC(2026, 0, 1)
    for (let time = start; time < start + 400 * DAY_MS; time += 7 * 3_600_000 + 13 * 60_000) {
      expect(utcWeekday(time)).toBe(new Date(time).getUTCDay())
    }
    expect(utcWeekday(0)).toBe(4)
    expect(utcWeekday(-1)).toBe(3)
  })
})
