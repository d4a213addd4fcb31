// The persisted form of the DPM server state. Recovery points dominate it (a database synchronized every 15
// minutes keeps about 480 of them over 5 days), so they are stored per data source as columns with times
// as deltas, about a tenth of the plain JSON: months of simulated time still fit in the browser's storage.
import type { z } from 'zod/mini'
import type { DpmServerState, RecoveryPoint, RecoveryPointKind } from '../domain/protection'
import { describeIssue, type PackedServerStateSchema, storedStateSchemas } from './server-state-schema'

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
  /** Ids that do not follow the engine's `rp-<data source>-<time>` pattern, by position. */
  ids?: Record<number, string>
}

export type PackedServerState = Omit<DpmServerState, 'recoveryPoints'> & {
  recoveryPoints: Record<string, PackedPoints>
}

const pointId = (dataSourceId: string, at: number) => `rp-${dataSourceId}-${at}`

export function packServerState(state: DpmServerState): PackedServerState {
  const packed: Record<string, PackedPoints> = {}
  const previous = new Map<string, number>()
  for (const point of state.recoveryPoints) {
    let entry = packed[point.dataSourceId]
    if (!entry) {
      entry = { kinds: '', times: [], sizes: [] }
      packed[point.dataSourceId] = entry
    }
    if (point.id !== pointId(point.dataSourceId, point.at)) {
      entry.ids = { ...entry.ids, [entry.times.length]: point.id }
    }
    entry.kinds += KIND_CODES[point.kind]
    entry.times.push(point.at - (previous.get(point.dataSourceId) ?? 0))
    entry.sizes.push(point.sizeMb)
    previous.set(point.dataSourceId, point.at)
  }
  return { ...state, recoveryPoints: packed }
}

/** The inverse of packServerState; points come back in time order (ties by data source). */
export function unpackServerState(packed: PackedServerState): DpmServerState {
  const recoveryPoints: RecoveryPoint[] = []
  for (const [dataSourceId, entry] of Object.entries(packed.recoveryPoints)) {
    let at = 0
    entry.times.forEach((delta, index) => {
      at += delta
      const kind = KINDS_BY_CODE.get(entry.kinds[index] ?? '')
      if (!kind) throw new Error(`Unknown recovery point kind "${entry.kinds[index]}".`)
      recoveryPoints.push({
        id: entry.ids?.[index] ?? pointId(dataSourceId, at),
        dataSourceId,
        at,
        kind,
        sizeMb: entry.sizes[index] ?? 0,
      })
    })
  }
  recoveryPoints.sort((a, b) => a.at - b.at || (a.dataSourceId < b.dataSourceId ? -1 : 1))
  return { ...packed, recoveryPoints }
}

// Versions of the stored state. 0: zustand's default before a version was set: `{ server }` with plain
// recovery points and possibly without the id counter and the change feed position. 1: plain or packed
// recovery points (packing arrived without a version bump, so both forms exist under 1). 2: packed, checked
// against the schema on every read.
export const SERVER_STATE_VERSION = 2

type Loose = Record<string, unknown>

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** v0 -> v1: the id counter continues after the highest id in use; the change feed is read from the start. */
function migrateFrom0(server: Loose): Loose {
  if (typeof server.nextId === 'number' && typeof server.changeSeq === 'number') return server
  let highest = 0
  for (const list of [server.groups, server.dataSources, server.jobs, server.alerts]) {
    const records = Array.isArray(list) ? list : isRecord(list) ? Object.values(list) : []
    for (const record of records) {
      const suffix = isRecord(record) && typeof record.id === 'string' ? /-(\d+)$/.exec(record.id) : null
      if (suffix) highest = Math.max(highest, Number(suffix[1]))
    }
  }
  return {
    ...server,
    nextId: typeof server.nextId === 'number' ? server.nextId : highest + 1,
    changeSeq: typeof server.changeSeq === 'number' ? server.changeSeq : 0,
  }
}

/** v1 -> v2: plain recovery points are packed; packed ones pass through. */
function migrateFrom1(server: Loose): Loose {
  if (!Array.isArray(server.recoveryPoints)) return server
  return packServerState(server as unknown as DpmServerState) as unknown as Loose
}

const MIGRATIONS: ((server: Loose) => Loose)[] = [migrateFrom0, migrateFrom1]

/**
 * The DPM server state from what was stored under `version` (a reload, an imported file): migrated to the
 * current version, checked, unpacked. Throws an Error that says what is wrong when it cannot be read.
 */
export function readStoredServer(stored: unknown, version: number): DpmServerState {
  if (!Number.isInteger(version) || version < 0 || version > SERVER_STATE_VERSION) {
    throw new Error(`version ${version} is not one this console reads (0 to ${SERVER_STATE_VERSION})`)
  }
  if (!isRecord(stored)) throw new Error('the DPM server state is not an object')
  let server: Loose = stored
  for (let from = version; from < SERVER_STATE_VERSION; from++) server = MIGRATIONS[from]?.(server) ?? server
  const parsed = storedStateSchemas().packedServerState.safeParse(server)
  if (!parsed.success) throw new Error(describeIssue(parsed.error))
  // Assigned, not cast: the schema must keep up with the domain types (see also ALL_FIELDS_CHECKED).
  const checked: PackedServerState = parsed.data
  return unpackServerState(checked)
}

/** Fails to compile when the DPM server state gains a field that the stored-state schema does not check. */
export const ALL_FIELDS_CHECKED: Exclude<
  keyof PackedServerState,
  keyof z.infer<PackedServerStateSchema>
> extends never
  ? true
  : false = true
