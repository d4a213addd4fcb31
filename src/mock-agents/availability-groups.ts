// Always On availability groups in the simulated estate: a group lives on a Windows failover cluster, each
// replica is an instance on one of its nodes, and each database of the group has a copy on every replica
// instance (COMPUTER\INSTANCE\DATABASE, as SQL Server names it on that node).
import type {
  AvailabilityGroupFacts,
  AvailabilityMode,
  AvailabilityReplicaFacts,
  BackupPreference,
  FailoverMode,
  ReplicaSynchronizationState,
} from '../domain/estate/estate'
import { joinPath } from '../domain/estate/estate'
import {
  addDatabase,
  type Estate,
  type EstateAvailabilityGroup,
  type EstateReplica,
  key,
  type NewDatabase,
  requireComputer,
  requireInstance,
} from './estate-model'
import { LabError, notFound } from './lab-error'

export interface NewReplica {
  instance: string
  availabilityMode: AvailabilityMode
  failoverMode: FailoverMode
  readableSecondary: boolean
  backupPriority: number
  excludedFromBackup?: boolean
}

export interface NewAvailabilityGroup {
  name: string
  cluster: string
  listener: string
  backupPreference: BackupPreference
  /** The first replica is the primary. */
  replicas: NewReplica[]
  /** Created on every replica instance: ONLINE, FULL recovery (an availability group needs it). */
  databases: NewDatabase[]
}

const groupKey = (cluster: string, name: string) => key(joinPath(cluster, name))

/** Creates a group and its databases' copies on every replica; the caller's names must be free. */
export function addAvailabilityGroup(estate: Estate, spec: NewAvailabilityGroup): EstateAvailabilityGroup {
  const cluster = estate.clusters.get(key(spec.cluster))
  if (!cluster) throw new Error(`There is no failover cluster ${spec.cluster}.`)
  const replicas = spec.replicas.map((replica, index): EstateReplica => {
    const instance = requireInstance(estate, replica.instance)
    const computer = requireComputer(estate, instance.host)
    if (computer.cluster === undefined || key(computer.cluster) !== key(cluster.name)) {
      throw new Error(`${instance.path} is not on a node of cluster ${cluster.name}.`)
    }
    return {
      instance: instance.path,
      computer: computer.name,
      role: index === 0 ? 'PRIMARY' : 'SECONDARY',
      availabilityMode: replica.availabilityMode,
      failoverMode: replica.failoverMode,
      readableSecondary: replica.readableSecondary,
      backupPriority: replica.backupPriority,
      excludedFromBackup: replica.excludedFromBackup ?? false,
      online: true,
    }
  })
  const group: EstateAvailabilityGroup = {
    name: spec.name,
    cluster: cluster.name,
    listener: spec.listener,
    backupPreference: spec.backupPreference,
    replicas,
    databases: spec.databases.map((database) => database.name),
  }
  estate.availabilityGroups.set(groupKey(cluster.name, spec.name), group)
  for (const database of spec.databases) {
    for (const replica of replicas) {
      const copy = addDatabase(estate, replica.instance, { ...database, recoveryModel: 'FULL' })
      estate.groupByDatabase.set(key(copy.path), group)
    }
  }
  return group
}

export function groupOfDatabase(estate: Estate, path: string): EstateAvailabilityGroup | undefined {
  return estate.groupByDatabase.get(key(path))
}

/** Every copy of every database of the group: what a change of the group changes. */
export function groupCopies(group: EstateAvailabilityGroup): string[] {
  return group.databases.flatMap((name) => group.replicas.map((replica) => joinPath(replica.instance, name)))
}

export const primaryOf = (group: EstateAvailabilityGroup): EstateReplica | undefined =>
  group.replicas.find((replica) => replica.role === 'PRIMARY')

/** The primary is online: without it the group is RESOLVING and no copy can be read or backed up. */
export const hasOnlinePrimary = (group: EstateAvailabilityGroup): boolean => primaryOf(group)?.online === true

/**
 * A group by its name (any case), or CLUSTER\NAME when the name alone is not unique. The error lists the
 * groups there are, so that a typo is easy to see.
 */
export function requireAvailabilityGroup(estate: Estate, ag: string): EstateAvailabilityGroup {
  const text = ag.trim()
  const groups = [...estate.availabilityGroups.values()]
  const matches = text.includes('\\')
    ? groups.filter((group) => key(joinPath(group.cluster, group.name)) === key(text))
    : groups.filter((group) => key(group.name) === key(text))
  const [only, ...others] = matches
  if (only && others.length === 0) return only
  if (only) {
    throw new LabError(
      'AmbiguousAvailabilityGroup',
      `More than one cluster has an availability group named ${only.name}: write CLUSTER\\${only.name}, e.g. ${joinPath(only.cluster, only.name)}.`,
      400,
    )
  }
  const known = groups
    .slice(0, 10)
    .map((group) => group.name)
    .join(', ')
  throw notFound(
    'AvailabilityGroupNotFound',
    `There is no availability group ${text}${known ? ` (the estate has ${known}${groups.length > 10 ? ', ...' : ''})` : ' (the estate has none)'}.`,
  )
}

/** A replica of the group by its instance (COMPUTER\INSTANCE) or its node's name, any case. */
export function requireReplica(group: EstateAvailabilityGroup, instanceOrComputer: string): EstateReplica {
  const text = key(instanceOrComputer.trim())
  const replica = group.replicas.find(
    (candidate) => key(candidate.instance) === text || key(candidate.computer) === text,
  )
  if (replica) return replica
  throw notFound(
    'ReplicaNotFound',
    `${instanceOrComputer} hosts no replica of availability group ${group.name}: its replicas are ${group.replicas.map((r) => r.instance).join(', ')}.`,
  )
}

/**
 * SQL Server's synchronization state of a replica, simplified: a connected synchronous-commit replica (and
 * the primary) is SYNCHRONIZED, an asynchronous one SYNCHRONIZING; an offline replica, and every replica of
 * a group without an online primary, NOT_SYNCHRONIZING. A replica that comes back catches up at once.
 */
export function synchronizationStateOf(
  group: EstateAvailabilityGroup,
  replica: EstateReplica,
): ReplicaSynchronizationState {
  if (!replica.online || !hasOnlinePrimary(group)) return 'NOT_SYNCHRONIZING'
  if (replica.role === 'PRIMARY' || replica.availabilityMode === 'SYNCHRONOUS_COMMIT') return 'SYNCHRONIZED'
  return 'SYNCHRONIZING'
}

function replicaFacts(group: EstateAvailabilityGroup, replica: EstateReplica): AvailabilityReplicaFacts {
  return {
    instance: replica.instance,
    computer: replica.computer,
    role: replica.role,
    availabilityMode: replica.availabilityMode,
    failoverMode: replica.failoverMode,
    synchronizationState: synchronizationStateOf(group, replica),
    online: replica.online,
    readableSecondary: replica.readableSecondary,
    backupPriority: replica.backupPriority,
    excludedFromBackup: replica.excludedFromBackup,
  }
}

/** The group as every replica reports it (sys.availability_groups, sys.availability_replicas and states). */
export function availabilityGroupFacts(group: EstateAvailabilityGroup): AvailabilityGroupFacts {
  return {
    name: group.name,
    cluster: group.cluster,
    listener: group.listener,
    backupPreference: group.backupPreference,
    replicas: group.replicas.map((replica) => replicaFacts(group, replica)),
    databases: [...group.databases],
  }
}
