// The simulated SQL estate: plain records plus the indexes that keep every lookup O(1) at the size of the
// large preset (2,000 computers, 40,000 databases). Names are looked up case-insensitively, as Windows and
// SQL Server's default collation do; records keep the spelling they were created with.
//
// Operations change an Estate in place rather than copying it: a copy of 40,000 databases per lab click
// buys nothing here, because every operation validates everything before it changes anything.
import type { Faults, MirroringSession, PresetName } from '../agent-api/lab-schemas'
import type { EstateChange, FolderFile } from '../agent-api/schemas'
import {
  type AvailabilityMode,
  type AvailabilityRole,
  type BackupPreference,
  type DatabaseState,
  type FailoverMode,
  joinPath,
  type RecoveryModel,
  type SafetyLevel,
  splitDatabasePath,
} from '../domain/estate/estate'
import { partitionPoint } from '../domain/partition-point'
import { LabError, notFound } from './lab-error'

export const DOMAIN = 'contoso.local'
const DEFAULT_MIRRORING_PORT = 5022
export const AGENT_VERSION = '10.22.148.0'

export interface EstateComputer {
  name: string
  addresses: string[]
  /** Present when a protection agent is installed. */
  agentVersion?: string
  /** When the agent stopped answering: set as the computer becomes unreachable. */
  agentLastContact?: number
  /** The failover cluster this computer is a node of. */
  cluster?: string
}

/** A disk attached to the DPM server: the lab's simulated hardware, which DPM adds to its storage pool. */
export interface DpmServerDisk {
  name: string
  sizeMb: number
}

const TB_MB = 1024 * 1024
/**
 * The DPM server's disks in every preset: Disk 1 and Disk 2 are the storage pool it was set up with
 * (domain/disk-sizing's SETUP_POOL_DISKS), Disk 3 is attached but not yet in the pool.
 */
export const PRESET_DPM_DISKS: readonly DpmServerDisk[] = [
  { name: 'Disk 1', sizeMb: 4 * TB_MB },
  { name: 'Disk 2', sizeMb: 4 * TB_MB },
  { name: 'Disk 3', sizeMb: 2 * TB_MB },
]

export interface EstateCluster {
  name: string
  nodes: string[]
  virtualServers: string[]
}

export interface EstateInstance {
  /** HOST\INSTANCE */
  path: string
  /** A computer, or a cluster's virtual server for a failover cluster instance. */
  host: string
  name: string
  cluster?: string
  /** The port of the instance's database mirroring endpoint. */
  mirroringPort: number
}

export interface EstateDatabase {
  path: string
  host: string
  instance: string
  name: string
  /** The state when not in a mirroring session; a session's copies derive theirs from the session. */
  state: DatabaseState
  recoveryModel: RecoveryModel
  readOnly: boolean
  sizeMb: number
  logSizeMb: number
}

/** A replica of an Always On availability group (availability-groups.ts). */
export interface EstateReplica {
  /** COMPUTER\INSTANCE, on a node of the group's cluster. */
  instance: string
  computer: string
  role: AvailabilityRole
  availabilityMode: AvailabilityMode
  failoverMode: FailoverMode
  readableSecondary: boolean
  backupPriority: number
  excludedFromBackup: boolean
  /** Connected and running; an offline primary leaves the group without a primary (RESOLVING). */
  online: boolean
}

export interface EstateAvailabilityGroup {
  name: string
  cluster: string
  listener: string
  backupPreference: BackupPreference
  replicas: EstateReplica[]
  /** The names of its databases; each has a copy on every replica instance. */
  databases: string[]
}

export interface Estate {
  preset: PresetName
  computers: Map<string, EstateComputer>
  clusters: Map<string, EstateCluster>
  /** Virtual server name -> its cluster. */
  virtualServers: Map<string, EstateCluster>
  instances: Map<string, EstateInstance>
  instancesByHost: Map<string, EstateInstance[]>
  /** The instances in path order whatever the case: the order a search walks them in (database-search.ts). */
  instancesInPathOrder: EstateInstance[]
  databases: Map<string, EstateDatabase>
  /** Instance path -> database name -> database. */
  databasesByInstance: Map<string, Map<string, EstateDatabase>>
  databasesByName: Map<string, EstateDatabase[]>
  sessions: Map<string, MirroringSession>
  /** Database path (either copy) -> its mirroring session. */
  sessionByDatabase: Map<string, MirroringSession>
  nextSessionNumber: number
  faults: Required<Faults>
  /** Lower-cased names of the unreachable computers and virtual servers. */
  unreachable: Set<string>
  /** Counts agent requests, so that an error rate fails a deterministic share of them. */
  agentRequestCount: number
  changes: EstateChange[]
  seq: number
  /** The disks attached to the DPM server. */
  dpmDisks: DpmServerDisk[]
  /** Files that recoveries copied to network folders, by lower-cased computer (or virtual server) name. */
  folderFiles: Map<string, FolderFile[]>
  /** Always On availability groups by lower-cased CLUSTER\GROUP (availability-groups.ts). */
  availabilityGroups: Map<string, EstateAvailabilityGroup>
  /** Database path (any replica's copy) -> its availability group. */
  groupByDatabase: Map<string, EstateAvailabilityGroup>
}

