// The backup jobs the engine asks about, as the agent API's series (POST /backups), and the agent's answers
// as the engine reads them: a day of a data source's synchronizations is one series and one answered run.
import type { BackupSeries, BackupSeriesResult } from '../agent-api/schemas'
import type { AgentError } from '../domain/engine/backup-rules'
import {
  AnsweredRun,
  type BackupJobRequest,
  type BackupResults,
  jobCountOf,
  requestsAt,
} from '../domain/engine/engine'

const NO_ANSWER: AgentError = { code: 'NoAnswer', message: 'The agent did not report on the job.' }

/** The agent's answer to one series: failures by index, the others' figures in order. */
export function recordAnswer(
  request: BackupJobRequest,
  answered: BackupSeriesResult | undefined,
  results: BackupResults,
) {
  if (!answered) {
    recordFailure(request, NO_ANSWER, results)
    return
  }
  const run = answeredRunOf(request)
  for (const { index, error } of answered.failed) run.errors.set(index, error)
  let ok = 0
  for (let index = 0; index < run.count; index++) {
    if (run.errors.has(index)) continue
    const dataTransferredMb = answered.dataTransferredMb[ok]
    const durationSec = answered.durationSec[ok++]
    if (dataTransferredMb === undefined || durationSec === undefined) run.errors.set(index, NO_ANSWER)
    else {
      run.dataTransferredMb[index] = dataTransferredMb
      run.durationSec[index] = durationSec
    }
  }
  file(request, run, results)
}

/** Every job of a series failed with `error` (the request itself failed, or the agent left it out). */
export function recordFailure(request: BackupJobRequest, error: AgentError, results: BackupResults): void {
  const run = answeredRunOf(request)
  for (let index = 0; index < run.count; index++) run.errors.set(index, error)
  file(request, run, results)
}

const answeredRunOf = ({ at, every, count }: BackupJobRequest) => new AnsweredRun(at, every ?? 1, count ?? 1)

/** A single job's answer job by job, a run's as one answered run. */
function file(request: BackupJobRequest, run: AnsweredRun, results: BackupResults): void {
  if (request.every === undefined || request.count === undefined) results.set(request, run.outcome(0))
  else results.setRun(request, run)
}

/**
 * The requests as the agent API sends them: the jobs of each data source, copy, kind and admin job as a run per
 * stretch of times a fixed step apart (the engine asks the first synchronization of a run apart from the rest).
 */
export function asRuns(missing: readonly BackupJobRequest[]): BackupJobRequest[] {
  // Found by the data source, then a scan of its few copies and kinds: no key string built per job.
  const groups = new Map<string, { job: BackupJobRequest; times: number[] }[]>()
  for (const request of missing) {
    let ofDataSource = groups.get(request.dataSourceId)
    if (!ofDataSource) {
      ofDataSource = []
      groups.set(request.dataSourceId, ofDataSource)
    }
    let group = ofDataSource.find(
      ({ job }) => job.path === request.path && job.kind === request.kind && job.job === request.job,
    )
    if (!group) {
      group = { job: request, times: [] }
      ofDataSource.push(group)
    }
    const { every = 0, count = 1 } = request
    for (let index = 0; index < count; index++) group.times.push(request.at + index * every)
  }
  const runs: BackupJobRequest[] = []
  for (const ofDataSource of groups.values()) {
    for (const { job, times } of ofDataSource) {
      const { dataSourceId, path, kind } = job
      const asked =
        job.job === undefined ? { dataSourceId, path, kind } : { dataSourceId, path, kind, job: job.job }
      runs.push(
        ...requestsAt(
          asked,
          times.sort((a, b) => a - b),
        ),
      )
    }
  }
  return runs
}

/** Batches of at most `max` jobs; a longer run is cut into parts. */
export function batchesOf(requests: readonly BackupJobRequest[], max: number): BackupJobRequest[][] {
  const batches: BackupJobRequest[][] = []
  let batch: BackupJobRequest[] = []
  let jobs = 0
  for (const request of requests.flatMap((one) => partsOf(one, max))) {
    if (jobs + jobCountOf(request) > max) {
      batches.push(batch)
      batch = []
      jobs = 0
    }
    batch.push(request)
    jobs += jobCountOf(request)
  }
  if (batch.length > 0) batches.push(batch)
  return batches
}

function partsOf(request: BackupJobRequest, max: number): BackupJobRequest[] {
  const { every, count } = request
  if (every === undefined || count === undefined || count <= max) return [request]
  const parts: BackupJobRequest[] = []
  for (let first = 0; first < count; first += max)
    parts.push({ ...request, at: request.at + first * every, count: Math.min(max, count - first) })
  return parts
}

/** A request as the agent API's series. */
export function toBackupSeries(request: BackupJobRequest): BackupSeries {
  const series: BackupSeries = { path: request.path, kind: request.kind, at: [request.at] }
  if (request.job !== undefined) series.job = request.job
  if (request.every !== undefined && request.count !== undefined) {
    series.every = request.every
    series.count = request.count
  }
  return series
}
