// Simulated time helpers for the DPM rules. Times are epoch milliseconds and DPM's texts show them in UTC, so
// a demo reads the same on every machine.
import type { SimTime } from '../estate/estate'

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-01-05 09:45 UTC, as alert descriptions state times. */
export function formatUtc(time: SimTime): string {
  const d = new Date(time)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`
}

/** Minutes after midnight of an HH:MM time of day, or undefined when it is not one. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  return hours * 60 + minutes
}

/** Midnight UTC of the day that holds `time`. */
export function startOfUtcDay(time: SimTime): SimTime {
  return Math.floor(time / DAY_MS) * DAY_MS
}

/** The UTC weekday of `time`, 0 = Sunday as Date#getUTCDay, without making a Date (1 January 1970 was a Thursday). */
export function utcWeekday(time: SimTime): number {
  return (((Math.floor(time / DAY_MS) + 4) % 7) + 7) % 7
}
