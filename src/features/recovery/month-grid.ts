// Calendar arithmetic for the recovery dates, in UTC like every time the console shows.

export interface Month {
  year: number
  /** 0 = January, as Date#getUTCMonth. */
  month: number
}

export function monthOfDay(day: string): Month {
  const date = new Date(`${day}T00:00:00Z`)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() }
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const date = new Date(Date.UTC(year, month + delta, 1))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() }
}

export function monthTitle({ year, month }: Month): string {
  return new Date(Date.UTC(year, month, 1)).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** Monday, January 5, 2026 */
export function longDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export interface CalendarDay {
  /** YYYY-MM-DD */
  day: string
  /** False for the days of the previous and next months that fill the first and last week. */
  inMonth: boolean
}

/** The month's weeks, Sunday first, filled out with the neighbouring months' days. */
export function monthWeeks({ year, month }: Month): CalendarDay[][] {
  const first = Date.UTC(year, month, 1)
  const last = Date.UTC(year, month + 1, 0)
  const start = first - new Date(first).getUTCDay() * DAY_MS
  const weeks: CalendarDay[][] = []
  for (let weekStart = start; weekStart <= last; weekStart += 7 * DAY_MS) {
    weeks.push(
      Array.from({ length: 7 }, (_, d) => {
        const date = new Date(weekStart + d * DAY_MS)
        return { day: date.toISOString().slice(0, 10), inMonth: date.getUTCMonth() === month }
      }),
    )
  }
  return weeks
}

const DAY_MS = 86_400_000
