import { describe, expect, it } from 'vitest'
import { DAY_MS, HOUR_MS } from '../../domain/world/time'
import { bucketOf, periodRange } from './reports-period'

const NOW = Date.parse('2026-01-20T09:40:00Z')

describe('report periods', () => {
  it('shows the last 24 hours by hour, the current hour last', () => {
    const range = periodRange('last-24-hours', NOW)
    expect(range.byDay).toBe(false)
    expect(range.bucketStarts).toHaveLength(24)
    expect(range.bucketStarts.at(-1)).toBe(Date.parse('2026-01-20T09:00:00Z'))
    expect(range.from).toBe(Date.parse('2026-01-19T10:00:00Z'))
    expect(range.to).toBe(NOW)
  })

  it('shows 7 and 30 days as whole UTC days ending today', () => {
    const week = periodRange('last-7-days', NOW)
    expect(week.byDay).toBe(true)
    expect(week.from).toBe(Date.parse('2026-01-14T00:00:00Z'))
    expect(week.bucketStarts).toHaveLength(7)
    expect(periodRange('last-30-days', NOW).from).toBe(Date.parse('2025-12-22T00:00:00Z'))
  })

  it('files a time under its bucket, and nothing outside the period', () => {
    const range = periodRange('last-7-days', NOW)
    expect(bucketOf(range, range.from)).toBe(0)
    expect(bucketOf(range, range.from + DAY_MS - 1)).toBe(0)
    expect(bucketOf(range, NOW)).toBe(6)
    expect(bucketOf(range, range.from - 1)).toBe(-1)
    expect(bucketOf(range, NOW + HOUR_MS)).toBe(-1)
  })
})