export const key = (name: string): string => name.toLowerCase()

const NO_FAULTS: Required<Faults> = { latencyMs: 0, errorRate: 0, unreachable: [] }

export function createEstate(preset: PresetName): Estate {
  return {
    preset,
    computers: new Map(),
    clusters: new Map(),
    virtualServers: new Map(),
    instances: new Map(),
    instancesByHost: new Map(),
    instancesInPathOrder: [],
    databases: new Map(),
    databasesByInstance: new Map(),
    databasesByName: new Map(),
    sessions: new Map(),
    sessionByDatabase: new Map(),
    nextSessionNumber: 1,
    faults: NO_FAULTS,
    unreachable: new Set(),
    agentRequestCount: 0,
    changes: [],
    seq: 0,
    dpmDisks: PRESET_DPM_DISKS.map((disk) => ({ ...disk })),
    folderFiles: new Map(),
    availabilityGroups: new Map(),
    groupByDatabase: new Map(),
  }
}

// --- building (presets, and the operations that create things) ---

export function addComputer(
  estate: Estate,
  name: string,
  options: { addresses: string[]; agent: boolean },
): EstateComputer {
  assertValidName(name, 'computer')
  if (estate.computers.has(key(name)) || estate.virtualServers.has(key(name))) {
    throw new Error(`The estate already has a computer named ${name}.`)
  }
  const computer: EstateComputer = {
    name,
    addresses: options.addresses,
    agentVersion: options.agent ? AGENT_VERSION : undefined,
  }
  estate.computers.set(key(name), computer)
  return computer
}

export function addCluster(estate: Estate, name: string, nodes: string[], virtualServers: string[]): void {
  const cluster: EstateCluster = { name, nodes, virtualServers }
  estate.clusters.set(key(name), cluster)
  for (const node of nodes) requireComputer(estate, node).cluster = name
  for (const server of virtualServers) {
    assertValidName(server, 'virtual server')
    estate.virtualServers.set(key(server), cluster)
  }
}

export function addInstance(
  estate: Estate,
  host: string,
  name: string,
  mirroringPort = DEFAULT_MIRRORING_PORT,
): EstateInstance {
  assertValidName(name, 'instance')
  const cluster = estate.virtualServers.get(key(host))
  const hostName = cluster ? cluster.virtualServers.find((v) => key(v) === key(host)) : undefined
  const canonicalHost = hostName ?? requireComputer(estate, host).name
  const instance: EstateInstance = {
    path: joinPath(canonicalHost, name),
    host: canonicalHost,
    name,
    cluster: cluster?.name,
    mirroringPort,
  }
  estate.instances.set(key(instance.path), instance)
  const onHost = estate.instancesByHost.get(key(canonicalHost)) ?? []
  onHost.push(instance)
  estate.instancesByHost.set(key(canonicalHost), onHost)
  estate.databasesByInstance.set(key(instance.path), new Map())
  insertInPathOrder(estate.instancesInPathOrder, instance)
  return instance
}

// The trailing backslash orders the instances as their databases' paths order: `A\B-1\DB` comes before
// `A\B\DB`, so `a\b-1\` must come before `a\b\`, which a plain `a\b` would not.
export const pathOrder = (instance: EstateInstance): string => `${key(instance.path)}\\`

function insertInPathOrder(ordered: EstateInstance[], instance: EstateInstance): void {
  const order = pathOrder(instance)
  ordered.splice(
    partitionPoint(ordered, (other) => pathOrder(other) < order),
    0,
    instance,
  )
}

export type NewDatabase = Pick<EstateDatabase, 'name' | 'sizeMb' | 'logSizeMb'> &
  Partial<Pick<EstateDatabase, 'state' | 'recoveryModel' | 'readOnly'>>

export function addDatabase(estate: Estate, instancePath: string, spec: NewDatabase): EstateDatabase {
  assertValidName(spec.name, 'database')
  const instance = requireInstance(estate, instancePath)
  const database: EstateDatabase = {
    path: joinPath(instance.path, spec.name),
    host: instance.host,
    instance: instance.name,
    name: spec.name,
    state: spec.state ?? 'ONLINE',
    recoveryModel: spec.recoveryModel ?? 'FULL',
    readOnly: spec.readOnly ?? false,
    sizeMb: spec.sizeMb,
    logSizeMb: spec.logSizeMb,
  }
  const onInstance = estate.databasesByInstance.get(key(instance.path))
  if (!onInstance || onInstance.has(key(spec.name))) {
    throw new Error(`${instance.path} already has a database named ${spec.name}.`)
  }
  onInstance.set(key(spec.name), database)
  estate.databases.set(key(database.path), database)
  const sameName = estate.databasesByName.get(key(spec.name)) ?? []
  sameName.push(database)
  estate.databasesByName.set(key(spec.name), sameName)
  return database
}

