// The SQL estate as the protection agents report it. These are facts, not DPM's opinion of them:
// DPM's decisions (protectability, backup outcomes) are computed from these in other domain modules.

/** Simulated time: milliseconds since the epoch. Both worlds read one simulated clock. */
export type SimTime = number

export type AgentStatus = 'OK' | 'NotInstalled' | 'Unreachable'

export interface AgentInfo {
  status: AgentStatus
  /** Present when an agent is installed. */
  version?: string
  /**
   * When the agent last answered (simulated time): the moment of the answer when it is reachable, when it
   * stopped answering when it is not. Absent without an agent.
   */
  lastContact?: SimTime
}

/**
 * A physical computer (standalone server, witness or cluster node). A clustered SQL instance lives on a
 * virtual server, which is not a computer: see {@link ClusterFacts}.
 */
export interface ComputerFacts {
  name: string
  domain: string
  /** Name of the failover cluster this computer is a node of. */
  cluster?: string
  addresses: string[]
  agent: AgentInfo
}

export interface ClusterFacts {
  name: string
  nodes: string[]
  /** Virtual server names of the failover cluster instances it hosts (e.g. SQLCLU01). */
  virtualServers: string[]
}

export type DatabaseState = 'ONLINE' | 'RESTORING' | 'OFFLINE' | 'RECOVERY_PENDING' | 'SUSPECT'
export type RecoveryModel = 'FULL' | 'BULK_LOGGED' | 'SIMPLE'
export type MirroringRole = 'PRINCIPAL' | 'MIRROR'
export type MirroringState =
  | 'SYNCHRONIZED'
  | 'SYNCHRONIZING'
  | 'SUSPENDED'
  | 'DISCONNECTED'
  | 'PENDING_FAILOVER'
/** FULL = high safety, OFF = high performance. */
export type SafetyLevel = 'FULL' | 'OFF'

/** Mirroring facts as SQL Server reports them for one copy (sys.database_mirroring). */
export interface MirroringFacts {
  sessionId: string
  role: MirroringRole
  /** The partner copy's instance path, COMPUTER\INSTANCE (virtual server for a clustered instance). */
  partnerInstance: string
  /** The partner's endpoint, TCP://host:port. An IP literal there is an explicitly configured IP address. */
  partnerAddress: string
  /** The witness endpoint, TCP://host:port, when there is a witness. */
  witnessAddress?: string
  state: MirroringState
  safety: SafetyLevel
}

/**
 * SQL Server's automated backup preference of an availability group (sys.availability_groups
 * automated_backup_preference_desc): Primary, Secondary only, Prefer secondary, Any replica.
 */
export type BackupPreference = 'PRIMARY' | 'SECONDARY_ONLY' | 'SECONDARY' | 'NONE'
export type AvailabilityRole = 'PRIMARY' | 'SECONDARY'
export type AvailabilityMode = 'SYNCHRONOUS_COMMIT' | 'ASYNCHRONOUS_COMMIT'
export type FailoverMode = 'AUTOMATIC' | 'MANUAL'
export type ReplicaSynchronizationState = 'SYNCHRONIZED' | 'SYNCHRONIZING' | 'NOT_SYNCHRONIZING'

/** One replica of an availability group (sys.availability_replicas with its state). */
export interface AvailabilityReplicaFacts {
  /** The replica's instance, COMPUTER\INSTANCE (a node of the group's cluster). */
  instance: string
  /** The node that hosts it. */
  computer: string
  role: AvailabilityRole
  availabilityMode: AvailabilityMode
  failoverMode: FailoverMode
  synchronizationState: ReplicaSynchronizationState
  /** Connected and online; an offline replica has no role it can act on. */
  online: boolean
  /** A readable secondary (secondary_role_allow_connections other than NO); a primary is always readable. */
  readableSecondary: boolean
  /** 0 to 100; 0 means the replica never takes backups. */
  backupPriority: number
  /** Excluded from backups by the administrator, whatever its priority. */
  excludedFromBackup: boolean
}

/** An Always On availability group: its replicas are instances on the nodes of one failover cluster. */
export interface AvailabilityGroupFacts {
  name: string
  /** The Windows failover cluster that hosts it. */
  cluster: string
  /** The listener's DNS name. */
  listener: string
  backupPreference: BackupPreference
  replicas: AvailabilityReplicaFacts[]
  /** The names of its databases (each has a copy on every replica). */
  databases: string[]
}

export interface DatabaseFacts {
  /** COMPUTER\INSTANCE\DATABASE; COMPUTER is the virtual server for a clustered instance. */
  path: string
  computer: string
  instance: string
  name: string
  state: DatabaseState
  recoveryModel: RecoveryModel
  readOnly: boolean
  sizeMb: number
  logSizeMb: number
  mirroring?: MirroringFacts
  /** The Always On availability group this copy is a database of, as seen from this copy's replica. */
  availabilityGroup?: AvailabilityGroupFacts
}

export interface InstanceFacts {
  /** COMPUTER\INSTANCE */
  path: string
  computer: string
  name: string
  /** A failover cluster instance: `computer` is then a virtual server of `cluster`. */
  cluster?: string
  databases: DatabaseFacts[]
}

export const PATH_SEPARATOR = '\\'

export function joinPath(...parts: string[]): string {
  return parts.join(PATH_SEPARATOR)
}

/** Splits COMPUTER\INSTANCE\DATABASE; a database name never holds a backslash in this estate. */
export function splitDatabasePath(path: string): { computer: string; instance: string; database: string } {
  const [computer = '', instance = '', ...rest] = path.split(PATH_SEPARATOR)
  return { computer, instance, database: rest.join(PATH_SEPARATOR) }
}

export function instancePathOf(databasePath: string): string {
  const { computer, instance } = splitDatabasePath(databasePath)
  return joinPath(computer, instance)
}

/** Whether `text` (spaces around ignored) has the shape COMPUTER\INSTANCE: two names, neither empty. */
export function isInstancePath(text: string): boolean {
  const parts = text.trim().split(PATH_SEPARATOR)
  return parts.length === 2 && parts.every((part) => part !== '')
}

export function computerOfInstance(instancePath: string): string {
  return instancePath.split(PATH_SEPARATOR)[0] ?? ''
}
