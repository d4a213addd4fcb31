// What a DBA or a failure does to an Always On availability group, with SQL Server's rules: a planned manual
// failover, the loss of the primary (automatic failover), a replica going offline and coming back, and the
// backup settings DPM honours (preference, a replica's priority, its exclusion). Each operation checks
// everything before it changes anything and records one change naming every copy of the group's databases.
import type { EstateChange } from '../agent-api/schemas'
import type { BackupPreference } from '../domain/estate/estate'
import { BACKUP_PREFERENCE_LABEL } from '../domain/protection/ag-backup-replica'
import {
  groupCopies,
  primaryOf,
  requireAvailabilityGroup,
  requireReplica,
  synchronizationStateOf,
} from './availability-groups'
import { recordChange } from './change-log'
import type { Estate, EstateAvailabilityGroup, EstateReplica } from './estate-model'
import { LabError } from './lab-error'

function recordGroupChange(
  estate: Estate,
  group: EstateAvailabilityGroup,
  at: number,
  kind: string,
  summary: string,
): EstateChange {
  return recordChange(estate, {
    at,
    kind,
    summary,
    databases: groupCopies(group),
    computers: group.replicas.map((replica) => replica.computer),
  })
}

/** A secondary SQL Server fails over to automatically: synchronous commit, automatic, SYNCHRONIZED. */
function automaticTarget(group: EstateAvailabilityGroup): EstateReplica | undefined {
  return group.replicas.find(
    (replica) =>
      replica.role === 'SECONDARY' &&
      replica.online &&
      replica.availabilityMode === 'SYNCHRONOUS_COMMIT' &&
      replica.failoverMode === 'AUTOMATIC' &&
      synchronizationStateOf(group, replica) === 'SYNCHRONIZED',
  )
}

function makePrimary(group: EstateAvailabilityGroup, target: EstateReplica): void {
  for (const replica of group.replicas) replica.role = replica === target ? 'PRIMARY' : 'SECONDARY'
}

/**
 * ALTER AVAILABILITY GROUP ... FAILOVER on the target. With the primary online it is a planned manual
 * failover: the target must be an online synchronous-commit secondary, SYNCHRONIZED (by default the
 * automatic-failover one). With no online primary it is a forced failover (FORCE_FAILOVER_ALLOW_DATA_LOSS)
 * to any online secondary, the way out of a group left without a primary.
 */
export function failoverAvailabilityGroup(
  estate: Estate,
  ag: string,
  to: string | undefined,
  at: number,
): EstateChange {
  const group = requireAvailabilityGroup(estate, ag)
  const primary = primaryOf(group)
  const planned = primary?.online === true
  const target =
    to === undefined
      ? planned
        ? (automaticTarget(group) ??
          group.replicas.find(
            (r) => r.role === 'SECONDARY' && r.online && isSynchronousSynchronized(group, r),
          ))
        : group.replicas.find((r) => r.role === 'SECONDARY' && r.online)
      : requireReplica(group, to)
  if (!target) {
    throw new LabError(
      'NoFailoverTarget',
      planned
        ? `${group.name} has no online synchronous-commit secondary replica that is SYNCHRONIZED: a planned manual failover needs one.`
        : `${group.name} has no online secondary replica to fail over to.`,
    )
  }
  if (target.role === 'PRIMARY') {
    throw new LabError(
      'AlreadyPrimary',
      `${target.instance} is already the primary replica of ${group.name}: name a secondary replica.`,
    )
  }
  if (!target.online) {
    throw new LabError(
      'ReplicaOffline',
      `${target.instance} is offline: bring it online (replicaOnline) before failing ${group.name} over to it.`,
    )
  }
  if (planned && !isSynchronousSynchronized(group, target)) {
    throw new LabError(
      'NotSynchronized',
      `A planned manual failover of ${group.name} needs a synchronous-commit secondary that is SYNCHRONIZED; ${target.instance} is ${target.availabilityMode === 'SYNCHRONOUS_COMMIT' ? synchronizationStateOf(group, target) : 'asynchronous commit'}.`,
    )
  }
  makePrimary(group, target)
  return recordGroupChange(
    estate,
    group,
    at,
    'ag-failover',
    planned
      ? `${group.name}: manual failover, ${target.instance} is now the primary replica.`
      : `${group.name}: forced failover (possible data loss), ${target.instance} is now the primary replica.`,
  )
}

const isSynchronousSynchronized = (group: EstateAvailabilityGroup, replica: EstateReplica) =>
  replica.availabilityMode === 'SYNCHRONOUS_COMMIT' &&
  synchronizationStateOf(group, replica) === 'SYNCHRONIZED'

/**
 * The primary replica goes offline. SQL Server fails over automatically to a SYNCHRONIZED synchronous-commit
 * secondary with automatic failover, when the primary's own failover mode is automatic too. Without one the
 * lost replica keeps the primary role and the group has no primary (RESOLVING): no copy can be backed up until
 * the replica comes back (replicaOnline) or the group is forced over (failoverAvailabilityGroup).
 */
