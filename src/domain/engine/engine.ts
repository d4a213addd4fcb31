// The protection engine: a pure discrete-event loop over simulated time. Given the DPM server's state, the
// agents' facts (constant during a run: the estate changes only when the lab changes it, between runs), the
// estate changes since the last run and the agent's results for the backups, it replays every job start and
// completion up to `until` in time order.
//
// Results the agent has not given yet are projected as instant successes and listed in `missing`: the caller
// asks the agent for all of them in one batch and runs again from the same state. A result that diverges from
// the projection (a failure changes what runs next) only adds the jobs that follow it. The outcome is a pure
// function of its inputs, so advancing by A then B gives the state of advancing by A + B.

import type { SimTime } from '../estate/estate'
import type { DataSource, DpmServerState, JobType } from '../protection/protection'
import { expireRecoveryAlerts } from '../recovery/recovery'
import { availabilityCopyPaths } from './availability-copies'
import { type BackupJobRequest, BackupResults } from './backup-requests'
import type { FactsLookup } from './backup-rules'
import { EngineReplay, type EstateChangeRecord } from './engine-replay'
import { newJobRow } from './job-rows'
import { cursorBefore } from './schedule'

export type { BackupJobRequest, BackupOutcome } from './backup-requests'
export { AnsweredRun, BackupResults, jobCountOf, jobsOf, requestsAt } from './backup-requests'
export type { EstateChangeRecord } from './engine-replay'

export interface EngineInput {
  until: SimTime
  /** Only list the agent requests the run needs; the state is returned unchanged (a cheap first pass). */
  projectOnly?: boolean
  facts: FactsLookup
  /** Estate changes since state.changeSeq (agent API /changes), applied before the first job. */
  changes?: readonly EstateChangeRecord[]
  /** The seq /changes answered with: becomes state.changeSeq. */
  changeSeq?: number
  /** The agent's results so far. */
  results: Pick<BackupResults, 'find' | 'inOrder'>
}

export interface EngineOutcome {
  state: DpmServerState
  /** Agent requests the run projected without a result: fetch them and run again from the same state. */
  missing: BackupJobRequest[]
}

export function runEngine(state: DpmServerState, input: EngineInput): EngineOutcome {
  const replay = new EngineReplay(state, input)
  replay.applyChanges(input.changes ?? [])
  replay.run(input.until)
  const missing = [...replay.missing.values()]
  if (input.projectOnly) return { state, missing }
  // "Recovery succeeded" is informational: it goes inactive by itself as the clock moves past its lifetime.
  return { state: expireRecoveryAlerts(replay.toState(input.until, input.changeSeq), input.until), missing }
}

/**
 * The database paths whose facts the engine needs: every copy of every protected data source. A database of
 * an availability group has a copy on each replica, which the facts of its known copies name: ask again with
 * the facts read so far until no path is new.
 */
export function factsPathsOf(state: DpmServerState, facts?: FactsLookup): string[] {
  const paths = new Set<string>()
  for (const ds of Object.values(state.dataSources)) {
    if (ds.groupId === undefined) continue
    const copies = ds.availability ? availabilityCopyPaths(ds, facts) : (ds.mirror?.partners ?? [ds.path])
    for (const path of copies) paths.add(path)
  }
  return [...paths]
}

const NO_AGENT: Pick<EngineInput, 'facts' | 'results'> = { facts: new Map(), results: new BackupResults() }

function activeDataSource(state: DpmServerState, dataSourceId: string): DataSource {
  const ds = state.dataSources[dataSourceId]
  if (!ds) throw new Error('The data source no longer exists on this DPM server.')
  if (ds.groupId === undefined)
    throw new Error(`${ds.path} is not protected any more (inactive protection): protect it again first.`)
  return ds
}

/**
 * Queues a job the admin asked for (Create recovery point, Consistency check, Retry) at `now`; the next run
 * of the engine starts it (after the job the data source is running, if any).
 */
export function requestAdminJob(
  state: DpmServerState,
  dataSourceId: string,
  type: Exclude<JobType, 'recovery'>,
  now: SimTime,
): { state: DpmServerState; jobId: string } {
  const ds = activeDataSource(state, dataSourceId)
  const groupName = ds.groupId === undefined ? '' : (state.groups[ds.groupId]?.name ?? '')
  const id = `job-${state.nextId}`
  const job = newJobRow(id, ds, groupName, { type, at: now, trigger: 'admin' })
  return { state: { ...state, nextId: state.nextId + 1, jobs: [...state.jobs, job] }, jobId: id }
}

/** **Retry** of a failed (or canceled) job: the same job, queued now by the admin. */
export function requestRetry(
  state: DpmServerState,
  jobId: string,
  now: SimTime,
): { state: DpmServerState; jobId: string } {
  const job = state.jobs.find((candidate) => candidate.id === jobId)
  if (!job) throw new Error('The job is no longer in the jobs history.')
  if (job.status !== 'failed' && job.status !== 'canceled')
    throw new Error(`Only failed or canceled jobs can be retried; this one is ${job.status}.`)
  if (job.type === 'recovery' || job.dataSourceId === undefined)
    throw new Error(
      'This recovery job does not say what it recovered: recover again with the Recovery Wizard.',
    )
  return requestAdminJob(state, job.dataSourceId, job.type, now)
}

/** **Cancel** of a scheduled or running job. */
export function cancelJob(state: DpmServerState, jobId: string, now: SimTime): DpmServerState {
  const replay = new EngineReplay(state, NO_AGENT)
  const job = replay.job(jobId)
  if (!job) {
    const known = state.jobs.find((candidate) => candidate.id === jobId)
    if (!known) throw new Error('The job is no longer in the jobs history.')
    throw new Error(`Only scheduled or running jobs can be canceled; this one is ${known.status}.`)
  }
  replay.cancel(job, now)
  return replay.toState()
}

/** Replaces the data sources' automatic rows after their protection group's policy changed. */
export function rescheduleDataSources(
  state: DpmServerState,
  dataSourceIds: readonly string[],
  now: SimTime,
): DpmServerState {
  const stale = new Set(dataSourceIds)
  // Schedule rows were computed from the old policy: drop them and let the engine plan from `now`.
  const jobs = state.jobs.filter(
    (job) =>
      !(
        job.status === 'scheduled' &&
        stale.has(job.dataSourceId ?? '') &&
        (job.trigger ?? 'schedule') === 'schedule'
      ),
  )
  const replay = new EngineReplay({ ...state, jobs }, NO_AGENT)
  for (const id of dataSourceIds) replay.reschedule(id, cursorBefore(now), now)
  return replay.toState()
}
