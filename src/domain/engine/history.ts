// Bounded history, so that months of simulated time keep memory (and the persisted state) flat: finished jobs
// of the last days in full (up to a cap), counts beyond; inactive alerts of the last days.
import type { SimTime } from '../estate/estate'
import type { Alert, FinishedJobStatus, Job, JobHistorySummary } from '../protection/protection'
import { DAY_MS } from '../world/time'

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
 * Keeps scheduled and in-progress jobs, and finished jobs that ended within the window, newest first up to
 * the cap (failed and canceled ones before completed ones: they are what the admin looks for); counts the rest.
 * `removed` lists the finished jobs it did not keep, in their given order (absent when it kept every job).
 */
export function boundJobHistory(
  jobs: readonly Job[],
  summary: JobHistorySummary | undefined,
  now: SimTime,
): { jobs: Job[]; summary: JobHistorySummary | undefined; removed?: Job[] } {
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
  const inWindow = failed.jobs.length + completed.jobs.length
  if (finished <= JOB_HISTORY_MAX_ROWS && inWindow === finished) return { jobs: jobs.slice(), summary }
  const kept = new Set<Job>()
  const room = failed.keepNewest(JOB_HISTORY_MAX_ROWS, kept)
  if (room > 0) completed.keepNewest(room, kept)
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
  return { jobs: result, summary: { trimmed, trimmedUntil }, removed }
}

/** Finished jobs in their given order with their ends, read once. */
class EndedJobs {
  readonly jobs: Job[] = []
  private readonly ends: SimTime[] = []

  add(job: Job, end: SimTime): void {
    this.jobs.push(job)
    this.ends.push(end)
  }

  /**
   * Adds the newest `room` of the jobs to `kept` (ties by id), without sorting the jobs: a large
   * estate trims 100,000s a day. Returns the room left.
   */
  keepNewest(room: number, kept: Set<Job>): number {
    const { jobs, ends } = this
    const keptBefore = kept.size
    if (jobs.length <= room) {
      for (const job of jobs) kept.add(job)
      return room - jobs.length
    }
    // Every job that ended after the room-th latest end, then as many of those that ended at that moment as fit,
    // by id: the rows' order depends on how the runs went (a data source's synchronizations are recorded
    // together), what is kept must not.
    const threshold = Float64Array.from(ends).sort()[ends.length - room] as number
    const tied: Job[] = []
    ends.forEach((end, index) => {
      if (end > threshold) kept.add(jobs[index] as Job)
      else if (end === threshold) tied.push(jobs[index] as Job)
    })
    tied.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const job of tied.slice(0, room - (kept.size - keptBefore))) kept.add(job)
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
