// The Reporting tab's bounded history. The live history keeps finished jobs for 7 days (up to a cap), recovery
// points for their retention range and inactive alerts for 7 days; what leaves it is folded here, per UTC day
// and data source, so that a 30-day report still counts it. Disk space is snapshotted at every midnight the
// clock passes. Everything is a function of what was trimmed and of the state at fixed times (midnights), so
// that advancing by A then B gives the history of advancing by A + B.

import { endOf, type UnbuiltJobs } from '../engine/history'
import type { SimTime } from '../estate/estate'
import type {
  Alert,
  AlertType,
  ArchivedStoppage,
  DayActivity,
  DpmServerState,
  Job,
  JobType,
  ReportHistory,
} from '../protection/protection'
import type { RecoveryPoints } from '../protection/recovery-points'
import { DAY_MS, startOfUtcDay } from '../world/time'
import { diskUsageAt, type PointRecordTime } from './reports-disk'

/** The longest period the Reporting tab offers (30 days) and the day in progress. */
export const REPORT_HISTORY_DAYS = 31
const REPORT_HISTORY_MAX_STOPPAGES = 2_000

/** Positions in a DayActivity tuple. */
export const ACTIVITY = { completed: 0, failed: 1, canceled: 2, failedBackups: 3, recoveryPoints: 4 } as const
type ActivityField = (typeof ACTIVITY)[keyof typeof ACTIVITY]

/** Jobs whose success is a recovery point (or the replica): their failures are the recovery points missed. */
const BACKUP_JOB_TYPES: ReadonlySet<JobType> = new Set([
  'synchronization',
  'express-full',
  'replica-creation',
])

export const isFailedBackup = (job: Job): boolean => job.status === 'failed' && BACKUP_JOB_TYPES.has(job.type)

/** Alerts that mean backups of the data source stopped (S4, S5, S7, S8 and other failures). */
export const STOPPING_ALERTS: ReadonlySet<AlertType> = new Set<AlertType>([
  'mirrored-after-protection',
  'mirror-broken',
  'mirror-took-over',
  'consistency-check-required',
  'protected-partners',
  'replica-inconsistent',
  'recovery-point-failed',
  'agent-unreachable',
  'ag-no-backup-replica',
])

const EMPTY_REPORT_HISTORY: ReportHistory = { days: {}, disk: [], stoppages: [] }

/** The items of `before` that are not in `after` (which keeps a subset of the same objects). */
export function removedItems<T>(before: readonly T[], after: readonly T[]): T[] {
  if (before.length === after.length) return []
  const kept = new Set(after)
  return before.filter((item) => !kept.has(item))
}

export interface TrimmedHistory {
  jobs: readonly Job[]
  /** Completed jobs trimmed without ever having a row (runs of synchronizations), by their indexes. */
  unbuiltJobs?: { jobs: UnbuiltJobs; indexes: readonly number[] }
  points: RecoveryPoints
  alerts: readonly Alert[]
}

/**
 * Folds what the live history trimmed into the report history and takes the disk snapshots of the midnights
 * up to `until`. `state` holds the recovery points before pruning (a snapshot needs those alive at midnight);
 * `recordedAt` when each of those points was recorded, its job's end (without it, on its date): a point whose job ran
 * over midnight did not exist yet at that midnight, whether the run that took the snapshot ended before the job
 * or after it. Returns the history unchanged (possibly undefined) when there is nothing to record.
 */
export function archiveForReports(
  history: ReportHistory | undefined,
  trimmed: TrimmedHistory,
  state: Pick<DpmServerState, 'groups' | 'dataSources' | 'recoveryPoints'>,
  until: SimTime,
  recordedAt?: PointRecordTime,
): ReportHistory | undefined {
  const cutoff = startOfUtcDay(until) - REPORT_HISTORY_DAYS * DAY_MS
  const midnights = midnightsToSnapshot(history, state, until, cutoff)
  const stoppages = trimmed.alerts.filter(isArchivedStoppage)
  const outdated = history !== undefined && hasOutdated(history, cutoff)
  if (
    trimmed.jobs.length === 0 &&
    (trimmed.unbuiltJobs?.indexes.length ?? 0) === 0 &&
    trimmed.points.length === 0 &&
    stoppages.length === 0 &&
    midnights.length === 0 &&
    !outdated
  )
    return history
  const base = history ?? EMPTY_REPORT_HISTORY
  const days = foldActivity(base.days, trimmed, cutoff)
  const disk = [
    ...base.disk.filter((snapshot) => snapshot.at >= cutoff),
    ...midnights.map((at) => ({
      at,
      // At the run's end every point is recorded: no look-up per point (most of a day's snapshot).
      groups: diskUsageAt(state, state.recoveryPoints, at, at < until ? recordedAt : undefined),
    })),
  ]
  return { days, disk, stoppages: boundStoppages(base.stoppages, stoppages, cutoff) }
}

const isArchivedStoppage = (alert: Alert): alert is Alert & { dataSourceId: string; inactiveAt: SimTime } =>
  alert.dataSourceId !== undefined && alert.inactiveAt !== undefined && STOPPING_ALERTS.has(alert.type)

function hasOutdated(history: ReportHistory, cutoff: SimTime): boolean {
  return (
    Object.keys(history.days).some((day) => Number(day) < cutoff) ||
    (history.disk[0]?.at ?? cutoff) < cutoff ||
    history.stoppages.some((stoppage) => stoppage.inactiveAt < cutoff)
  )
}

