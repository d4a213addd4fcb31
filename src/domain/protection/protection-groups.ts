// Creating, modifying and stopping protection: what the wizard's Create Group and the Protection tab's
// Stop protection do to the DPM server's records.
import { raiseAlert, resolveAlerts } from '../engine/alerts'
import { rescheduleDataSources } from '../engine/engine'
import { newJobRow } from '../engine/job-rows'
import { instancePathOf, type SimTime, splitDatabasePath } from '../estate/estate'
import { availabilityKey } from './protectability'
import {
  activeDataSources,
  type DataSource,
  type DpmServerState,
  type MemberSpec,
  type ProtectionGroup,
  type ProtectionPolicy,
} from './protection'

export interface GroupSpec {
  name: string
  members: MemberSpec[]
  autoProtectInstances: string[]
  policy: ProtectionPolicy
}

/** One line of the wizard's Status page. */
export interface StatusTask {
  task: string
  status: 'Success' | string
}

export interface GroupChange {
  state: DpmServerState
  groupId: string
  tasks: StatusTask[]
}

export type StopMode = 'retain' | 'delete'

/**
 * The data source that protects this database (by path, or by mirroring session: S2, one replica; or as a
 * database of an availability group, whatever replica it is selected on).
 */
export function findDataSource(
  state: DpmServerState,
  member: Pick<MemberSpec, 'path' | 'mirror' | 'availability'>,
  predicate: (ds: DataSource) => boolean = () => true,
): DataSource | undefined {
  const candidates = Object.values(state.dataSources).filter(predicate)
  // A database of an availability group is one data source, whatever replica's copy names it.
  const availability = member.availability
  if (availability) {
    const wanted = availabilityKey(availability)
    return candidates.find((ds) => ds.availability && availabilityKey(ds.availability) === wanted)
  }
  // The data source of this very path first: after S8, protecting the principal re-associates the
  // principal's retained replica, while the other partner's retained recovery points stay as they are.
  return (
    candidates.find((ds) => ds.path === member.path) ??
    candidates.find(
      (ds) =>
        member.mirror !== undefined &&
        (ds.mirror?.sessionId === member.mirror.sessionId || member.mirror.partners.includes(ds.path)),
    )
  )
}

const isProtected = (ds: DataSource) => ds.groupId !== undefined
const isRetained = (ds: DataSource) => ds.groupId === undefined

export function createProtectionGroup(state: DpmServerState, spec: GroupSpec, now: SimTime): GroupChange {
  const name = spec.name.trim()
  const clash = Object.values(state.groups).find((group) => group.name.toLowerCase() === name.toLowerCase())
  if (clash) throw new Error(`A protection group named "${name}" already exists on this DPM server.`)
  if (spec.members.length === 0) throw new Error('No members were selected for protection. (ID: 31010)')
  const groupId = `pg-${state.nextId}`
  const group: ProtectionGroup = {
    id: groupId,
    name,
    policy: spec.policy,
    createdAt: now,
    autoProtectInstances: spec.autoProtectInstances,
  }
  let next: DpmServerState = {
    ...state,
    nextId: state.nextId + 1,
    groups: { ...state.groups, [groupId]: group },
  }
  const tasks: StatusTask[] = [{ task: `Create protection group ${name}`, status: 'Success' }]
  for (const member of spec.members) {
    const added = addMember(next, group, member, now)
    next = added.state
    tasks.push(...added.tasks)
  }
  return { state: next, groupId, tasks }
}

