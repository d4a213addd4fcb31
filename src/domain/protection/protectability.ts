// Can DPM protect this database, and as which data source? The wizard's Select Group Members asks it for
// every database row. Everything is looked up in Maps built once per inventory or server change, so that a
// row costs O(1) even with 40,000 databases.
import {
  type AgentStatus,
  type AvailabilityGroupFacts,
  type ClusterFacts,
  type ComputerFacts,
  type DatabaseFacts,
  type DatabaseState,
  joinPath,
  type MirroringFacts,
  type SafetyLevel,
  splitDatabasePath,
} from '../estate/estate'
import { chooseBackupReplica, type ReplicaChoice } from './ag-backup-replica'
import type { AvailabilitySpec, DataSource, DpmServerState, MemberSpec } from './protection'

const key = (name: string) => name.toUpperCase()

export interface EstateIndex {
  computers: Map<string, ComputerFacts>
  /** Cluster by one of its virtual servers' names (a clustered instance's COMPUTER part). */
  clusterByVirtualServer: Map<string, ClusterFacts>
}

export function indexEstate(inventory: {
  computers: ComputerFacts[]
  clusters: ClusterFacts[]
}): EstateIndex {
  const computers = new Map(inventory.computers.map((computer) => [key(computer.name), computer]))
  const clusterByVirtualServer = new Map<string, ClusterFacts>()
  for (const cluster of inventory.clusters) {
    for (const server of cluster.virtualServers) clusterByVirtualServer.set(key(server), cluster)
  }
  return { computers, clusterByVirtualServer }
}

/** The physical computers a server name stands for: a cluster's nodes for a virtual server, else itself. */
export function hostComputers(estate: EstateIndex, server: string): string[] {
  return estate.clusterByVirtualServer.get(key(server))?.nodes ?? [server]
}

export function agentStatusOf(estate: EstateIndex, computer: string): AgentStatus {
  return estate.computers.get(key(computer))?.agent.status ?? 'NotInstalled'
}

/** Select Group Members lists only servers with an agent (error 31006): a virtual server when a node has one. */
export function isListedServer(estate: EstateIndex, server: string): boolean {
  return hostComputers(estate, server).some((computer) => agentStatusOf(estate, computer) !== 'NotInstalled')
}

/**
 * The active data sources that own a database, by path, by mirroring session (S2: one replica) and by
 * availability group database (one data source whatever replica it was selected on).
 */
export interface ProtectedIndex {
  byPath: Map<string, DataSource>
  bySession: Map<string, DataSource>
  byAvailability: Map<string, DataSource>
}

/** CLUSTER\GROUP\DATABASE, upper-cased: the one name of an availability group database. */
export const availabilityKey = (spec: AvailabilitySpec): string =>
  key(joinPath(spec.cluster, spec.group, spec.database))

/**
 * Same matching as findDataSource (protection-groups.ts), as Maps. A Modify ignores the group's own members:
 * they are the draft's selection, not someone else's.
 */
export function indexProtectedDataSources(
  state: Pick<DpmServerState, 'dataSources'>,
  ignoreGroupId?: string,
): ProtectedIndex {
  const byPath = new Map<string, DataSource>()
  const bySession = new Map<string, DataSource>()
  const byAvailability = new Map<string, DataSource>()
  for (const ds of Object.values(state.dataSources)) {
    if (ds.groupId === undefined || ds.groupId === ignoreGroupId) continue
    byPath.set(key(ds.path), ds)
    if (ds.mirror) {
      bySession.set(ds.mirror.sessionId, ds)
      for (const partner of ds.mirror.partners) byPath.set(key(partner), ds)
    }
    if (ds.availability) byAvailability.set(availabilityKey(ds.availability), ds)
  }
  return { byPath, bySession, byAvailability }
}

export type OperatingMode =
  | 'High safety with automatic failover'
  | 'High safety without automatic failover'
  | 'High performance'

export function operatingModeOf(safety: SafetyLevel, witnessAddress: string | undefined): OperatingMode {
  if (safety === 'OFF') return 'High performance'
  return witnessAddress ? 'High safety with automatic failover' : 'High safety without automatic failover'
}

export interface MirrorHost {
  computer: string
  /** The virtual server the computer is a node of, for a clustered partner (S3). */
  virtualServer?: string
  partner: 'Principal' | 'Mirror'
  agent: AgentStatus
}