export interface NewSession {
  database: string
  principal: string
  mirror: string
  witness?: string
  safety: SafetyLevel
  /** S10: a partner addressed by an explicitly configured IP address instead of its DNS name. */
  principalAddress?: string
  mirrorAddress?: string
}

/** Starts a session between two existing copies; the caller has checked that SQL Server would allow it. */
export function addSession(estate: Estate, spec: NewSession): MirroringSession {
  const principal = requireInstance(estate, spec.principal)
  const mirror = requireInstance(estate, spec.mirror)
  const session: MirroringSession = {
    id: `ms-${String(estate.nextSessionNumber).padStart(4, '0')}`,
    database: spec.database,
    principal: principal.path,
    mirror: mirror.path,
    originalPrincipal: principal.path,
    witness: spec.witness === undefined ? undefined : requireInstance(estate, spec.witness).path,
    state: spec.safety === 'FULL' ? 'SYNCHRONIZED' : 'SYNCHRONIZING',
    safety: spec.safety,
    principalAddress: spec.principalAddress ?? endpointAddress(principal),
    mirrorAddress: spec.mirrorAddress ?? endpointAddress(mirror),
    formerPrincipalLost: false,
  }
  estate.nextSessionNumber++
  estate.sessions.set(session.id, session)
  for (const copy of sessionCopies(session)) {
    if (!estate.databases.has(key(copy))) throw new Error(`Mirroring needs the copy ${copy}.`)
    estate.sessionByDatabase.set(key(copy), session)
  }
  return session
}

export function removeSession(estate: Estate, session: MirroringSession): void {
  estate.sessions.delete(session.id)
  for (const copy of sessionCopies(session)) estate.sessionByDatabase.delete(key(copy))
}

/** The endpoint SQL Server reports for an instance: TCP://host.contoso.local:port, host lowercased. */
export function endpointAddress(instance: EstateInstance): string {
  return `TCP://${instance.host.toLowerCase()}.${DOMAIN}:${instance.mirroringPort}`
}

/** Both copies of a mirrored database: [principal copy, mirror copy]. */
export function sessionCopies(session: MirroringSession): [string, string] {
  return [joinPath(session.principal, session.database), joinPath(session.mirror, session.database)]
}

// --- lookups ---

export function findDatabase(estate: Estate, path: string): EstateDatabase | undefined {
  return estate.databases.get(key(path))
}

export function requireDatabase(estate: Estate, path: string): EstateDatabase {
  const database = findDatabase(estate, path)
  if (database) return database
  throw missingDatabaseError(path)
}

/** Why a path names no database: not a path at all, or no such database on that instance. */
export function missingDatabaseError(path: string): LabError {
  const { computer, instance, database: name } = splitDatabasePath(path)
  if (!name || !instance) {
    return new LabError(
      'BadRequest',
      `"${path}" is not a database path: write COMPUTER\\INSTANCE\\DATABASE, e.g. SQL-PRI01\\MSSQLSERVER\\SalesDB.`,
      400,
    )
  }
  return notFound('DatabaseNotFound', `There is no database ${name} on ${joinPath(computer, instance)}.`)
}

export function findInstance(estate: Estate, path: string): EstateInstance | undefined {
  return estate.instances.get(key(path))
}

export function requireInstance(estate: Estate, path: string): EstateInstance {
  const instance = findInstance(estate, path)
  if (instance) return instance
  throw notFound(
    'InstanceNotFound',
    `There is no SQL Server instance ${path}: write COMPUTER\\INSTANCE, e.g. SQL-MIR01\\MSSQLSERVER.`,
  )
}

export function requireComputer(estate: Estate, name: string): EstateComputer {
  const computer = estate.computers.get(key(name))
  if (computer) return computer
  throw notFound('ComputerNotFound', `There is no computer named ${name} in the estate.`)
}

export function instancesOnHost(estate: Estate, host: string): EstateInstance[] {
  return estate.instancesByHost.get(key(host)) ?? []
}

export function databasesOfInstance(estate: Estate, instancePath: string): Iterable<EstateDatabase> {
  return estate.databasesByInstance.get(key(instancePath))?.values() ?? []
}

export function databasesOnHost(estate: Estate, host: string): EstateDatabase[] {
  return instancesOnHost(estate, host).flatMap((instance) => [...databasesOfInstance(estate, instance.path)])
}

export function sessionOfDatabase(estate: Estate, path: string): MirroringSession | undefined {
  return estate.sessionByDatabase.get(key(path))
}

function assertValidName(name: string, what: string): void {
  // Paths join names with backslashes, so a name may hold anything else (the hostile preset relies on it).
  if (name === '' || name.includes('\\')) throw new Error(`A ${what} name cannot be empty or hold "\\".`)
}
