// The Monitoring tab's jobs: filters (time range, status), grouping (status by default, as in DPM), and
// what a row offers (Retry a failed job, Cancel a scheduled or running one).
import type { SimTime } from '../../domain/estate/estate'
import {
  JOB_STATUS_LABELS,
  JOB_TYPE_LABELS,
  type Job,
  type JobStatus,
  type JobType,
} from '../../domain/protection/protection'
import { groupItems, type ItemGroup } from './grouping-view'

export type JobGrouping = 'status' | 'type' | 'group' | 'computer'

export const JOB_GROUPING_LABELS: Record<JobGrouping, string> = {
  status: 'Status',
  type: 'Type',
  group: 'Protection group',
  computer: 'Computer',
}

export type JobTimeRange = 'all' | 'hour' | 'day' | 'week'

export const JOB_TIME_RANGES: Record<JobTimeRange, { label: string; ms?: number }> = {
  day: { label: 'Last 24 hours', ms: 24 * 3_600_000 },
  hour: { label: 'Last hour', ms: 3_600_000 },
  week: { label: 'Last 7 days', ms: 7 * 24 * 3_600_000 },
  all: { label: 'All jobs' },
}

export interface JobFilter {
  status: JobStatus | 'all'
  range: JobTimeRange
}

export const DEFAULT_JOB_FILTER: JobFilter = { status: 'all', range: 'day' }

/** When a job happened for the filters and the order: its start, or when it is scheduled to start. */
export const jobTime = (job: Job): SimTime => job.startedAt ?? job.scheduledAt

/** Jobs that pass the filters, the most recent first. Scheduled jobs in the future always pass the range. */
export function filterJobs(jobs: readonly Job[], filter: JobFilter, now: SimTime): Job[] {
  const rangeMs = JOB_TIME_RANGES[filter.range].ms
  const since = rangeMs === undefined ? Number.NEGATIVE_INFINITY : now - rangeMs
  const kept = jobs.filter(
    (job) => (filter.status === 'all' || job.status === filter.status) && jobTime(job) >= since,
  )
  return kept.sort((a, b) => jobTime(b) - jobTime(a))
}

const STATUS_ORDER: readonly JobStatus[] = ['failed', 'in-progress', 'scheduled', 'completed', 'canceled']
const TYPE_ORDER = Object.keys(JOB_TYPE_LABELS) as JobType[]

export function groupJobs(jobs: readonly Job[], by: JobGrouping): ItemGroup<Job>[] {
  switch (by) {
    case 'status':
      return groupItems(
        jobs,
        (job) => job.status,
        (key) => JOB_STATUS_LABELS[key as JobStatus],
        STATUS_ORDER,
      )
    case 'type':
      return groupItems(
        jobs,
        (job) => job.type,
        (key) => JOB_TYPE_LABELS[key as JobType],
        TYPE_ORDER,
      )
    case 'group':
      return groupItems(jobs, (job) => job.groupName || '(no protection group)')
    case 'computer':
      return groupItems(jobs, (job) => job.computer)
  }
}

/** Time Elapsed: up to now for a running job, start to end for a finished one, nothing before it starts. */
export function jobElapsedMs(job: Job, now: SimTime): number | undefined {
  if (job.startedAt === undefined) return undefined
  if (job.status === 'in-progress') return Math.max(0, now - job.startedAt)
  return job.endedAt === undefined ? undefined : Math.max(0, job.endedAt - job.startedAt)
}

/** A failed auto protection job is not retried: the next daily run tries every database again. */
/** Retry: a failed job, a Recovery job too (run again as it was asked), but not the daily auto protection. */
export const canRetryJob = (job: Job): boolean =>
  job.status === 'failed' &&
  job.type !== 'auto-protection' &&
  (job.type !== 'recovery' || job.recovery !== undefined)
export const canCancelJob = (job: Job): boolean => job.status === 'scheduled' || job.status === 'in-progress'

/** How far a running job is, 0..1, from the duration the agent reported; unknown before that. */
export function jobProgress(job: Job, now: SimTime): number | undefined {
  if (job.status !== 'in-progress' || job.startedAt === undefined || job.dueEndAt === undefined)
    return undefined
  const total = job.dueEndAt - job.startedAt
  if (total <= 0) return 1
  return Math.min(1, Math.max(0, (now - job.startedAt) / total))
}
