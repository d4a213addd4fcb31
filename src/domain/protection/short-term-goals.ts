// Specify Short-Term Goals: retention range, synchronization frequency and the express full backup schedule,
// with DPM's rules (retention 1..448 days, at least one synchronization between two recovery points, error
// 31016 for databases that can only get express full backups).
import {
  type ExpressFullSchedule,
  type MemberSpec,
  type ProtectionPolicy,
  SYNC_FREQUENCIES_MINUTES,
  type SyncFrequency,
  type Weekday,
} from './protection'

export const RETENTION_MIN_DAYS = 1
export const RETENTION_MAX_DAYS = 448

export type RetentionInput = { ok: true; days: number } | { ok: false; message: string }

export function parseRetentionRange(input: string): RetentionInput {
  const text = input.trim()
  const range = `between ${RETENTION_MIN_DAYS} and ${RETENTION_MAX_DAYS} days`
  if (!/^\d+$/.test(text)) return { ok: false, message: `Enter a whole number of days, ${range}.` }
  const days = Number(text)
  if (days < RETENTION_MIN_DAYS || days > RETENTION_MAX_DAYS) {
    return { ok: false, message: `The retention range must be ${range}.` }
  }
  return { ok: true, days }
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function minutesOfDay(time: string): number | undefined {
  const match = TIME.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined
}

export function validateExpressFullSchedule(schedule: ExpressFullSchedule): string[] {
  const problems: string[] = []
  if (schedule.times.length === 0) problems.push('Select at least one time for express full backups.')
  if (schedule.days.length === 0) problems.push('Select at least one day for express full backups.')
  const invalid = schedule.times.filter((time) => time !== '' && minutesOfDay(time) === undefined)
  // A time field cleared or half typed reads as empty.
  if (schedule.times.includes('')) problems.push('Enter every time in full, as HH:MM (24-hour).')
  if (invalid.length > 0) problems.push(`These times are not valid (HH:MM, 24-hour): ${invalid.join(', ')}.`)
  if (new Set(schedule.times).size !== schedule.times.length) problems.push('Each time can be listed once.')
  return problems
}

/** Whether the schedule's time at `index` is not a valid HH:MM or is listed twice: its field is invalid. */
export function isBadScheduleTime(times: readonly string[], index: number): boolean {
  const time = times[index] ?? ''
  return minutesOfDay(time) === undefined || times.indexOf(time) !== times.lastIndexOf(time)
}

/** The shortest gap between two consecutive express full backups over a week, in minutes. */
export function shortestGapMinutes(schedule: ExpressFullSchedule): number | undefined {
  const times = schedule.times.map(minutesOfDay).filter((m) => m !== undefined)
  const points = [...new Set(schedule.days)]
    .flatMap((day) => times.map((minute) => day * 1440 + minute))
    .sort((a, b) => a - b)
  if (points.length === 0) return undefined
  const WEEK = 7 * 1440
  let gap = WEEK
  points.forEach((point, index) => {
    const next = points[index + 1] ?? (points[0] ?? 0) + WEEK
    gap = Math.min(gap, next - point)
  })
  return gap
}

/** Databases in the SIMPLE recovery model, or read-only, get recovery points only from express full backups. */
export function expressFullOnlyMembers(members: readonly MemberSpec[]): MemberSpec[] {
  return members.filter((member) => member.recoveryModel === 'SIMPLE' || member.readOnly)
}

export function expressFullOnlyMessage(members: readonly MemberSpec[]): string {
  return `Synchronization is set to Just before a recovery point because these databases use the SIMPLE recovery model or are read-only, so their recovery points can only be created by express full backups: ${members.map((m) => m.path).join(', ')}. (ID: 31016)`
}

export interface GoalsProblem {
  field: 'retention' | 'sync-frequency' | 'schedule'
  message: string
}

export function validateShortTermGoals(
  policy: ProtectionPolicy,
  members: readonly MemberSpec[],
): GoalsProblem[] {
  const problems: GoalsProblem[] = []
  const retention = parseRetentionRange(String(policy.retentionDays))
  if (!retention.ok) problems.push({ field: 'retention', message: retention.message })
  for (const message of validateExpressFullSchedule(policy.expressFull)) {
    problems.push({ field: 'schedule', message })
  }
  const frequency = policy.syncFrequency
  if (frequency !== 'before-recovery-point') {
    if (!SYNC_FREQUENCIES_MINUTES.some((m) => m === frequency)) {
      problems.push({ field: 'sync-frequency', message: `Choose a synchronization frequency from the list.` })
    } else if (expressFullOnlyMembers(members).length > 0) {
      // 31016: such databases cannot be synchronized on a frequency.
      problems.push({
        field: 'sync-frequency',
        message: expressFullOnlyMessage(expressFullOnlyMembers(members)),
      })
    } else {
      const gap = shortestGapMinutes(policy.expressFull)
      if (gap !== undefined && frequency > gap) {
        problems.push({
          field: 'sync-frequency',
          message: `At least one synchronization must run between two recovery points: the express full backups are ${formatMinutes(gap)} apart, so synchronize at least that often.`,
        })
      }
    }
  }
  return problems
}

/** The policy the group gets: 31016 forces Just before a recovery point. */
export function effectiveSyncFrequency(
  policy: ProtectionPolicy,
  members: readonly MemberSpec[],
): SyncFrequency {
  return expressFullOnlyMembers(members).length > 0 ? 'before-recovery-point' : policy.syncFrequency
}

function formatMinutes(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`
  const hours = minutes / 60
  return hours === 1 ? '1 hour' : `${hours} hours`
}

export function formatSyncFrequency(frequency: SyncFrequency): string {
  return frequency === 'before-recovery-point'
    ? 'Just before a recovery point'
    : `Every ${formatMinutes(frequency)}`
}

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/** 20:00 -> 8:00 PM, as DPM shows schedule times. */
export function formatTimeOfDay(time: string): string {
  const minutes = minutesOfDay(time)
  if (minutes === undefined) return time
  const hours = Math.floor(minutes / 60)
  const suffix = hours < 12 ? 'AM' : 'PM'
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes % 60).padStart(2, '0')} ${suffix}`
}

/** "8:00 PM Everyday", or "6:00 AM, 8:00 PM on Monday, Friday". */
export function formatExpressFullSchedule(schedule: ExpressFullSchedule): string {
  const times = [...schedule.times]
    .sort((a, b) => (minutesOfDay(a) ?? 0) - (minutesOfDay(b) ?? 0))
    .map(formatTimeOfDay)
    .join(', ')
  const days = sortedDays(schedule.days)
  if (days.length === 7) return `${times} Everyday`
  return `${times} on ${days.map((day) => WEEKDAY_NAMES[day]).join(', ')}`
}

export function sortedDays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b)
}
