// Typed calls to the lab's control API (mock agents only).
import type { BackupPreference } from '../domain/estate/estate'
import { agentRequest } from './client'
import {
  type Faults,
  faultsSchema,
  LAB_API,
  type LabWorldRecord,
  labEstateResponse,
  labFilesResponse,
  labOkResponse,
  labWorldRecord,
  type ResetRequest,
} from './lab-schemas'

export const getLabEstate = () => agentRequest(`${LAB_API}/estate`, labEstateResponse)

export const resetLab = (request: ResetRequest, { first = false } = {}) =>
  agentRequest(`${LAB_API}/reset`, labOkResponse, { method: 'POST', body: request, first })

export type MirroringOperation = 'failover' | 'principal-fails' | 'failback' | 'break'

export const mirroringOperation = (operation: MirroringOperation, db: string) =>
  agentRequest(`${LAB_API}/mirroring/${operation}`, labOkResponse, { method: 'POST', body: { db } })

export const establishMirroring = (principal: string, mirrorInstance: string) =>
  agentRequest(`${LAB_API}/mirroring/establish`, labOkResponse, {
    method: 'POST',
    body: { principal, mirrorInstance },
  })

export const createLabDatabase = (instance: string, name: string) =>
  agentRequest(`${LAB_API}/databases`, labOkResponse, { method: 'POST', body: { instance, name } })

export const attachLabDisk = (sizeGb: number) =>
  agentRequest(`${LAB_API}/dpm-disks`, labOkResponse, { method: 'POST', body: { sizeGb } })

/** The files in network folders, of one computer or of all. */
export const getLabFiles = (computer?: string) =>
  agentRequest(
    `${LAB_API}/files${computer === undefined ? '' : `?computer=${encodeURIComponent(computer)}`}`,
    labFilesResponse,
  )

export const setFaults = (faults: Faults) =>
  agentRequest(`${LAB_API}/faults`, labOkResponse, { method: 'POST', body: faults })

/** The estate's recipe: its preset and operation log (Export state). */
export const getLabWorldRecord = () => agentRequest(`${LAB_API}/world`, labWorldRecord)

/** Replaces the estate with one rebuilt from a recipe; refused (nothing changed) when the log does not replay. */
export const importLabWorldRecord = (record: LabWorldRecord) =>
  agentRequest(`${LAB_API}/world`, labOkResponse, { method: 'POST', body: record })

/** The faults in force, without the whole estate (the status bar's indicator reads it). */
export const getLabFaults = () => agentRequest(`${LAB_API}/faults`, faultsSchema)

/** The lab's availability group operations (mock-agents/availability-group-operations.ts). */
export type AvailabilityGroupOperation =
  | { path: 'failover'; body: { ag: string; to?: string } }
  | { path: 'primary-fails'; body: { ag: string } }
  | { path: 'replica-offline' | 'replica-online'; body: { ag: string; replica: string } }
  | { path: 'backup-preference'; body: { ag: string; preference: BackupPreference } }
  | { path: 'backup-priority'; body: { ag: string; replica: string; priority: number } }
  | { path: 'backup-excluded'; body: { ag: string; replica: string; excluded: boolean } }

export const availabilityGroupOperation = ({ path, body }: AvailabilityGroupOperation) =>
  agentRequest(`${LAB_API}/availability-groups/${path}`, labOkResponse, { method: 'POST', body })
