// Job rows as the Jobs view lists them: which copy a job works on and the computer it runs on.
import type { SimTime } from '../estate/estate'
import type { DataSource, Job, JobStatus, JobTrigger, JobType } from '../protection/protection'

/** The copy DPM works on: the principal as DPM last saw it for a mirrored database. */
export const activePathOf = (ds: DataSource): string => ds.mirror?.activePath ?? ds.path

/** The computer part of a database path (what splitDatabasePath calls `computer`), read without splitting it. */
export function computerOf(databasePath: string): string {
  const end = databasePath.indexOf('\\')
  return end < 0 ? databasePath : databasePath.slice(0, end)
}

/**
 * The computer a job is planned on. A database of an availability group runs on the replica DPM chooses when
 * the job starts: until then the row names the group's cluster.
 */
export const plannedComputerOf = (ds: DataSource, computer: (path: string) => string = computerOf): string =>
  ds.availability?.cluster ?? computer(activePathOf(ds))

/**
 * A job row with every field written out, in one order: rows of one shape are read fast where a long advance
 * reads 100,000s of them (rows copied by spreading, each with its own set of fields, made every read slow).
 */
export function jobRow(job: Job): Job {
  return {
    id: job.id,
    type: job.type,
    dataSourceId: job.dataSourceId,
    source: job.source,
    computer: job.computer,
    groupName: job.groupName,
    status: job.status,
    scheduledAt: job.scheduledAt,
    startedAt: job.startedAt,
    endedAt: job.endedAt,
    dataTransferredMb: job.dataTransferredMb,
    error: job.error,
    trigger: job.trigger,
    dueEndAt: job.dueEndAt,
    recovery: job.recovery,
  } satisfies Record<keyof Job, unknown>
}

/** What a job's start set: the copy and computer it runs on, when, its end and the data the agent moved. */
export type StartedRun = Pick<Job, 'source' | 'computer' | 'startedAt' | 'dueEndAt' | 'dataTransferredMb'>

/** The row of a started job, running (until its due end) or completed at `endedAt`. */
export function startedRow(job: Job, started: StartedRun, status: JobStatus, endedAt?: SimTime): Job {
  const row = jobRow(job)
  row.source = started.source
  row.computer = started.computer
  row.startedAt = started.startedAt
  row.dataTransferredMb = started.dataTransferredMb
  row.status = status
  if (status === 'in-progress') row.dueEndAt = started.dueEndAt
  else {
    row.endedAt = endedAt
    row.dueEndAt = undefined
  }
  return row
}

export function newJobRow(
  id: string,
  ds: DataSource,
  groupName: string,
  planned: { type: JobType; at: SimTime; trigger: JobTrigger },
  computer = plannedComputerOf(ds),
): Job {
  return jobRow({
    id,
    type: planned.type,
    dataSourceId: ds.id,
    source: activePathOf(ds),
    computer,
    groupName,
    status: 'scheduled',
    scheduledAt: planned.at,
    trigger: planned.trigger,
  })
}

/**
 * The id of one of the engine's own rows: it says what the row is, so that it does not depend on where a run
 * stopped (advancing by A then B gives the ids of A + B).
 */
export const autoJobId = (dataSourceId: string, type: JobType, at: SimTime): string =>
  `job-${dataSourceId}-${type}-${at}`

/** The numeric part of job-123, so that rows created at one time run in creation order. */
export function jobSequence(id: string): number {
  const n = Number(id.slice(id.lastIndexOf('-') + 1))
  return Number.isFinite(n) ? n : 0
}
