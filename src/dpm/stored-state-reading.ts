// Reading the stored DPM state back: migrating an older version, checking it against its zod schemas, unpacking
// it. Loaded on demand (see stored-state): a console started with nothing stored never needs it. It names
// no store's type (the stores load it): each store's storage checks that what is read fits the store.
import type { z } from 'zod/mini'
import type { DpmServerState } from '../domain/protection/protection'
import { type RecoveryPoint, RecoveryPoints } from '../domain/protection/recovery-points'
import { agentInstallStateSchema } from './agent-install-schema'
import { describeIssue } from './describe-issue'
import {
  type PackedServerState,
  packServerState,
  SERVER_STATE_VERSION,
  unpackServerState,
} from './server-persistence'
import { type PackedServerStateSchema, packedServerStateSchema } from './server-state-schema'
import { wizardOpenStateSchema } from './wizard-draft-schema'

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
  const recoveryPoints = RecoveryPoints.from(server.recoveryPoints as RecoveryPoint[])
  return packServerState({ ...(server as unknown as DpmServerState), recoveryPoints }) as unknown as Loose
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
  const parsed = packedServerStateSchema.safeParse(server)
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

/** The stored `{ server }` wrapper, migrated and checked; throws with the reason when it cannot be read. */
export function readStoredServerStore(stored: unknown, version: number): { server: DpmServerState } {
  if (typeof stored !== 'object' || stored === null || !('server' in stored)) {
    throw new Error('it holds no DPM server state')
  }
  return { server: readStoredServer(stored.server, version) }
}

/**
 * The stored Create New Protection Group wizard (its target and draft), checked. The wizard's store takes it
 * as its own state, so the schema must keep up with the draft's type or that store fails to compile.
 */
export function readStoredWizard(stored: unknown): z.infer<typeof wizardOpenStateSchema> {
  const parsed = wizardOpenStateSchema.safeParse(stored)
  if (!parsed.success) throw new Error(describeIssue(parsed.error))
  return parsed.data
}

/** The stored Protection Agent Installation Wizard (its page, choices and outcomes; never a password), checked. */
export function readStoredAgentInstall(stored: unknown): z.infer<typeof agentInstallStateSchema> {
  const parsed = agentInstallStateSchema.safeParse(stored)
  if (!parsed.success) throw new Error(describeIssue(parsed.error))
  return parsed.data
}
