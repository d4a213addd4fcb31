// The DPM server's own records: protection groups, data sources, recovery points, jobs and alerts.
// Plain data (the recovery points as immutable columns), so that every rule over it is a pure function and
// the whole state can be persisted.
import type { RecoveryModel, SimTime } from '../estate/estate'
import type { RecoverySpec } from '../recovery/recovery-spec'
import { RecoveryPoints } from './recovery-points'

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6 // 0 = Sunday, as Date#getUTCDay

/** Minutes between synchronizations, or DPM's "Just before a recovery point". */
export type SyncFrequency = number | 'before-recovery-point'
export const SYNC_FREQUENCIES_MINUTES = [15, 30, 45, 60, 120, 240, 360, 720, 1440] as const

export interface ExpressFullSchedule {
  /** HH:MM, 24-hour, simulated time (UTC). */
  times: string[]
  days: Weekday[]
}

export type ReplicaCreationMethod =
  | { method: 'now' }
  | { method: 'later'; at: SimTime }
  | { method: 'manual' }

export interface ConsistencyCheckOptions {
  /** Run a consistency check if a replica becomes inconsistent. */
  onInconsistent: boolean
  /** A daily scheduled consistency check: start HH:MM and maximum duration in hours. */
  daily?: { start: string; maxDurationHours: number }
}

export interface ProtectionPolicy {
  retentionDays: number
  syncFrequency: SyncFrequency
  expressFull: ExpressFullSchedule
  replicaCreation: ReplicaCreationMethod
  consistencyCheck: ConsistencyCheckOptions
  autoGrow: boolean
}

export const DEFAULT_POLICY: ProtectionPolicy = {
  retentionDays: 5,
  syncFrequency: 15,
  expressFull: { times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] },
  replicaCreation: { method: 'now' },
  consistencyCheck: { onInconsistent: true },
  autoGrow: true,
}

export interface ProtectionGroup {
  id: string
  name: string
  policy: ProtectionPolicy
  createdAt: SimTime
  /** Instances selected as a whole: their new databases are added by auto protection. */
  autoProtectInstances: string[]
}

/** What the wizard hands over for one data source. */
export interface MemberSpec {
  /** The database as protected: for a mirrored database, the principal copy at protection time. */
  path: string
  sizeMb: number
  logSizeMb: number
  recoveryModel: RecoveryModel
  readOnly: boolean
  mirror?: MirrorSpec
  availability?: AvailabilitySpec
}

/**
 * A database of an Always On availability group: one data source whatever replica it was selected on. DPM
 * chooses the replica of each backup at run time (domain/protection/ag-backup-replica.ts).
 */
export interface AvailabilitySpec {
  /** The availability group's name, unique within its cluster. */
  group: string
  /** The failover cluster that hosts the group. */
  cluster: string
  /** The database's name, the same on every replica. */
  database: string
}

export interface MirrorSpec {
  sessionId: string
  /** Database paths of the two copies, the principal (at protection time) first. */
  partners: [string, string]
}

export type ReplicaState =
  | 'creation-pending' // automatic, now or later: a replica creation job is scheduled
  | 'manual-pending' // Manual replica pending (3118) until a consistency check
  | 'ok'
  | 'inconsistent'

/**
 * What currently stands in the way of protection, as the engine decided it (docs/protection-states.md).
 * `ok` means backups run; S7's pending consistency check carries its time; failures carry the alert they raised.
 */
export type ProtectionCondition =
  | { kind: 'ok' }
  | { kind: 'cc-scheduled'; at: SimTime; detectedAt: SimTime }
  | { kind: 'failed'; alert: AlertType; since: SimTime }

export interface DataSource {
  id: string
  /** The database as it was protected; stays the same when a mirror fails over. */
  path: string
  /** Undefined once protection stopped with the replica retained (Inactive protection). */
  groupId?: string
  protectedAt: SimTime
  stoppedAt?: SimTime
  sizeMb: number
  logSizeMb: number
  recoveryModel: RecoveryModel
  readOnly: boolean
  mirror?: MirrorSpec & {
    /** The copy DPM backs up: the principal as DPM last saw it. */
    activePath: string
  }
  availability?: AvailabilitySpec & {
    /**
     * The database's copies on the group's replicas (REPLICA-INSTANCE\DATABASE) as DPM last saw them: where
     * it asks for facts when the copy it protected does not answer (that replica lost, say).
     */
    copies?: string[]
  }
  replica: ReplicaState
  condition: ProtectionCondition
  lastSyncAt?: SimTime
  lastRecoveryPointAt?: SimTime
  /** Set when protection stopped with the replica retained: its recovery points expire by this range. */
  retentionDays?: number
}

export type JobType =
  | 'replica-creation'
  | 'synchronization'
  | 'express-full'
  | 'consistency-check'
  | 'recovery'
  | 'auto-protection' // the daily job that adds new databases of instances selected as a whole
export type JobStatus = 'scheduled' | 'in-progress' | 'completed' | 'failed' | 'canceled'

/**
 * Why a job was queued. The engine keeps one automatic row per data source (any trigger but 'admin'):
 * its next slot of the schedule, or a one-off that DPM's rules ask for.
 */
