// The backup jobs a run asks the agent about, and its answers, found by what a job is: its data source, the
// copy it runs on, its kind and its time (an admin job: its own id). A week at 2,000 databases asks about 1.5
// million jobs; a key string built and hashed for each cost about a sixth of the advance in the browser
// (performance.md, fourteenth pass). Here every key is a string the state already holds (hashed once) or a
// number.
import type { SimTime } from '../estate/estate'
import type { AgentError, ProtectionJobType } from './backup-rules'

export type BackupOutcome =
  | { ok: true; dataTransferredMb: number; durationSec: number }
  | { ok: false; error: AgentError }

/** One job for the agent (POST /backups). */
export interface BackupJobRequest {
  dataSourceId: string
  /** The copy the job runs on: its database's path. */
  path: string
  kind: ProtectionJobType
  at: SimTime
  /** An admin job's id: the agent tells it from the schedule's job of the same time. */
  job?: string
}

// data source -> copy -> kind -> the time (an admin job: its id)
type Index<V> = Map<string, Map<string, Map<ProtectionJobType, Map<SimTime | string, V>>>>

/** Values by backup job: the same job asked twice is one entry. */
export class ByBackupJob<V> {
  private readonly index: Index<V> = new Map()

  /** The hot path of a run: found without building an object or a string. */
  find(
    dataSourceId: string,
    path: string,
    kind: ProtectionJobType,
    timeOrJob: SimTime | string,
  ): V | undefined {
    return this.index.get(dataSourceId)?.get(path)?.get(kind)?.get(timeOrJob)
  }

  /** A data source's values for one copy and kind, by time (an admin job: its id). */
  series(
    dataSourceId: string,
    path: string,
    kind: ProtectionJobType,
  ): ReadonlyMap<SimTime | string, V> | undefined {
    return this.index.get(dataSourceId)?.get(path)?.get(kind)
  }

  get(request: BackupJobRequest): V | undefined {
    return this.find(request.dataSourceId, request.path, request.kind, request.job ?? request.at)
  }

  has(request: BackupJobRequest): boolean {
    return this.get(request) !== undefined
  }

  set(request: BackupJobRequest, value: V): this {
    const byCopy = child(this.index, request.dataSourceId)
    const byKind = child(byCopy, request.path)
    child(byKind, request.kind).set(request.job ?? request.at, value)
    return this
  }

  /** In the order they were first set, per data source, copy and kind. */
  *values(): IterableIterator<V> {
    for (const byCopy of this.index.values())
      for (const byKind of byCopy.values()) for (const byTime of byKind.values()) yield* byTime.values()
  }
}

function child<K, V extends Map<unknown, unknown>>(parent: Map<K, V>, key: K): V {
  let found = parent.get(key)
  if (!found) {
    found = new Map() as V
    parent.set(key, found)
  }
  return found
}

/** The agent's answers so far. */
export type BackupResults = ByBackupJob<BackupOutcome>