export function modifyProtectionGroup(
  state: DpmServerState,
  groupId: string,
  spec: GroupSpec,
  now: SimTime,
): GroupChange {
  const current = state.groups[groupId]
  if (!current) throw new Error('The protection group no longer exists.')
  const name = spec.name.trim()
  const clash = Object.values(state.groups).find(
    (group) => group.id !== groupId && group.name.toLowerCase() === name.toLowerCase(),
  )
  if (clash) throw new Error(`A protection group named "${name}" already exists on this DPM server.`)
  const group: ProtectionGroup = {
    ...current,
    name,
    policy: spec.policy,
    autoProtectInstances: spec.autoProtectInstances,
  }
  let next: DpmServerState = { ...state, groups: { ...state.groups, [groupId]: group } }
  // The members' next jobs were planned from the old schedule.
  if (JSON.stringify(current.policy) !== JSON.stringify(spec.policy)) {
    const members = activeDataSources(next, groupId).map((ds) => ds.id)
    next = rescheduleDataSources(next, members, now)
  }
  const tasks: StatusTask[] = [{ task: `Modify protection group ${name}`, status: 'Success' }]
  const wanted = new Set(spec.members.map((member) => member.path))
  for (const ds of activeDataSources(next, groupId)) {
    const kept =
      wanted.has(ds.path) || spec.members.some((m) => findDataSource(next, m, (d) => d.id === ds.id))
    if (!kept) {
      // Removing a member keeps its replica and recovery points (Inactive protection).
      next = stopProtection(next, ds.id, 'retain', now)
      tasks.push({ task: `Stop protection of ${ds.path} (replica retained)`, status: 'Success' })
    }
  }
  for (const member of spec.members) {
    if (findDataSource(next, member, (ds) => ds.groupId === groupId)) continue
    const added = addMember(next, group, member, now)
    next = added.state
    tasks.push(...added.tasks)
  }
  return { state: next, groupId, tasks }
}

export function addMember(
  state: DpmServerState,
  group: ProtectionGroup,
  member: MemberSpec,
  now: SimTime,
): { state: DpmServerState; tasks: StatusTask[] } {
  const owner = findDataSource(state, member, isProtected)
  if (owner) {
    const ownerGroup = owner.groupId ? state.groups[owner.groupId]?.name : undefined
    throw new Error(`${member.path} is already protected in protection group ${ownerGroup ?? '(unknown)'}.`)
  }
  const retained = findDataSource(state, member, isRetained)
  const id = retained?.id ?? `ds-${state.nextId}`
  const dataSource: DataSource = {
    ...retained,
    id,
    path: retained?.path ?? member.path,
    groupId: group.id,
    protectedAt: now,
    stoppedAt: undefined,
    sizeMb: member.sizeMb,
    logSizeMb: member.logSizeMb,
    recoveryModel: member.recoveryModel,
    readOnly: member.readOnly,
    mirror: member.mirror ? { ...member.mirror, activePath: member.mirror.partners[0] } : undefined,
    // The copies seen before (a retained replica) are kept: the engine asks them when it next runs.
    availability: member.availability && { ...retained?.availability, ...member.availability },
    replica: replicaOnProtection(group, retained),
    condition: { kind: 'ok' },
    retentionDays: undefined,
  }
  let next: DpmServerState = {
    ...state,
    nextId: state.nextId + (retained ? 0 : 1),
    dataSources: { ...state.dataSources, [id]: dataSource },
  }
  const tasks: StatusTask[] = [
    {
      task: retained
        ? `Add ${member.path} (retained replica re-associated)`
        : `Add ${member.path} to ${group.name}`,
      status: 'Success',
    },
  ]
  const computer = splitDatabasePath(dataSource.mirror?.activePath ?? dataSource.path).computer
  if (dataSource.replica === 'inconsistent') {
    // The retained replica was inconsistent when protection stopped: its alert speaks again until the check.
    next = raiseAlert(
      next,
      'replica-inconsistent',
      { dataSourceId: id, source: dataSource.path, computer, groupName: group.name },
      `The retained replica of ${dataSource.path} is inconsistent: DPM runs a consistency check before protection continues.`,
      now,
    )
  }
  if (dataSource.replica === 'manual-pending') {
    next = raiseAlert(
      next,
      'manual-replica-pending',
      { dataSourceId: id, source: dataSource.path, computer, groupName: group.name },
      'Manual replica pending (ID 3118): copy the data to the replica, then run a synchronization job with consistency check.',
      now,
    )
    tasks.push({ task: `Replica for ${member.path}: manual creation pending`, status: 'Success' })
    return { state: next, tasks }
  }
  const method = group.policy.replicaCreation
  // A retained replica only needs a consistency check to catch up; a new one is created from scratch.
  const catchUp = dataSource.replica === 'ok' || dataSource.replica === 'inconsistent'
  const job = newJobRow(
    `job-${next.nextId}`,
    dataSource,
    group.name,
    catchUp
      ? { type: 'consistency-check', at: now, trigger: 'reprotection' }
      : {
          type: 'replica-creation',
          at: method.method === 'later' ? Math.max(method.at, now) : now,
          trigger: 'replica-creation',
        },
  )
  next = { ...next, nextId: next.nextId + 1, jobs: [...next.jobs, job] }
  tasks.push({
    task: `Schedule ${catchUp ? 'consistency check' : 'replica creation'} for ${member.path}`,
    status: 'Success',
  })
  return { state: next, tasks }
}

