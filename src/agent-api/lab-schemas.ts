// The lab's control API: what a demo presenter or a test suite does to the simulated SQL estate
// (fail over, break a mirror, install an agent, inject faults). Served by the mock agents only.
import { z } from 'zod'
import type { BackupPreference } from '../domain/estate/estate'
import { BACKUP_PREFERENCE_LABEL } from '../domain/protection/ag-backup-replica'
import { PRESET_NAMES } from './preset-names'
import {
  availabilityGroupSchema,
  clusterSchema,
  computerSchema,
  enteredName,
  folderFileSchema,
} from './schemas'

export const LAB_API = '/lab/v1'

export const presetNameSchema = z.enum(PRESET_NAMES)
export type { PresetName } from './preset-names'

export const largePresetParamsSchema = z.object({
  computers: z.number().int().min(1).max(10_000),
  databases: z.number().int().min(0).max(200_000),
  sessions: z.number().int().min(0).max(20_000),
  seed: z.number().int(),
  /**
   * `full`: every generated database in the FULL recovery model and writable, so that a group of them
   * synchronizes at the frequency chosen (SIMPLE or read-only members force "Just before a recovery point",
   * 31016). `mixed` (the default): 15 % SIMPLE, 5 % BULK_LOGGED, 2 % read-only.
   */
  recovery: z.enum(['mixed', 'full']).optional(),
})
export type LargePresetParams = z.infer<typeof largePresetParamsSchema>

export const resetRequest = z.object({
  preset: presetNameSchema,
  params: largePresetParamsSchema.partial().optional(),
})
export type ResetRequest = z.infer<typeof resetRequest>

export const mirroringSessionSchema = z.object({
  id: z.string(),
  database: z.string(),
  /** Instance paths, COMPUTER\INSTANCE. */
  principal: z.string(),
  mirror: z.string(),
  /** The instance that was principal when the session was set up (what failback returns to). */
  originalPrincipal: z.string(),
  witness: z.string().optional(),
  state: z.enum(['SYNCHRONIZED', 'SYNCHRONIZING', 'SUSPENDED', 'DISCONNECTED', 'PENDING_FAILOVER']),
  safety: z.enum(['FULL', 'OFF']),
  principalAddress: z.string(),
  mirrorAddress: z.string(),
  /** After a forced service: the old principal is down until it comes back (failback). */
  formerPrincipalLost: z.boolean(),
})
export type MirroringSession = z.infer<typeof mirroringSessionSchema>

export const faultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  unreachable: z.array(enteredName('A computer name')).optional(),
})
export type Faults = z.infer<typeof faultsSchema>

export const labEstateResponse = z.object({
  preset: presetNameSchema,
  computers: z.array(computerSchema),
  clusters: z.array(clusterSchema),
  sessions: z.array(mirroringSessionSchema),
  databaseCount: z.number().int(),
  /** Databases per host (a computer, or a cluster's virtual server for its clustered instances). */
  databaseCounts: z.record(z.string(), z.number().int()).optional(),
  faults: faultsSchema,
  changeSeq: z.number().int(),
  /** The Always On availability groups (absent from a mock that predates them). */
  availabilityGroups: z.array(availabilityGroupSchema).optional(),
})
export type LabEstate = z.infer<typeof labEstateResponse>

/** A database path, COMPUTER\INSTANCE\DATABASE; for mirroring operations either partner's copy. */
export const labDatabaseRequest = z.object({ db: enteredName('The database path').min(1) })
export const labMirrorRequest = z.object({
  principal: enteredName('The principal database').min(1),
  mirrorInstance: enteredName('The mirror instance').min(1),
})
/** A new database on an instance, COMPUTER\INSTANCE (what a DBA's CREATE DATABASE does). */
export const labCreateDatabaseRequest = z.object({
  instance: enteredName('The instance').min(1),
  name: enteredName('The database name'),
})
/** A new disk for the DPM server, in GB (1 GB to 64 TB). */
export const labAttachDiskRequest = z.object({ sizeGb: z.number().int().min(1).max(65_536) })
/** An availability group by name (any case), or CLUSTER\NAME when the name is on more than one cluster. */
const agName = enteredName('The availability group').min(1)
/** A replica by its instance (COMPUTER\INSTANCE) or its node's name. */
const replicaName = enteredName('The replica').min(1)
export const labAgRequest = z.object({ ag: agName })
export const labAgFailoverRequest = z.object({ ag: agName, to: replicaName.optional() })
export const labAgReplicaRequest = z.object({ ag: agName, replica: replicaName })
export const backupPreferenceSchema = z.enum(['PRIMARY', 'SECONDARY_ONLY', 'SECONDARY', 'NONE'])
export const labAgPreferenceRequest = z.object({ ag: agName, preference: backupPreferenceSchema })
export const labAgPriorityRequest = z.object({
  ag: agName,
  replica: replicaName,
  priority: z.number().int().min(0).max(100),
})
export const labAgExcludedRequest = z.object({ ag: agName, replica: replicaName, excluded: z.boolean() })

/** A backup preference by its code (SECONDARY) or its label (Prefer secondary), any case; undefined otherwise. */
export function backupPreferenceFrom(text: string): BackupPreference | undefined {
  const wanted = text.trim().toLowerCase()
  return backupPreferenceSchema.options.find(
    (code) => code.toLowerCase() === wanted || BACKUP_PREFERENCE_LABEL[code].toLowerCase() === wanted,
  )
}

/** GET /files?computer=NAME : the files recoveries copied to network folders (of one computer, or all). */
export const labFilesResponse = z.object({ files: z.array(folderFileSchema) })
export const labOkResponse = z.object({ ok: z.literal(true), summary: z.string() })

/**
 * The estate as a recipe (preset, its parameters and the operation log), for Export state / Import state.
 * Operations are checked here for their kind only; the mock agents check each one by replaying the log.
 */
export const labWorldRecord = z.object({
  /** 2 since the presets have availability groups; a version-1 file rebuilds the world it was saved from. */
  version: z.union([z.literal(1), z.literal(2)]),
  preset: presetNameSchema,
  params: largePresetParamsSchema.optional(),
  firstSeq: z.number().int().min(1),
  startedAt: z.number(),
  log: z.array(z.object({ at: z.number(), operation: z.looseObject({ kind: z.string() }) })),
})
export type LabWorldRecord = z.infer<typeof labWorldRecord>
