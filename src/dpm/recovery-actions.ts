// Starting a recovery: DPM records the Recovery job, the agent on the destination restores the database
// (POST /restores) or, for a network-folder copy, writes the files into the folder (POST /folder-copies); DPM
// then records the outcome and raises its alert.
import { copyToNetworkFolder, restoreDatabase } from '../agent-api/agents'
import { errorMessage } from '../agent-api/error-message'
import type { DatabaseFacts } from '../domain/estate/estate'
import type { DpmServerState } from '../domain/protection/protection'
import {
  failInterruptedRecoveries,
  finishRecoveryJob,
  type RecoveryOutcome,
  type RecoverySpec,
  recoveryDurationSec,
  startRecoveryJob,
} from '../domain/recovery/recovery'
import { simNow } from '../sim-clock/clock'
import { getServer, updateServer } from './server-store'

export interface RecoveryResult {
  jobId: string
  outcome: RecoveryOutcome
  /** The recovered database as the agent reports it (not for a network-folder copy). */
  database?: DatabaseFacts
}

/** Records the Recovery job at once (so it can be followed) and runs it; `finished` never rejects. */
export function startRecovery(spec: RecoverySpec): { jobId: string; finished: Promise<RecoveryResult> } {
  const sizeMb = recoverySizeMb(getServer(), spec)
  let jobId = ''
  updateServer((state) => {
    const started = startRecoveryJob(state, spec, simNow())
    jobId = started.jobId
    return started.state
  })
  return { jobId, finished: runRecovery(spec, jobId, sizeMb) }
}

async function runRecovery(spec: RecoverySpec, jobId: string, sizeMb: number): Promise<RecoveryResult> {
  const source = getServer().dataSources[spec.dataSourceId]
  let outcome: RecoveryOutcome
  let database: DatabaseFacts | undefined
  try {
    if (spec.destination.kind === 'instance') {
      const restored = await restoreDatabase({
        sourcePath: source?.path ?? '',
        recoveryPointAt: spec.point.at,
        sizeMb,
        targetInstance: spec.destination.instancePath,
        databaseName: spec.destination.databaseName,
        state: spec.state,
        overwrite: spec.destination.overwrite,
      })
      database = restored.database
      outcome = {
        ok: true,
        durationSec: recoveryDurationSec(restored.durationSec, sizeMb, spec.throttleMbps),
        dataTransferredMb: sizeMb,
      }
    } else {
      const copied = await copyToNetworkFolder({
        sourcePath: source?.path ?? '',
        recoveryPointAt: spec.point.at,
        dataSizeMb: sizeMb,
        logSizeMb: source?.logSizeMb ?? 0,
        folder: spec.destination.path,
      })
      outcome = {
        ok: true,
        durationSec: recoveryDurationSec(copied.durationSec, sizeMb, spec.throttleMbps),
        dataTransferredMb: sizeMb,
      }
    }
  } catch (error) {
    outcome = { ok: false, message: errorMessage(error) }
  }
  updateServer((state) => finishRecoveryJob(state, jobId, spec, outcome, simNow()))
  return { jobId, outcome, database }
}

/** The recovery point's size, or the data source's for Latest. */
function recoverySizeMb(state: DpmServerState, spec: RecoverySpec): number {
  const ds = state.dataSources[spec.dataSourceId]
  if (!ds) throw new Error('The data source no longer exists on this DPM server.')
  if (spec.point.kind === 'latest') return ds.sizeMb
  const point = state.recoveryPoints.of(ds.id).find(spec.point.at)
  return point?.sizeMb ?? ds.sizeMb
}

/** Called once this page writes the console's state with no other tab before it: see failInterruptedRecoveries. */
export function failOrphanedRecoveries(): void {
  updateServer((state) => failInterruptedRecoveries(state, simNow()))
}