export interface MirrorDetails {
  sessionId: string
  principal: string
  mirror: string
  witness?: string
  state: MirroringFacts['state']
  safety: SafetyLevel
  operatingMode: OperatingMode
  hosts: MirrorHost[]
}

/** The principal and mirror copies of a mirrored database, whichever copy is given. */
export function mirrorPartnersOf(db: DatabaseFacts, mirroring: MirroringFacts): [string, string] {
  const partnerCopy = joinPath(mirroring.partnerInstance, db.name)
  return mirroring.role === 'PRINCIPAL' ? [db.path, partnerCopy] : [partnerCopy, db.path]
}

export function describeMirror(
  db: DatabaseFacts,
  mirroring: MirroringFacts,
  estate: EstateIndex,
): MirrorDetails {
  const [principal, mirror] = mirrorPartnersOf(db, mirroring)
  const hostsOf = (path: string, partner: MirrorHost['partner']): MirrorHost[] => {
    const server = splitDatabasePath(path).computer
    const clustered = estate.clusterByVirtualServer.has(key(server))
    return hostComputers(estate, server).map((computer) => ({
      computer,
      virtualServer: clustered ? server : undefined,
      partner,
      agent: agentStatusOf(estate, computer),
    }))
  }
  return {
    sessionId: mirroring.sessionId,
    principal,
    mirror,
    witness: mirroring.witnessAddress,
    state: mirroring.state,
    safety: mirroring.safety,
    operatingMode: operatingModeOf(mirroring.safety, mirroring.witnessAddress),
    hosts: [...hostsOf(principal, 'Principal'), ...hostsOf(mirror, 'Mirror')],
  }
}

export type BlockReason =
  | { code: 'missing-agent'; computers: string[]; message: string }
  | { code: 'agent-unreachable'; computers: string[]; message: string }
  | { code: 'same-computer'; message: string }
  | { code: 'explicit-ip'; address: string; message: string }
  | { code: 'not-online'; state: DatabaseState; message: string }
  | { code: 'partner-pending'; message: string }
  | { code: 'partner-unavailable'; message: string }

export type ProtectabilityStatus =
  | { kind: 'selectable' }
  | { kind: 'protected'; groupId: string; dataSourceId: string }
  | { kind: 'blocked'; reason: BlockReason }

export type DatabaseRole = 'standalone' | 'principal' | 'mirror' | 'primary-replica' | 'secondary-replica'

/** A node that hosts a replica of an availability group, with its agent (one needed on each). */
export interface ReplicaHost {
  instance: string
  computer: string
  agent: AgentStatus
}

/** What Availability group details shows for a database of a group. */
export interface AvailabilityDetails {
  spec: AvailabilitySpec
  group: AvailabilityGroupFacts
  /** The copy on the primary replica: the data source's path when it is protected now. */
  primaryCopy: string
  hosts: ReplicaHost[]
  /** The replica DPM backs up from now, by the rule the engine uses; or why none can. */
  choice: ReplicaChoice
}

export interface DatabaseClassification {
  path: string
  role: DatabaseRole
  /** One key per data source: both copies of a mirrored database share it (S2). */
  dataSourceKey: string
  /** What Create Group protects: for a mirrored database, the principal copy with both partners. */
  member: MemberSpec
  mirror?: MirrorDetails
  availability?: AvailabilityDetails
  status: ProtectabilityStatus
}

/** A partner copy's facts as the agent reported them, or the agent's error for it. */
export type PartnerFacts = DatabaseFacts | { error: string }

export interface ClassifyContext {
  estate: EstateIndex
  protectedIndex: ProtectedIndex
  /**
   * Partner copies' facts by upper-cased path. A mirrored database whose partner is not in the map yet is
   * "being read"; without a map, the classification goes by the copy's own facts.
   */
  partnerFacts?: ReadonlyMap<string, PartnerFacts>
}

export const partnerKey = key

export function dataSourceKeyOf(member: Pick<MemberSpec, 'path' | 'mirror' | 'availability'>): string {
  if (member.availability) return `ag:${availabilityKey(member.availability)}`
  return member.mirror ? `session:${member.mirror.sessionId}` : `path:${key(member.path)}`
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** The host of TCP://host:port when it is an IP literal (S10's "explicitly configured IP address"). */
export function explicitIpHost(address: string): string | undefined {
  const host = /^tcp:\/\/(\[[^\]]+\]|[^:/]+)/i.exec(address.trim())?.[1]
  if (!host) return undefined
  return IPV4.test(host) || host.startsWith('[') ? host : undefined
}

