// When a data source's next job runs: synchronization slots, express full backups at the schedule's times and
// days, the daily consistency check, and the one-off jobs DPM's rules ask for. The engine keeps one
// automatic row per data source (its next job), never a row per future slot.
import type { SimTime } from '../estate/estate'
import type {
  DataSource,
  ExpressFullSchedule,
  Job,
  JobTrigger,
  JobType,
  ProtectionPolicy,
} from '../protection/protection'
import { DAY_MS, MINUTE_MS, parseTimeOfDay, startOfUtcDay, utcWeekday } from '../world/time'

export type ScheduledJobType = 'synchronization' | 'express-full' | 'consistency-check'

/**
 * Order of the jobs that fall on one slot: the synchronization first (DPM needs one between two recovery
 * points), then the express full backup, then the daily consistency check.
 */
export const SLOT_RANK: Record<ScheduledJobType, number> = {
  synchronization: 0,
  'express-full': 1,
  'consistency-check': 2,
}

/** The last slot handled: the next candidates come strictly after it in (time, rank) order. */
export interface SlotCursor {
  at: SimTime
  rank: number
}

/** A cursor that lets every slot at `at` run (after an event that is not itself a slot). */
export const cursorBefore = (at: SimTime): SlotCursor => ({ at, rank: -1 })

/** A cursor just past a slot job that ran at `at`. */
export const cursorPast = (at: SimTime, type: JobType): SlotCursor => ({
  at,
  rank: type in SLOT_RANK ? SLOT_RANK[type as ScheduledJobType] : Number.POSITIVE_INFINITY,
})

/** First synchronization slot at or after `from`: multiples of the frequency counted from midnight UTC. */
export function syncSlotAtOrAfter(frequencyMinutes: number, from: SimTime): SimTime {
  const step = frequencyMinutes * MINUTE_MS
  return Math.ceil(from / step) * step
}

const parsedTimes = new WeakMap<ExpressFullSchedule, number[]>()

function minutesOfDay(schedule: ExpressFullSchedule): number[] {
  let minutes = parsedTimes.get(schedule)
  if (!minutes) {
    minutes = schedule.times
      .map(parseTimeOfDay)
      .filter((m): m is number => m !== undefined)
      .sort((a, b) => a - b)
    parsedTimes.set(schedule, minutes)
  }
  return minutes
}

// The engine asks for the next express full of one schedule thousands of times per run with a growing
// `from`: an answer stands for every `from` between the query that found it and itself. Two are kept: at an
// express full's slot, the data sources ask for that slot and for the next one in turn.
const lastAnswers = new WeakMap<ExpressFullSchedule, { from: SimTime; at: SimTime }[]>()

/** First express full backup at or after `from`, or undefined for an empty schedule. */
export function expressFullAtOrAfter(schedule: ExpressFullSchedule, from: SimTime): SimTime | undefined {
  let answers = lastAnswers.get(schedule)
  if (!answers) {
    answers = []
    lastAnswers.set(schedule, answers)
  }
  for (const answer of answers) {
    if (answer.from <= from && from <= answer.at) return answer.at
  }
  const at = searchExpressFull(schedule, from)
  if (at !== undefined) {
    answers.unshift({ from, at })
    answers.length = Math.min(answers.length, 2)
  }
  return at
}

function searchExpressFull(schedule: ExpressFullSchedule, from: SimTime): SimTime | undefined {
  const minutes = minutesOfDay(schedule)
  if (minutes.length === 0 || schedule.days.length === 0) return undefined
  const firstDay = startOfUtcDay(from)
  // Eight days: a weekly schedule whose only time today has passed comes back on the same weekday.
  for (let day = firstDay; day <= firstDay + 7 * DAY_MS; day += DAY_MS) {
    if (!schedule.days.includes(utcWeekday(day) as ExpressFullSchedule['days'][number])) continue
    for (const minute of minutes) {
      const at = day + minute * MINUTE_MS
      if (at >= from) return at
    }
  }
  return undefined
}

/** The daily scheduled consistency check at or after `from`. */
export function dailyCheckAtOrAfter(start: string, from: SimTime): SimTime | undefined {
  const minute = parseTimeOfDay(start)
  if (minute === undefined) return undefined
  const today = startOfUtcDay(from) + minute * MINUTE_MS
  return today >= from ? today : today + DAY_MS
}

type SlotFinder = (from: SimTime) => SimTime | undefined

/** The first slot of `finder` after the cursor for a job of this rank, and not before `notBefore`. */
function firstSlot(
  finder: SlotFinder,
  rank: number,
  cursor: SlotCursor,
  notBefore: SimTime,
): SimTime | undefined {
  const from = Math.max(cursor.at, notBefore)
  const at = finder(from)
  if (at === cursor.at && rank <= cursor.rank) return finder(cursor.at + 1)
  return at
}

function syncFinder(policy: ProtectionPolicy): SlotFinder {
  const frequency = policy.syncFrequency
  // "Just before a recovery point": the synchronization runs at each express full backup's slot.
  return frequency === 'before-recovery-point'
    ? (from) => expressFullAtOrAfter(policy.expressFull, from)
    : (from) => syncSlotAtOrAfter(frequency, from)
}