/** A retained replica is kept as it was (a consistency check catches it up); a new one waits for creation. */
function replicaOnProtection(
  group: ProtectionGroup,
  retained: DataSource | undefined,
): DataSource['replica'] {
  if (retained && (retained.replica === 'ok' || retained.replica === 'inconsistent')) return retained.replica
  return group.policy.replicaCreation.method === 'manual' ? 'manual-pending' : 'creation-pending'
}

/** Stop protection of a member: retain its replica (Inactive protection) or delete it with its recovery points. */
export function stopProtection(
  state: DpmServerState,
  dataSourceId: string,
  mode: StopMode,
  now: SimTime,
): DpmServerState {
  const ds = state.dataSources[dataSourceId]
  if (!ds) return state
  const groupId = ds.groupId
  let next = resolveAlertsOf(state, dataSourceId, now)
  next = {
    ...next,
    jobs: next.jobs.map((job) =>
      job.dataSourceId === dataSourceId && (job.status === 'scheduled' || job.status === 'in-progress')
        ? { ...job, status: 'canceled', endedAt: now, dueEndAt: undefined }
        : job,
    ),
  }
  if (mode === 'delete') {
    const { [dataSourceId]: _removed, ...dataSources } = next.dataSources
    next = {
      ...next,
      dataSources,
      recoveryPoints: next.recoveryPoints.without(dataSourceId),
    }
  } else if (groupId !== undefined) {
    next = {
      ...next,
      dataSources: {
        ...next.dataSources,
        [dataSourceId]: {
          ...ds,
          groupId: undefined,
          stoppedAt: now,
          condition: { kind: 'ok' },
          // Its recovery points stay recoverable until they expire, by the range they were made with.
          retentionDays: state.groups[groupId]?.policy.retentionDays ?? ds.retentionDays,
        },
      },
    }
  }
  // A group whose last member stopped is gone, as in DPM's Stop protection of group.
  if (groupId !== undefined && activeDataSources(next, groupId).length === 0) {
    const { [groupId]: _gone, ...groups } = next.groups
    next = { ...next, groups }
  }
  const group = groupId === undefined ? undefined : next.groups[groupId]
  const autoProtectInstances = group && withoutInstancesOf(group.autoProtectInstances, ds)
  if (group && autoProtectInstances && autoProtectInstances.length !== group.autoProtectInstances.length)
    next = { ...next, groups: { ...next.groups, [group.id]: { ...group, autoProtectInstances } } }
  return next
}

/**
 * Auto protection cannot skip a database: a member that leaves protection (unchecked in the wizard, or
 * stopped) ends the auto protection of its instances, both partners' for a mirrored database.
 */
export function withoutInstancesOf(
  autoProtectInstances: readonly string[],
  member: Pick<MemberSpec, 'path' | 'mirror'>,
): string[] {
  const instances = new Set(
    (member.mirror?.partners ?? [member.path]).map((path) => instancePathOf(path).toUpperCase()),
  )
  return autoProtectInstances.filter((path) => !instances.has(path.toUpperCase()))
}

function resolveAlertsOf(state: DpmServerState, dataSourceId: string, now: SimTime): DpmServerState {
  const types = state.alerts.filter((a) => a.dataSourceId === dataSourceId).map((a) => a.type)
  return types.length ? resolveAlerts(state, dataSourceId, types, now) : state
}
