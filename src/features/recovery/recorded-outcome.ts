// A recovery's outcome as DPM recorded it on its job: what Recovery Status shows after a reload, when the
// agent's answer to this page is gone (or never came to it).
import type { Job } from '../../domain/protection/protection'
import type { RecoveryOutcome } from '../../domain/recovery/recovery'

/** The ended job's outcome; undefined while it is in progress. */
export function recordedOutcome(job: Job | undefined): RecoveryOutcome | undefined {
  if (job?.status === 'completed')
    return {
      ok: true,
      durationSec: Math.round(((job.endedAt ?? 0) - (job.startedAt ?? job.endedAt ?? 0)) / 1000),
      dataTransferredMb: job.dataTransferredMb ?? 0,
    }
  if (job?.status === 'failed' || job?.status === 'canceled')
    return { ok: false, message: job.error ?? 'The Recovery job was canceled.' }
  return undefined
}
