// window.dpmLab: the programmatic lab that demos and other teams' Playwright suites use (see the UI
// contract). Every method validates its arguments and rejects with a clear message.
import { installAgents, uninstallAgents } from '../../agent-api/agents'
import {
  attachLabDisk,
  availabilityGroupOperation,
  createLabDatabase,
  establishMirroring,
  getLabFiles,
  type MirroringOperation,
  mirroringOperation,
  resetLab,
  setFaults,
} from '../../agent-api/lab'
import {
  backupPreferenceFrom,
  type Faults,
  faultsSchema,
  type LargePresetParams,
  labAttachDiskRequest,
} from '../../agent-api/lab-schemas'
import { presetNamed } from '../../agent-api/preset-names'
import type { FolderFile } from '../../agent-api/schemas'
import { writeTogether } from '../../browser-storage/world-record'
import { nameCharactersProblem } from '../../domain/estate/name-characters'
import { BACKUP_PREFERENCE_LABEL } from '../../domain/protection/ag-backup-replica'
import { MAX_ADVANCE_DAYS, MAX_ADVANCE_MINUTES } from '../../domain/world/world-limits'
import { queryClient } from '../../dpm/query-client'
import { agentKeys, labKeys } from '../../dpm/query-keys'
import { advanceClock } from '../../dpm/scheduler'
import { resetDpmWorld } from '../../dpm/world-reset'
import { simNow } from '../../sim-clock/clock'

export interface DpmLab {
  reset(preset?: string): Promise<void>
  now(): string
  advance(minutes: number, options?: { signal?: AbortSignal }): Promise<void>
  failover(db: string): Promise<void>
  principalFails(db: string): Promise<void>
  failback(db: string): Promise<void>
  breakMirror(db: string): Promise<void>
  mirror(principalDbPath: string, mirrorComputerInstance: string): Promise<void>
  createDatabase(instancePath: string, name: string): Promise<void>
  installAgent(computer: string): Promise<void>
  uninstallAgent(computer: string): Promise<void>
  faults(faults: Faults): Promise<void>
  attachDisk(sizeGb: number): Promise<void>
  /** The files recoveries copied to network folders on a computer (or a cluster's virtual server). */
  files(computer: string): Promise<FolderFile[]>
  /** Planned manual failover (forced when the group has no online primary); `ag` is NAME or CLUSTER\NAME. */
  failoverAvailabilityGroup(ag: string, toInstance?: string): Promise<void>
  availabilityGroupPrimaryFails(ag: string): Promise<void>
  replicaOffline(ag: string, instanceOrComputer: string): Promise<void>
  replicaOnline(ag: string, instanceOrComputer: string): Promise<void>
  /** 'PRIMARY' | 'SECONDARY_ONLY' | 'SECONDARY' | 'NONE', or the labels ('Prefer secondary', ...). */
  setBackupPreference(ag: string, preference: string): Promise<void>
  setReplicaBackupPriority(ag: string, instanceOrComputer: string, priority: number): Promise<void>
  setReplicaExcludedFromBackup(ag: string, instanceOrComputer: string, excluded: boolean): Promise<void>
}

declare global {
  interface Window {
    dpmLab?: DpmLab
  }
}

