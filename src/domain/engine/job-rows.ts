// Job rows as the Jobs view lists them: which copy a job works on and the computer it runs on.
import type { SimTime } from '../estate/estate'
import type { DataSource, Job, JobTrigger, JobType } from '../protection/protection'

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

export function newJobRow(
  id: string,
  ds: DataSource,
  groupName: string,
  planned: { type: JobType; at: SimTime; trigger: JobTrigger },
  computer = plannedComputerOf(ds),
): Job {
  return {
    id,
    type: planned.type,
    dataSourceId: ds.id,
    source: activePathOf(ds),
    computer,
    groupName,
    status: 'scheduled',
    scheduledAt: planned.at,
    trigger: planned.trigger,
  }
}

/** The numeric part of job-123, so that rows created at one time run in creation order. */
export function jobSequence(id: string): number {
  const n = Number(id.slice(id.lastIndexOf('-') + 1))
  return Number.isFinite(n) ? n : 0
}