export function classifyDatabase(db: DatabaseFacts, context: ClassifyContext): DatabaseClassification {
  const { estate, protectedIndex } = context
  if (db.availabilityGroup) return classifyAvailabilityDatabase(db, db.availabilityGroup, context)
  const mirroring = db.mirroring
  if (!mirroring) {
    const member = memberFrom(db, db)
    const owner = protectedIndex.byPath.get(key(db.path))
    return {
      path: db.path,
      role: 'standalone',
      dataSourceKey: dataSourceKeyOf(member),
      member,
      status: owner ? protectedStatus(owner) : (standaloneBlock(db, estate) ?? { kind: 'selectable' }),
    }
  }
  const details = describeMirror(db, mirroring, estate)
  const partnerPath = mirroring.role === 'PRINCIPAL' ? details.mirror : details.principal
  const partnerEntry = context.partnerFacts?.get(key(partnerPath))
  const partner = partnerEntry && 'path' in partnerEntry ? partnerEntry : undefined
  const principalFacts = mirroring.role === 'PRINCIPAL' ? db : (partner ?? db)
  const member: MemberSpec = {
    ...memberFrom(principalFacts, db),
    path: details.principal,
    mirror: { sessionId: mirroring.sessionId, partners: [details.principal, details.mirror] },
  }
  const owner =
    protectedIndex.bySession.get(mirroring.sessionId) ??
    protectedIndex.byPath.get(key(details.principal)) ??
    protectedIndex.byPath.get(key(details.mirror))
  return {
    path: db.path,
    role: mirroring.role === 'PRINCIPAL' ? 'principal' : 'mirror',
    dataSourceKey: dataSourceKeyOf(member),
    member,
    mirror: details,
    status: owner
      ? protectedStatus(owner)
      : (mirrorBlock(db, mirroring, details, partnerEntry, context) ?? { kind: 'selectable' }),
  }
}

export function describeAvailability(
  db: DatabaseFacts,
  group: AvailabilityGroupFacts,
  estate: EstateIndex,
): AvailabilityDetails {
  const primary = group.replicas.find((replica) => replica.role === 'PRIMARY')
  return {
    spec: { group: group.name, cluster: group.cluster, database: db.name },
    group,
    primaryCopy: primary ? joinPath(primary.instance, db.name) : db.path,
    hosts: group.replicas.map((replica) => ({
      instance: replica.instance,
      computer: replica.computer,
      agent: agentStatusOf(estate, replica.computer),
    })),
    choice: chooseBackupReplica(group),
  }
}

/**
 * A database of an Always On availability group: one data source on whatever replica it is selected, the
 * primary's copy its path. It needs an agent on every node that hosts a replica. A preference that allows no
 * replica does not block it: DPM protects it and the backup job fails (the details say why, with the fix).
 */
function classifyAvailabilityDatabase(
  db: DatabaseFacts,
  group: AvailabilityGroupFacts,
  context: ClassifyContext,
): DatabaseClassification {
  const details = describeAvailability(db, group, context.estate)
  const member: MemberSpec = { ...memberFrom(db, db), path: details.primaryCopy, availability: details.spec }
  const copies = group.replicas.map((replica) => joinPath(replica.instance, db.name))
  const owner =
    context.protectedIndex.byAvailability.get(availabilityKey(details.spec)) ??
    copies.map((copy) => context.protectedIndex.byPath.get(key(copy))).find((ds) => ds !== undefined)
  const agents = agentBlock(
    details.hosts.map((host) => host.computer),
    context.estate,
    (missing) =>
      `${missing.join(', ')} ${missing.length === 1 ? 'hosts a replica' : 'host replicas'} of availability group ${group.name} and ${missing.length === 1 ? 'has' : 'have'} no protection agent. Install the protection agent on ${missing.join(', ')}: DPM needs one on every node that hosts a replica.`,
  )
  const copyRole = group.replicas.find((replica) => key(joinPath(replica.instance, db.name)) === key(db.path))
  return {
    path: db.path,
    role: copyRole?.role === 'SECONDARY' ? 'secondary-replica' : 'primary-replica',
    dataSourceKey: dataSourceKeyOf(member),
    member,
    availability: details,
    status: owner ? protectedStatus(owner) : (agents ?? { kind: 'selectable' }),
  }
}