/**
 * The next synchronization slot after the cursor. Slots that fall while the data source is still busy
 * (`busyUntil`) are coalesced into the first free one, so a long job never leaves a backlog.
 */
export function nextSyncSlot(
  policy: ProtectionPolicy,
  cursor: SlotCursor,
  busyUntil = 0,
): SimTime | undefined {
  return firstSlot(syncFinder(policy), SLOT_RANK.synchronization, cursor, busyUntil)
}

export interface PlannedJob {
  type: JobType
  at: SimTime
  trigger: JobTrigger
}

/**
 * The next slot of the protection group's schedule: synchronization, express full or daily check. Without
 * `synchronizations` (a SIMPLE recovery model database has no log to back up) only the others.
 */
export function nextScheduledJob(
  policy: ProtectionPolicy,
  cursor: SlotCursor,
  busyUntil = 0,
  synchronizations = true,
): PlannedJob | undefined {
  let best: PlannedJob | undefined
  const consider = (type: ScheduledJobType, at: SimTime | undefined) => {
    if (at === undefined) return
    if (
      !best ||
      at < best.at ||
      (at === best.at && SLOT_RANK[type] < SLOT_RANK[best.type as ScheduledJobType])
    )
      best = { type, at, trigger: 'schedule' }
  }
  if (synchronizations) consider('synchronization', nextSyncSlot(policy, cursor, busyUntil))
  // Express full backups are never coalesced: each one is a recovery point the admin asked for.
  consider(
    'express-full',
    firstSlot((from) => expressFullAtOrAfter(policy.expressFull, from), SLOT_RANK['express-full'], cursor, 0),
  )
  const daily = policy.consistencyCheck.daily
  if (daily) {
    consider(
      'consistency-check',
      firstSlot((from) => dailyCheckAtOrAfter(daily.start, from), SLOT_RANK['consistency-check'], cursor, 0),
    )
  }
  return best
}

/**
 * The next synchronization after one at `at` whose data source was busy until `busyUntil`, for a data source
 * whose plan after the cursor is a synchronization: until the group's first slot of another kind after the
 * cursor (an express full, a daily check), that depends only on the frequency and the end, so a run of
 * synchronizations needs no nextAutoJob per job. Undefined from that slot on, or for "Just before a recovery
 * point": the caller asks nextAutoJob then.
 */
export function regularSynchronizations(
  policy: ProtectionPolicy,
  cursor: SlotCursor,
): (at: SimTime, busyUntil: SimTime) => SimTime | undefined {
  const frequency = policy.syncFrequency
  if (frequency === 'before-recovery-point') return () => undefined
  const horizon = nextScheduledJob(policy, cursor, 0, false)?.at ?? Number.POSITIVE_INFINITY
  return (at, busyUntil) => {
    // As nextSyncSlot past a synchronization's cursor: its own slot is taken, and busy slots coalesce.
    const next = syncSlotAtOrAfter(frequency, Math.max(at + 1, busyUntil))
    return next < horizon ? next : undefined
  }
}

/** The data source's next automatic job given its replica and condition, or none (it waits for the admin). */
export function nextAutoJob(
  ds: DataSource,
  policy: ProtectionPolicy,
  cursor: SlotCursor,
  busyUntil = 0,
): PlannedJob | undefined {
  if (ds.groupId === undefined) return undefined
  const atNextSync = (type: JobType, trigger: JobTrigger): PlannedJob | undefined => {
    const at = nextSyncSlot(policy, cursor, busyUntil)
    return at === undefined ? undefined : { type, at, trigger }
  }
  // Manual replica pending (3118): nothing runs until the admin's consistency check.
  if (ds.replica === 'manual-pending') return undefined
  if (ds.replica === 'creation-pending') return atNextSync('replica-creation', 'replica-creation')
  // S7: no scheduled job runs until the consistency check 30 minutes after the detection, which also
  // checks an inconsistent replica.
  if (ds.condition.kind === 'cc-scheduled')
    return { type: 'consistency-check', at: ds.condition.at, trigger: 'mirror-took-over' }
  if (ds.replica === 'inconsistent')
    return policy.consistencyCheck.onInconsistent
      ? atNextSync('consistency-check', 'inconsistent-replica')
      : undefined
  return nextScheduledJob(policy, cursor, busyUntil, hasLogBackups(ds))
}

/** SQL Server refuses log backups in the SIMPLE recovery model: DPM only makes express full backups then. */
export const hasLogBackups = (ds: Pick<DataSource, 'recoveryModel'>): boolean => ds.recoveryModel !== 'SIMPLE'

/**
 * Whether the data source's current automatic row still stands against the plan: one-off rows stand until they
 * run, a schedule row keeps its slot, an S7 check must keep its time; a change of kind replaces the row.
 */
export function autoRowStands(row: Job, plan: PlannedJob | undefined): boolean {
  const trigger = row.trigger ?? 'schedule'
  if (trigger === 'reprotection') return true
  if (!plan || plan.trigger !== trigger) return false
  if (trigger === 'mirror-took-over') return row.scheduledAt === plan.at
  return true
}