export type JobTrigger =
  | 'schedule' // a synchronization, express full or daily consistency check slot
  | 'replica-creation' // initial replica creation (now or later), or its retry at the next slot
  | 'reprotection' // a retained replica re-associated: a consistency check catches it up
  | 'mirror-took-over' // S7: the consistency check 30 minutes after DPM detected the failover
  | 'inconsistent-replica' // Run a consistency check if a replica becomes inconsistent
  | 'admin' // Create recovery point, Consistency check, Retry

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  'replica-creation': 'Replica creation',
  synchronization: 'Synchronization',
  'express-full': 'Express full backup',
  'consistency-check': 'Consistency check',
  recovery: 'Recovery',
  'auto-protection': 'Auto protection',
}

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  scheduled: 'Scheduled',
  'in-progress': 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  canceled: 'Canceled',
}

export interface Job {
  id: string
  type: JobType
  dataSourceId?: string
  /** The database path the job worked on (the active copy for a mirrored database). */
  source: string
  computer: string
  groupName: string
  status: JobStatus
  scheduledAt: SimTime
  startedAt?: SimTime
  endedAt?: SimTime
  dataTransferredMb?: number
  error?: string
  /** Absent on rows written before triggers existed: read as 'schedule'. */
  trigger?: JobTrigger
  /** An in-progress job's end, as the agent reported its duration (the UI shows progress from it). */
  dueEndAt?: SimTime
  /** A Recovery job: what it recovers, so that Retry runs it again (absent on rows written before). */
  recovery?: RecoverySpec
}

export type FinishedJobStatus = Extract<JobStatus, 'completed' | 'failed' | 'canceled'>

/** Finished jobs dropped from `jobs` to keep the history bounded (older than its window or beyond its cap). */
export interface JobHistorySummary {
  trimmed: Record<FinishedJobStatus, number>
  /** The newest end time among the trimmed jobs. */
  trimmedUntil?: SimTime
}

export type AlertType =
  | 'mirrored-after-protection'
  | 'mirror-broken'
  | 'mirror-took-over'
  | 'consistency-check-required'
  | 'protected-partners'
  | 'replica-inconsistent'
  | 'recovery-point-failed'
  | 'agent-unreachable'
  | 'manual-replica-pending'
  | 'recovery-succeeded'
  | 'recovery-failed'
  | 'auto-protection-failed'
  | 'ag-no-backup-replica' // the availability group's backup preference allows no replica that can back up

export type Severity = 'Critical' | 'Warning' | 'Informational'

export interface Alert {
  id: string
  type: AlertType
  severity: Severity
  title: string
  description: string
  dataSourceId?: string
  source: string
  computer: string
  groupName: string
  raisedAt: SimTime
  /** A repeat of the same condition updates the alert instead of raising another. */
  lastSeenAt: SimTime
  occurrences: number
  /** Set when the condition cleared or the admin inactivated the alert. */
  inactiveAt?: SimTime
}

/** The whole DPM server, as persisted. */
export interface DpmServerState {
  groups: Record<string, ProtectionGroup>
  dataSources: Record<string, DataSource>
  recoveryPoints: RecoveryPoints
  jobs: Job[]
  alerts: Alert[]
  /** Counter for deterministic ids. */
  nextId: number
  /** The last estate change the server has seen (agent API /changes). */
  changeSeq: number
  /** Counts of the jobs trimmed from `jobs` (absent until the first trim). */
  jobHistory?: JobHistorySummary
  /** What the Reporting tab needs of the history trimmed from jobs, recovery points and alerts (absent in older state). */
  reportHistory?: ReportHistory
  /** The disks of the storage pool, in the order they were added (absent: the disks the server was set up with). */
  disks?: StorageDisk[]
}

/** A disk of the DPM server in its storage pool (Management > Disks), as the last rescan read it. */
export interface StorageDisk {
  /** DPM's name for it: "Disk 1". */
  name: string
  sizeMb: number
}

/**
 * One data source's activity on one UTC day, as a tuple to keep the persisted state small: finished jobs by
 * status, failed backups (jobs that were to create a recovery point) and recovery points created.
 */
export type DayActivity = [
  completed: number,
  failed: number,
  canceled: number,
  failedBackups: number,
  recoveryPoints: number,
]

/** Disk space of one protection group (or of Inactive protection, without a group id) at one time. */
export interface GroupDiskUsage {
  groupId?: string
  groupName: string
  replicaMb: number
  recoveryPointMb: number
  /** Space provisioned for the group's replica and recovery point volumes. */
  allocatedMb: number
}

export interface DiskSnapshot {
  at: SimTime
  groups: GroupDiskUsage[]
}

/** An alert that stopped backups, kept after the alert left the alerts history. */
export interface ArchivedStoppage {
  dataSourceId: string
  type: AlertType
  raisedAt: SimTime
  inactiveAt: SimTime
}

/**
 * The bounded history behind the Reporting tab's longer periods: per UTC day and data source, the activity of
 * the jobs and recovery points trimmed from the live history; the disk space per group at each midnight; the
 * stoppages whose alerts were trimmed.
 */
export interface ReportHistory {
  /** Midnight UTC of the day (epoch ms, as a key) -> data source id ('' for jobs of none) -> activity. */
  days: Record<string, Record<string, DayActivity>>
  disk: DiskSnapshot[]
  stoppages: ArchivedStoppage[]
}

export const EMPTY_SERVER_STATE: DpmServerState = {
  groups: {},
  dataSources: {},
  recoveryPoints: RecoveryPoints.NONE,
  jobs: [],
  alerts: [],
  nextId: 1,
  changeSeq: 0,
}

/** The members a protection group protects now (retained data sources have no group). */
export const activeDataSources = (state: DpmServerState, groupId: string): DataSource[] =>
  Object.values(state.dataSources).filter((ds) => ds.groupId === groupId)