function memberFrom(principal: DatabaseFacts, copy: DatabaseFacts): MemberSpec {
  return {
    path: principal.path,
    sizeMb: copy.sizeMb,
    logSizeMb: copy.logSizeMb,
    recoveryModel: principal.recoveryModel,
    readOnly: principal.readOnly,
  }
}

const protectedStatus = (owner: DataSource): ProtectabilityStatus => ({
  kind: 'protected',
  groupId: owner.groupId ?? '',
  dataSourceId: owner.id,
})

const blocked = (reason: BlockReason): ProtectabilityStatus => ({ kind: 'blocked', reason })

function standaloneBlock(db: DatabaseFacts, estate: EstateIndex): ProtectabilityStatus | undefined {
  const agents = agentBlock(hostComputers(estate, db.computer), estate)
  if (agents) return agents
  if (db.state !== 'ONLINE') return blocked(notOnline(db.state))
  return undefined
}

function mirrorBlock(
  db: DatabaseFacts,
  mirroring: MirroringFacts,
  details: MirrorDetails,
  partnerEntry: PartnerFacts | undefined,
  context: ClassifyContext,
): ProtectabilityStatus | undefined {
  const principalServer = splitDatabasePath(details.principal).computer
  const mirrorServer = splitDatabasePath(details.mirror).computer
  // S10: mirrored on the same server is not supported.
  if (key(principalServer) === key(mirrorServer)) {
    return blocked({
      code: 'same-computer',
      message: `Not supported: ${db.name} is mirrored on the same server (${principalServer}).`,
    })
  }
  const ownIp = explicitIpBlock(mirroring.partnerAddress)
  if (ownIp) return ownIp
  // S1 + S3: agents on both partners, and on every node of a clustered partner.
  const agents = agentBlock(
    details.hosts.map((host) => host.computer),
    context.estate,
  )
  if (agents) return agents
  let partner: DatabaseFacts | undefined
  if (context.partnerFacts !== undefined) {
    if (partnerEntry === undefined) {
      return blocked({ code: 'partner-pending', message: 'Reading the mirror partner...' })
    }
    if (!('path' in partnerEntry)) {
      return blocked({
        code: 'partner-unavailable',
        message: `The mirror partner could not be read: ${partnerEntry.error}`,
      })
    }
    partner = partnerEntry
    // The partner's copy holds the other endpoint of the session: it may be the explicit IP address.
    const partnerIp = partner.mirroring ? explicitIpBlock(partner.mirroring.partnerAddress) : undefined
    if (partnerIp) return partnerIp
  }
  // A mirror copy is RESTORING by nature; what matters is the principal copy's state.
  const principalState = mirroring.role === 'PRINCIPAL' ? db.state : partner?.state
  if (principalState !== undefined && principalState !== 'ONLINE') return blocked(notOnline(principalState))
  return undefined
}

// S10: a session that uses an explicitly configured IP address is not supported.
function explicitIpBlock(address: string): ProtectabilityStatus | undefined {
  if (!explicitIpHost(address)) return undefined
  return blocked({
    code: 'explicit-ip',
    address,
    message: `Not supported: the mirroring session uses an explicitly configured IP address (${address}).`,
  })
}

const mirrorAgentsMissing = (missing: string[]) =>
  `Install the DPM protection agent on ${missing.join(', ')}: agents are required on both mirror partners and on every node of a cluster.`

function agentBlock(
  computers: string[],
  estate: EstateIndex,
  missingMessage = mirrorAgentsMissing,
): ProtectabilityStatus | undefined {
  const missing = computers.filter((computer) => agentStatusOf(estate, computer) === 'NotInstalled')
  if (missing.length > 0) {
    return blocked({ code: 'missing-agent', computers: missing, message: missingMessage(missing) })
  }
  const unreachable = computers.filter((computer) => agentStatusOf(estate, computer) === 'Unreachable')
  if (unreachable.length > 0) {
    return blocked({
      code: 'agent-unreachable',
      computers: unreachable,
      message: `The protection agent on ${unreachable.join(', ')} is not reachable.`,
    })
  }
  return undefined
}

function notOnline(state: DatabaseState): BlockReason {
  return {
    code: 'not-online',
    state,
    message: `The database is ${state}; DPM protects only ONLINE databases.`,
  }
}
