// The persisted form of the DPM server state. Recovery points dominate it (a database synchronized every 15
// minutes keeps about 480 of them over 5 days), so they are stored per data source as columns with times
// as deltas, about a tenth of the plain JSON: months of simulated time still fit in the browser's storage.
import type { DpmServerState } from '../domain/protection/protection'
import { type RecoveryPointKind, RecoveryPoints } from '../domain/protection/recovery-points'

const KIND_CODES: Record<RecoveryPointKind, string> = {
  'express-full': 'e',
  synchronization: 's',
  replica: 'r',
}
const KINDS_BY_CODE = new Map(
  Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as RecoveryPointKind]),
)

interface PackedPoints {
  /** One character per point: its kind. */
  kinds: string
  /** The first time, then each point's distance from the one before. */
  times: number[]
  sizes: number[]
  /** A database of an availability group: the copies its points were taken on, once each... */
  replicas?: string[]
  /** ...and, per point, the index of its copy there (-1: none recorded). */
  replicaOf?: number[]
}

export type PackedServerState = Omit<DpmServerState, 'recoveryPoints'> & {
  recoveryPoints: Record<string, PackedPoints>
}

/** The position of a copy in the list of a data source's replicas, added when new; -1 for none. */
function replicaIndex(replicas: string[], replica: string | undefined): number {
  if (replica === undefined) return -1
  const index = replicas.indexOf(replica)
  if (index >= 0) return index
  replicas.push(replica)
  return replicas.length - 1
}

export function packServerState(state: DpmServerState): PackedServerState {
  const packed: Record<string, PackedPoints> = {}
  for (const series of state.recoveryPoints.series()) {
    const entry: PackedPoints = { kinds: '', times: [], sizes: [] }
    let previous = 0
    for (let index = 0; index < series.length; index++) {
      const at = series.atOf(index)
      const replica = series.replicaOf(index)
      if (replica !== undefined && !entry.replicas) {
        entry.replicas = []
        entry.replicaOf = entry.times.map(() => -1)
      }
      if (entry.replicas && entry.replicaOf) entry.replicaOf.push(replicaIndex(entry.replicas, replica))
      entry.kinds += KIND_CODES[series.kindOf(index)]
      entry.times.push(at - previous)
      entry.sizes.push(series.sizeMbOf(index))
      previous = at
    }
    packed[series.dataSourceId] = entry
  }
  return { ...state, recoveryPoints: packed }
}

/** The inverse of packServerState; a data source's points come back in time order. */
export function unpackServerState(packed: PackedServerState): DpmServerState {
  const points = RecoveryPoints.NONE.draft()
  for (const [dataSourceId, entry] of Object.entries(packed.recoveryPoints)) {
    let at = 0
    entry.times.forEach((delta, index) => {
      at += delta
      const kind = KINDS_BY_CODE.get(entry.kinds[index] ?? '')
      if (!kind) throw new Error(`Unknown recovery point kind "${entry.kinds[index]}".`)
      const replica = entry.replicas?.[entry.replicaOf?.[index] ?? -1]
      points.record(dataSourceId, at, kind, entry.sizes[index] ?? 0, replica)
    })
  }
  return { ...packed, recoveryPoints: points.toPoints() }
}

// Versions of the stored state. 0: zustand's default before a version was set: `{ server }` with plain
// recovery points and possibly without the id counter and the change feed position. 1: plain or packed
// recovery points (packing arrived without a version bump, so both forms exist under 1). 2: packed, checked
// against the schema on every read. Optional fields added since (an availability group's copies, the replica
// of a recovery point) need no new version: a state without them reads as it did. Nor did dropping the
// recovery points' ids (a point is known by its data source and time): the `ids` a packed state kept for
// points whose id did not follow the engine's pattern are read past, as any unknown field is.
export const SERVER_STATE_VERSION = 2