export function availabilityGroupPrimaryFails(estate: Estate, ag: string, at: number): EstateChange {
  const group = requireAvailabilityGroup(estate, ag)
  const primary = primaryOf(group)
  if (!primary?.online) {
    throw new LabError(
      'NoOnlinePrimary',
      `${group.name} has no online primary replica to lose: bring ${primary?.instance ?? 'it'} online or fail the group over first.`,
    )
  }
  const target = primary.failoverMode === 'AUTOMATIC' ? automaticTarget(group) : undefined
  primary.online = false
  if (target) makePrimary(group, target)
  return recordGroupChange(
    estate,
    group,
    at,
    'ag-primary-fails',
    target
      ? `${group.name}: the primary replica ${primary.instance} failed, ${target.instance} took over by automatic failover.`
      : `${group.name}: the primary replica ${primary.instance} failed and no replica can fail over automatically: the group has no primary (RESOLVING).`,
  )
}

/** A secondary replica goes offline (its instance stops or loses the connection); the primary is refused. */
export function replicaOffline(
  estate: Estate,
  ag: string,
  instanceOrComputer: string,
  at: number,
): EstateChange {
  const group = requireAvailabilityGroup(estate, ag)
  const replica = requireReplica(group, instanceOrComputer)
  if (!replica.online) {
    throw new LabError(
      'ReplicaOffline',
      `The replica of ${group.name} on ${replica.instance} is already offline.`,
    )
  }
  if (replica.role === 'PRIMARY') {
    throw new LabError(
      'ReplicaIsPrimary',
      `${replica.instance} is the primary replica of ${group.name}: use availabilityGroupPrimaryFails to lose the primary, or fail the group over first.`,
    )
  }
  replica.online = false
  return recordGroupChange(
    estate,
    group,
    at,
    'ag-replica-offline',
    `${group.name}: the replica on ${replica.instance} went offline.`,
  )
}

/** An offline replica comes back (and catches up); a lost primary comes back as the primary. */
export function replicaOnline(
  estate: Estate,
  ag: string,
  instanceOrComputer: string,
  at: number,
): EstateChange {
  const group = requireAvailabilityGroup(estate, ag)
  const replica = requireReplica(group, instanceOrComputer)
  if (replica.online) {
    throw new LabError(
      'ReplicaOnline',
      `The replica of ${group.name} on ${replica.instance} is already online.`,
    )
  }
  replica.online = true
  return recordGroupChange(
    estate,
    group,
    at,
    'ag-replica-online',
    `${group.name}: the replica on ${replica.instance} is online again (${replica.role.toLowerCase()}).`,
  )
}

/** ALTER AVAILABILITY GROUP ... SET (AUTOMATED_BACKUP_PREFERENCE = ...). */
export function setBackupPreference(
  estate: Estate,
  ag: string,
  preference: BackupPreference,
  at: number,
): EstateChange | undefined {
  const group = requireAvailabilityGroup(estate, ag)
  if (group.backupPreference === preference) return undefined
  group.backupPreference = preference
  return recordGroupChange(
    estate,
    group,
    at,
    'ag-backup-preference',
    `${group.name}: the backup preference is now ${BACKUP_PREFERENCE_LABEL[preference]}.`,
  )
}

/** A replica's backup setting, recorded only when it changes. */
function changeReplica(
  estate: Estate,
  ag: string,
  instanceOrComputer: string,
  at: number,
  kind: string,
  change: (replica: EstateReplica) => string | undefined,
): EstateChange | undefined {
  const group = requireAvailabilityGroup(estate, ag)
  const summary = change(requireReplica(group, instanceOrComputer))
  return summary === undefined
    ? undefined
    : recordGroupChange(estate, group, at, kind, `${group.name}: ${summary}`)
}

/** MODIFY REPLICA ... (BACKUP_PRIORITY = n), 0 to 100; 0 never takes backups. */
export const setReplicaBackupPriority = (
  estate: Estate,
  ag: string,
  instanceOrComputer: string,
  priority: number,
  at: number,
) =>
  changeReplica(estate, ag, instanceOrComputer, at, 'ag-backup-priority', (replica) => {
    if (replica.backupPriority === priority) return undefined
    replica.backupPriority = priority
    return `the backup priority of ${replica.instance} is now ${priority}.`
  })

/** Excludes a replica from backups (or includes it again), whatever its priority. */
export const setReplicaExcludedFromBackup = (
  estate: Estate,
  ag: string,
  instanceOrComputer: string,
  excluded: boolean,
  at: number,
) =>
  changeReplica(estate, ag, instanceOrComputer, at, 'ag-backup-excluded', (replica) => {
    if (replica.excludedFromBackup === excluded) return undefined
    replica.excludedFromBackup = excluded
    return `${replica.instance} is ${excluded ? 'excluded from' : 'included in'} backups.`
  })
