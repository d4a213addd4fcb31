import { formatUtc } from '../../domain/world/time'
import type { PeriodRange } from './reports-period'

/** Short axis labels: 09:00 for hours, 01-05 for days. */
export function shortBucketLabel(range: PeriodRange, start: number): string {
  const text = formatUtc(start)
  return range.byDay ? text.slice(5, 10) : text.slice(11, 16)
}
