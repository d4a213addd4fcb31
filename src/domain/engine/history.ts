// Bounded history, so that months of simulated time keep memory (and the persisted state) flat: finished jobs
// of the last days in full (up to a cap), counts beyond; inactive alerts of the last days.
import type { SimTime } from '../estate/estate'
import type { Alert, FinishedJobStatus, Job, JobHistorySummary } from '../protection/protection'
import { DAY_MS } from '../world/time'
import { kthSmallest } from './order-statistic'

export const JOB_HISTORY_DAYS = 7
/** Finished jobs kept in full: a large estate syncing every 15 minutes would otherwise keep 100,000s. */
export const JOB_HISTORY_MAX_ROWS = 5_000
export const ALERT_HISTORY_DAYS = 7
export const ALERT_HISTORY_MAX_INACTIVE = 1_000

const isFinished = (job: Job): job is Job & { status: FinishedJobStatus } =>
  job.status === 'completed' || job.status === 'failed' || job.status === 'canceled'

/** When a job finished (or would have): the time the history and the reports file it under. */
export const endOf = (job: Job): SimTime => job.endedAt ?? job.startedAt ?? job.scheduledAt

export const EMPTY_JOB_HISTORY: JobHistorySummary = { trimmed: { completed: 0, failed: 0, canceled: 0 } }

/**
 * Completed jobs recorded without a row of their own (a data source's run of synchronizations: a week of them
 * at 2,000 databases is over a million): the history builds rows only for the ones it keeps.
 */
export interface UnbuiltJobs {
  readonly length: number
  endOf(index: number): SimTime
  dataSourceIdOf(index: number): string
  row(index: number): Job
}

export const NO_UNBUILT_JOBS: UnbuiltJobs = {
  length: 0,
  endOf: outOfRange,
  dataSourceIdOf: outOfRange,
  row: outOfRange,
}

function outOfRange(index: number): never {
  throw new RangeError(`There is no unbuilt job ${index}.`)
}

/** Every unbuilt job as a row. */
export const rowsOf = (unbuilt: UnbuiltJobs): Job[] =>
  Array.from({ length: unbuilt.length }, (_, index) => unbuilt.row(index))

export interface BoundedJobHistory {
  jobs: Job[]
  summary: JobHistorySummary | undefined
  /** The finished jobs it did not keep, in their given order (absent when it kept every job). */
  removed?: Job[]
  /** The indexes of the unbuilt jobs it did not keep (absent when it kept every job). */
  removedUnbuilt?: number[]
}

/**
 * Keeps scheduled and in-progress jobs, and finished jobs that ended within the window, newest first up to
 * the cap (failed and canceled ones before completed ones: they are what the admin looks for); counts the rest.
 * The `unbuilt` jobs it keeps come after the others, as rows.
 */
export function boundJobHistory(
  jobs: readonly Job[],
  summary: JobHistorySummary | undefined,
  now: SimTime,
  unbuilt: UnbuiltJobs = NO_UNBUILT_JOBS,
): BoundedJobHistory {
  const windowStart = now - JOB_HISTORY_DAYS * DAY_MS
  // One read of each row (100,000s a day at 15-minute synchronization): the finished ones within the window,
  // failed and canceled apart from completed, with their ends.
  const failed = new EndedJobs()
  const completed = new EndedJobs()
  let finished = 0
  for (const job of jobs) {
    if (!isFinished(job)) continue
    finished++
    const end = endOf(job)
    if (end > windowStart) (job.status === 'completed' ? completed : failed).add(job, end)
  }
  for (let index = 0; index < unbuilt.length; index++) {
    finished++
    const end = unbuilt.endOf(index)
    if (end > windowStart) completed.add(index, end)
  }
  const inWindow = failed.items.length + completed.items.length
  if (finished <= JOB_HISTORY_MAX_ROWS && inWindow === finished)
    return { jobs: [...jobs, ...rowsOf(unbuilt)], summary }
  const kept = new Set<Job | number>()
  const idOf = (item: Job | number) => (typeof item === 'number' ? unbuilt.row(item).id : item.id)
  const room = failed.keepNewest(JOB_HISTORY_MAX_ROWS, kept, idOf)
  if (room > 0) completed.keepNewest(room, kept, idOf)
  const trimmed = { ...(summary ?? EMPTY_JOB_HISTORY).trimmed }
  let trimmedUntil = summary?.trimmedUntil
  const result: Job[] = []
  const removed: Job[] = []
  for (const job of jobs) {
    if (!isFinished(job) || kept.has(job)) {
      result.push(job)
      continue
    }
    removed.push(job)
    trimmed[job.status]++
    trimmedUntil = Math.max(trimmedUntil ?? endOf(job), endOf(job))
  }
  const removedUnbuilt: number[] = []
  for (let index = 0; index < unbuilt.length; index++) {
    if (kept.has(index)) {
      result.push(unbuilt.row(index))
      continue
    }
    removedUnbuilt.push(index)
    trimmed.completed++
    const end = unbuilt.endOf(index)
    trimmedUntil = Math.max(trimmedUntil ?? end, end)
  }
  return { jobs: result, summary: { trimmed, trimmedUntil }, removed, removedUnbuilt }
}

/** Finished jobs (a row, or an unbuilt job's index) in their given order with their ends, read once. */
class EndedJobs {
  readonly items: (Job | number)[] = []
  private readonly ends: SimTime[] = []

  add(item: Job | number, end: SimTime): void {
    this.items.push(item)
    this.ends.push(end)
  }

  /**
   * Adds the newest `room` of the jobs to `kept` (ties by id), without sorting the jobs: a large estate trims
   * 100,000s a day. Returns the room left.
   */
  keepNewest(room: number, kept: Set<Job | number>, idOf: (item: Job | number) => string): number {
    const { items, ends } = this
    if (items.length <= room) {
      for (const item of items) kept.add(item)
      return room - items.length
    }
    // Every job that ended after the room-th latest end, then as many of those that ended at that moment as fit,
    // by id: the rows' order depends on how the runs went (a data source's synchronizations are recorded
    // together), what is kept must not.
    const threshold = kthSmallest(Float64Array.from(ends), ends.length - room)
    const tied: { item: Job | number; id: string }[] = []
    let newer = 0
    ends.forEach((end, index) => {
      const item = items[index] as Job | number
      if (end > threshold) {
        kept.add(item)
        newer++
      } else if (end === threshold) tied.push({ item, id: idOf(item) })
    })
    tied.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const { item } of tied.slice(0, room - newer)) kept.add(item)
    return 0
  }
}

/** Active alerts stay; inactive ones go after the window, the oldest first beyond the cap. */
export function boundAlertHistory(alerts: readonly Alert[], now: SimTime): Alert[] {
  const windowStart = now - ALERT_HISTORY_DAYS * DAY_MS
  const inactive = alerts.filter((alert) => alert.inactiveAt !== undefined)
  const recent = inactive.filter((alert) => (alert.inactiveAt ?? 0) > windowStart)
  if (recent.length === inactive.length && inactive.length <= ALERT_HISTORY_MAX_INACTIVE)
    return alerts.slice()
  const kept = new Set(
    recent.sort((a, b) => (b.inactiveAt ?? 0) - (a.inactiveAt ?? 0)).slice(0, ALERT_HISTORY_MAX_INACTIVE),
  )
  return alerts.filter((alert) => alert.inactiveAt === undefined || kept.has(alert))
}
