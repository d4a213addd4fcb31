import type { PeriodRange } from '../../domain/reports-period'
import { formatUtc } from '../../domain/time'

/** Short axis labels: 09:00 for hours, 01-05 for days. */
export function shortBucketLabel(range: PeriodRange, start: number): string {
  const text = formatUtc(start)
  return range.byDay ? text.slice(5, 10) : text.slice(11, 16)
}
