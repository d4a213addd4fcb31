// Every change to the estate as data: the lab, the agent API and a replay from storage all go through
// applyOperation, so that the persisted operation log rebuilds exactly the estate (and change seqs) it left.
import { z } from 'zod'
import {
  faultsSchema,
  labAgExcludedRequest,
  labAgFailoverRequest,
  labAgPreferenceRequest,
  labAgPriorityRequest,
  labAgReplicaRequest,
  labAgRequest,
  labAttachDiskRequest,
  labDatabaseRequest,
  labMirrorRequest,
} from '../agent-api/lab-schemas'
import { agentsRequest, type EstateChange, folderCopyRequest, restoreRequest } from '../agent-api/schemas'
import { installAgents, uninstallAgents } from './agent-operations'
import {
  availabilityGroupPrimaryFails,
  failoverAvailabilityGroup,
  replicaOffline,
  replicaOnline,
  setBackupPreference,
  setReplicaBackupPriority,
  setReplicaExcludedFromBackup,
} from './availability-group-operations'
import { createDatabase } from './database-operations'
import { attachDpmDisk } from './dpm-disk-operations'
import type { Estate } from './estate-model'
import { setFaults } from './fault-operations'
import { copyToFolder } from './folder-copy-operation'
import { breakMirror, establishMirroring, failback, failover, principalFails } from './mirroring-operations'
import { restoreDatabase } from './restore-operation'

export const mirroringOperationKinds = ['failover', 'principal-fails', 'failback', 'break'] as const

export const estateOperationSchema = z.discriminatedUnion('kind', [
  // The names are checked as in the requests: an imported log brings names in too.
  labDatabaseRequest.extend({ kind: z.enum(mirroringOperationKinds) }),
  labMirrorRequest.extend({ kind: z.literal('establish') }),
  z.object({
    kind: z.enum(['install-agents', 'uninstall-agents']),
    computers: agentsRequest.shape.computers.element.array(),
  }),
  z.object({ kind: z.literal('restore'), request: restoreRequest }),
  z.object({ kind: z.literal('faults'), faults: faultsSchema }),
  z.object({ kind: z.literal('create-database'), instance: z.string(), name: z.string() }),
  labAttachDiskRequest.extend({ kind: z.literal('attach-dpm-disk') }),
  z.object({ kind: z.literal('folder-copy'), request: folderCopyRequest }),
  labAgFailoverRequest.extend({ kind: z.literal('ag-failover') }),
  labAgRequest.extend({ kind: z.literal('ag-primary-fails') }),
  labAgReplicaRequest.extend({ kind: z.enum(['ag-replica-offline', 'ag-replica-online']) }),
  labAgPreferenceRequest.extend({ kind: z.literal('ag-backup-preference') }),
  labAgPriorityRequest.extend({ kind: z.literal('ag-backup-priority') }),
  labAgExcludedRequest.extend({ kind: z.literal('ag-backup-excluded') }),
])
export type EstateOperation = z.infer<typeof estateOperationSchema>

const mirroringOperations = {
  failover,
  'principal-fails': principalFails,
  failback,
  break: breakMirror,
}

/** Applies one operation at simulated time `at`; throws a LabError, changing nothing, when it is refused. */
export function applyOperation(
  estate: Estate,
  operation: EstateOperation,
  at: number,
): EstateChange | undefined {
  switch (operation.kind) {
    case 'failover':
    case 'principal-fails':
    case 'failback':
    case 'break':
      return mirroringOperations[operation.kind](estate, operation.db, at)
    case 'establish':
      return establishMirroring(estate, operation.principal, operation.mirrorInstance, at)
    case 'install-agents':
      return installAgents(estate, operation.computers, at).change
    case 'uninstall-agents':
      return uninstallAgents(estate, operation.computers, at).change
    case 'restore':
      return restoreDatabase(estate, operation.request, at).change
    case 'faults':
      return setFaults(estate, operation.faults, at)
    case 'create-database':
      return createDatabase(estate, operation.instance, operation.name, at)
    case 'attach-dpm-disk':
      return attachDpmDisk(estate, operation.sizeGb, at)
    case 'folder-copy':
      return copyToFolder(estate, operation.request, at)
    case 'ag-failover':
      return failoverAvailabilityGroup(estate, operation.ag, operation.to, at)
    case 'ag-primary-fails':
      return availabilityGroupPrimaryFails(estate, operation.ag, at)
    case 'ag-replica-offline':
      return replicaOffline(estate, operation.ag, operation.replica, at)
    case 'ag-replica-online':
      return replicaOnline(estate, operation.ag, operation.replica, at)
    case 'ag-backup-preference':
      return setBackupPreference(estate, operation.ag, operation.preference, at)
    case 'ag-backup-priority':
      return setReplicaBackupPriority(estate, operation.ag, operation.replica, operation.priority, at)
    case 'ag-backup-excluded':
      return setReplicaExcludedFromBackup(estate, operation.ag, operation.replica, operation.excluded, at)
  }
}
