// The Reporting tab's periods of simulated time. The last 24 hours are shown by hour; the last 7 and 30 days
// by UTC day, whole days ending with today, so that the report history's per-day counts fit its buckets.
import type { SimTime } from '../../domain/estate/estate'
import { DAY_MS, HOUR_MS, startOfUtcDay } from '../../domain/world/time'

export type ReportPeriod = 'last-24-hours' | 'last-7-days' | 'last-30-days'

export const REPORT_PERIODS: readonly ReportPeriod[] = ['last-24-hours', 'last-7-days', 'last-30-days']

export const REPORT_PERIOD_LABELS: Record<ReportPeriod, string> = {
  'last-24-hours': 'Last 24 hours',
  'last-7-days': 'Last 7 days',
  'last-30-days': 'Last 30 days',
}

export interface PeriodRange {
  period: ReportPeriod
  from: SimTime
  to: SimTime
  bucketMs: number
  /** Buckets are UTC days: the report history's per-day counts apply. */
  byDay: boolean
  /** The start of each bucket, oldest first; the last one holds `to`. */
  bucketStarts: SimTime[]
}

const SHAPES: Record<ReportPeriod, { bucketMs: number; buckets: number }> = {
  'last-24-hours': { bucketMs: HOUR_MS, buckets: 24 },
  'last-7-days': { bucketMs: DAY_MS, buckets: 7 },
  'last-30-days': { bucketMs: DAY_MS, buckets: 30 },
}

export function periodRange(period: ReportPeriod, now: SimTime): PeriodRange {
  const { bucketMs, buckets } = SHAPES[period]
  const byDay = bucketMs === DAY_MS
  const last = byDay ? startOfUtcDay(now) : Math.floor(now / bucketMs) * bucketMs
  const from = last - (buckets - 1) * bucketMs
  const bucketStarts = Array.from({ length: buckets }, (_, i) => from + i * bucketMs)
  return { period, from, to: now, bucketMs, byDay, bucketStarts }
}

/** The bucket that holds `time`, or -1 outside the period. */
export function bucketOf(range: PeriodRange, time: SimTime): number {
  if (time < range.from || time > range.to) return -1
  return Math.min(range.bucketStarts.length - 1, Math.floor((time - range.from) / range.bucketMs))
}

export const isReportPeriod = (value: string): value is ReportPeriod =>
  (REPORT_PERIODS as readonly string[]).includes(value)