/** Resets the estate to a preset and the DPM world with it. Throws on an unknown preset, changing nothing. */
export async function resetWorld(preset = 'default', params?: Partial<LargePresetParams>): Promise<void> {
  const name = presetNamed(preset)
  // The new estate, the empty DPM server and the clock are stored in one write (browser-storage/world-record).
  await writeTogether(async () => {
    await resetLab({ preset: name, params })
    resetDpmWorld()
  })
}

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${what} must be a non-empty string.`)
  const problem = nameCharactersProblem(value, what)
  if (problem) throw new Error(problem)
  return value
}

/**
 * The lab changes the estate behind DPM's back: DPM's own caches (what the wizard shows) follow only on
 * Refresh, as in DPM. An agent installed or removed is the exception: DPM's agent list reflects it at once.
 */
async function changeEstate<T>(operation: Promise<T>, { agents = false } = {}): Promise<void> {
  await operation
  await queryClient.invalidateQueries({ queryKey: labKeys.all })
  if (agents) await queryClient.invalidateQueries({ queryKey: agentKeys.all })
}

const mirroring = (operation: MirroringOperation) => (db: string) =>
  changeEstate(mirroringOperation(operation, requireText(db, 'db')))

export const dpmLab: DpmLab = {
  reset: (preset) => resetWorld(preset),
  now: () => new Date(simNow()).toISOString(),
  advance: async (minutes, options) => {
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
      throw new Error(`advance(minutes) takes a number of minutes >= 0, not ${JSON.stringify(minutes)}.`)
    }
    if (minutes > MAX_ADVANCE_MINUTES) {
      throw new Error(
        `advance(minutes) moves the clock at most ${MAX_ADVANCE_MINUTES} minutes (${MAX_ADVANCE_DAYS} days) per call, not ${minutes}.`,
      )
    }
    await advanceClock(minutes, options?.signal)
  },
  failover: mirroring('failover'),
  principalFails: mirroring('principal-fails'),
  failback: mirroring('failback'),
  breakMirror: mirroring('break'),
  mirror: (principal, mirrorInstance) =>
    changeEstate(
      establishMirroring(
        requireText(principal, 'principalDbPath'),
        requireText(mirrorInstance, 'mirrorComputerInstance'),
      ),
    ),
  createDatabase: async (instancePath, name) => {
    if (typeof name !== 'string')
      throw new Error('createDatabase(instancePath, name): name must be a string.')
    await changeEstate(createLabDatabase(requireText(instancePath, 'instancePath'), name))
  },
  installAgent: (computer) =>
    changeEstate(installAgents([requireText(computer, 'computer')]), { agents: true }),
  uninstallAgent: (computer) =>
    changeEstate(uninstallAgents([requireText(computer, 'computer')]), { agents: true }),
  faults: async (faults) => {
    const parsed = faultsSchema.safeParse(faults ?? {})
    if (!parsed.success) throw new Error(`faults(): ${parsed.error.issues[0]?.message ?? 'invalid argument'}`)
    await changeEstate(setFaults(parsed.data))
  },
  attachDisk: async (sizeGb) => {
    if (!labAttachDiskRequest.safeParse({ sizeGb }).success) {
      throw new Error(
        `attachDisk(sizeGb) takes a whole number of GB from 1 to 65536, not ${JSON.stringify(sizeGb)}.`,
      )
    }
    await changeEstate(attachLabDisk(sizeGb))
  },
  files: async (computer) => (await getLabFiles(requireText(computer, 'computer'))).files,
  failoverAvailabilityGroup: async (ag, toInstance) => {
    const to = toInstance === undefined ? undefined : requireText(toInstance, 'toInstance')
    await changeEstate(
      availabilityGroupOperation({ path: 'failover', body: { ag: requireText(ag, 'ag'), to } }),
    )
  },
  availabilityGroupPrimaryFails: (ag) =>
    changeEstate(availabilityGroupOperation({ path: 'primary-fails', body: { ag: requireText(ag, 'ag') } })),
  replicaOffline: (ag, replica) => replicaState('replica-offline', ag, replica),
  replicaOnline: (ag, replica) => replicaState('replica-online', ag, replica),
  setBackupPreference: async (ag, preference) => {
    const code = typeof preference === 'string' ? backupPreferenceFrom(preference) : undefined
    if (!code) {
      throw new Error(
        `setBackupPreference(ag, preference) takes ${Object.entries(BACKUP_PREFERENCE_LABEL)
          .map(([value, label]) => `'${value}' or '${label}'`)
          .join(', ')}, not ${JSON.stringify(preference)}.`,
      )
    }
    await changeEstate(
      availabilityGroupOperation({
        path: 'backup-preference',
        body: { ag: requireText(ag, 'ag'), preference: code },
      }),
    )
  },
  setReplicaBackupPriority: async (ag, replica, priority) => {
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 100) {
      throw new Error(
        `setReplicaBackupPriority(ag, instanceOrComputer, priority) takes a whole number from 0 to 100, not ${JSON.stringify(priority)}.`,
      )
    }
    await changeEstate(
      availabilityGroupOperation({
        path: 'backup-priority',
        body: { ag: requireText(ag, 'ag'), replica: requireText(replica, 'instanceOrComputer'), priority },
      }),
    )
  },
  setReplicaExcludedFromBackup: async (ag, replica, excluded) => {
    if (typeof excluded !== 'boolean') {
      throw new Error(
        `setReplicaExcludedFromBackup(ag, instanceOrComputer, excluded) takes true or false, not ${JSON.stringify(excluded)}.`,
      )
    }
    await changeEstate(
      availabilityGroupOperation({
        path: 'backup-excluded',
        body: { ag: requireText(ag, 'ag'), replica: requireText(replica, 'instanceOrComputer'), excluded },
      }),
    )
  },
}

function replicaState(path: 'replica-offline' | 'replica-online', ag: string, replica: string) {
  return changeEstate(
    availabilityGroupOperation({
      path,
      body: { ag: requireText(ag, 'ag'), replica: requireText(replica, 'instanceOrComputer') },
    }),
  )
}
