// The admin's actions on protection (Protection tab, Monitoring tab): each one goes through the scheduler,
// in turn with the clock's runs, and resolves once the DPM state shows its outcome (the job started, failed
// or was refused, the alert inactive).
import { inactivateAlert as inactivate } from '../domain/engine/alerts'
import { cancelJob as cancel, requestAdminJob, requestRetry } from '../domain/engine/engine'
import { type StopMode, stopProtection } from '../domain/protection/protection-groups'
import { startRecovery } from './recovery-actions'
import { applyAndRun } from './scheduler'
import { getServer } from './server-store'

// The job an action queued is the newest row with trigger 'admin' (job ids are job-N, N increasing).

/** **Consistency check** (Run a synchronization job with consistency check). */
export function runConsistencyCheck(dataSourceId: string): Promise<void> {
  return applyAndRun((state, now) => ({
    state: requestAdminJob(state, dataSourceId, 'consistency-check', now).state,
    result: undefined,
  }))
}

/** **Create recovery point**: Express full backup or Synchronize. */
export function createRecoveryPoint(
  dataSourceId: string,
  kind: 'express-full' | 'synchronization',
): Promise<void> {
  return applyAndRun((state, now) => ({
    state: requestAdminJob(state, dataSourceId, kind, now).state,
    result: undefined,
  }))
}

/**
 * **Retry** a failed or canceled job: the same job, queued now. A failed Recovery job recovers again what it
 * was asked to, as a new Recovery job; it resolves once that one ended (its outcome is in the jobs and alerts).
 */
export async function retryJob(jobId: string): Promise<void> {
  const job = getServer().jobs.find((candidate) => candidate.id === jobId)
  if (job?.type === 'recovery' && job.status === 'failed' && job.recovery) {
    await startRecovery(job.recovery).finished
    return
  }
  return applyAndRun((state, now) => ({ state: requestRetry(state, jobId, now).state, result: undefined }))
}

/** **Cancel** a scheduled or running job. */
export function cancelJob(jobId: string): Promise<void> {
  return applyAndRun((state, now) => ({ state: cancel(state, jobId, now), result: undefined }))
}

/** **Stop protection**: retain the replicas (Inactive protection) or delete them with their recovery points. */
export function stopProtectionOf(dataSourceIds: readonly string[], mode: StopMode): Promise<void> {
  return applyAndRun((state, now) => {
    const unknown = dataSourceIds.filter((id) => !state.dataSources[id])
    if (unknown.length > 0 || dataSourceIds.length === 0)
      throw new Error('The selected members are no longer on this DPM server.')
    const next = dataSourceIds.reduce((current, id) => stopProtection(current, id, mode, now), state)
    return { state: next, result: undefined }
  })
}

/** **Inactivate alert**. */
export function inactivateAlert(alertId: string): Promise<void> {
  return applyAndRun((state, now) => {
    if (!state.alerts.some((alert) => alert.id === alertId)) throw new Error('The alert no longer exists.')
    return { state: inactivate(state, alertId, now), result: undefined }
  })
}