/**
 * The midnights after the last snapshot, up to `until`; the first ever snapshot is the midnight after the
 * earliest protection. Never before the cutoff.
 */
function midnightsToSnapshot(
  history: ReportHistory | undefined,
  state: Pick<DpmServerState, 'dataSources'>,
  until: SimTime,
  cutoff: SimTime,
): SimTime[] {
  let first = history?.disk.at(-1)?.at
  if (first !== undefined) first += DAY_MS
  else {
    let earliest = Number.POSITIVE_INFINITY
    for (const ds of Object.values(state.dataSources)) earliest = Math.min(earliest, ds.protectedAt)
    if (earliest === Number.POSITIVE_INFINITY) return []
    first = startOfUtcDay(earliest) + DAY_MS
  }
  const midnights: SimTime[] = []
  for (let at = Math.max(first, cutoff); at <= until; at += DAY_MS) midnights.push(at)
  return midnights
}

function foldActivity(
  days: ReportHistory['days'],
  trimmed: TrimmedHistory,
  cutoff: SimTime,
): ReportHistory['days'] {
  const next: ReportHistory['days'] = {}
  for (const [day, byDataSource] of Object.entries(days)) {
    if (Number(day) >= cutoff) next[day] = byDataSource
  }
  // Copy on write: a day's map and a data source's tuple are copied the first time this fold changes them.
  // Found by the day's number, not a key string: a large estate folds 100,000s of jobs a day.
  const copied = new Map<SimTime, { byDataSource: Record<string, DayActivity>; sources: Set<string> }>()
  const bump = (time: SimTime, dataSourceId: string, field: ActivityField, count = 1) => {
    const day = startOfUtcDay(time)
    if (day < cutoff) return
    let copy = copied.get(day)
    if (!copy) {
      const dayKey = String(day)
      copy = { byDataSource: { ...next[dayKey] }, sources: new Set() }
      next[dayKey] = copy.byDataSource
      copied.set(day, copy)
    }
    const { byDataSource, sources } = copy
    if (!sources.has(dataSourceId)) {
      byDataSource[dataSourceId] = (byDataSource[dataSourceId]?.slice() ?? [0, 0, 0, 0, 0]) as DayActivity
      sources.add(dataSourceId)
    }
    ;(byDataSource[dataSourceId] as DayActivity)[field] += count
  }
  for (const job of trimmed.jobs) {
    const at = endOf(job)
    const dataSourceId = job.dataSourceId ?? ''
    if (job.status === 'completed') bump(at, dataSourceId, ACTIVITY.completed)
    else if (job.status === 'canceled') bump(at, dataSourceId, ACTIVITY.canceled)
    else if (job.status === 'failed') {
      bump(at, dataSourceId, ACTIVITY.failed)
      if (isFailedBackup(job)) bump(at, dataSourceId, ACTIVITY.failedBackups)
    }
  }
  // Over a million a week each: counted per stretch of one data source and day, then bumped once.
  if (trimmed.unbuiltJobs) {
    const { jobs, indexes } = trimmed.unbuiltJobs
    const stretch = new Stretch((day, dataSourceId, count) =>
      bump(day, dataSourceId, ACTIVITY.completed, count),
    )
    for (const index of indexes) stretch.add(startOfUtcDay(jobs.endOf(index)), jobs.dataSourceIdOf(index))
    stretch.end()
  }
  const stretch = new Stretch((day, dataSourceId, count) =>
    bump(day, dataSourceId, ACTIVITY.recoveryPoints, count),
  )
  for (const series of trimmed.points.series()) {
    for (let index = 0; index < series.length; index++)
      stretch.add(startOfUtcDay(series.atOf(index)), series.dataSourceId)
  }
  stretch.end()
  return next
}

/** Counts consecutive items of the same day and data source, and hands each stretch's count on. */
class Stretch {
  private day = Number.NaN
  private dataSourceId = ''
  private count = 0

  constructor(private readonly done: (day: SimTime, dataSourceId: string, count: number) => void) {}

  add(day: SimTime, dataSourceId: string): void {
    if (day === this.day && dataSourceId === this.dataSourceId) {
      this.count++
      return
    }
    this.end()
    this.day = day
    this.dataSourceId = dataSourceId
    this.count = 1
  }

  end(): void {
    if (this.count > 0) this.done(this.day, this.dataSourceId, this.count)
    this.count = 0
  }
}

/** Newest first up to the cap, kept in a canonical order (by time, then data source and type). */
function boundStoppages(
  archived: readonly ArchivedStoppage[],
  alerts: readonly (Alert & { dataSourceId: string; inactiveAt: SimTime })[],
  cutoff: SimTime,
): ArchivedStoppage[] {
  const all = [
    ...archived,
    ...alerts.map(({ dataSourceId, type, raisedAt, inactiveAt }) => ({
      dataSourceId,
      type,
      raisedAt,
      inactiveAt,
    })),
  ].filter((stoppage) => stoppage.inactiveAt >= cutoff)
  all.sort(
    (a, b) =>
      b.inactiveAt - a.inactiveAt ||
      b.raisedAt - a.raisedAt ||
      (a.dataSourceId < b.dataSourceId ? -1 : a.dataSourceId > b.dataSourceId ? 1 : 0) ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  )
  return all.slice(0, REPORT_HISTORY_MAX_STOPPAGES)
}
