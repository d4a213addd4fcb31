// Recovery of SQL Server databases (DPM's Recovery tab and Recovery Wizard): what can be recovered, to
// where, from which recovery point, and what a recovery does to the DPM server's records.
import { raiseAlert } from '../engine/alerts'
import type { ClusterFacts, ComputerFacts, SimTime } from '../estate/estate'
import { isInstancePath, splitDatabasePath } from '../estate/estate'
import { nameCharactersProblem } from '../estate/name-characters'
import type { DataSource, DpmServerState, Job } from '../protection/protection'
import type { RecoveryPoint, RecoveryPoints } from '../protection/recovery-points'
import type {
  DatabaseStateAfterRecovery,
  RecoveryDestination,
  RecoveryPointChoice,
  RecoverySpec,
  RecoveryType,
} from './recovery-spec'

export type {
  DatabaseStateAfterRecovery,
  RecoveryDestination,
  RecoveryPointChoice,
  RecoverySpec,
  RecoveryType,
} from './recovery-spec'

export const RECOVERY_TYPE_LABELS: Record<RecoveryType, string> = {
  'original-instance': 'Recover to original instance of SQL Server',
  'any-instance': 'Recover to any SQL instance',
  'network-folder': 'Copy to a network folder',
  tape: 'Copy to tape',
}

export const MIRRORED_ORIGINAL_INSTANCE_REASON =
  'A mirroring session exists for this database (ID: 30223). Recover it to any SQL instance: either partner of the mirror, or another instance.'
export const AVAILABILITY_GROUP_ORIGINAL_INSTANCE_REASON =
  'DPM does not support recovery to the original location for a database of an availability group. Recover it to any SQL instance (an alternate location), then join it to the group again if needed.'
export const NO_TAPE_LIBRARY_REASON = 'No tape library is attached to this DPM server.'

export interface RecoveryTypeOption {
  type: RecoveryType
  enabled: boolean
  reason?: string
}

/**
 * The recovery types DPM offers for a database. `mirroredNow` and `inAvailabilityGroupNow` are what the
 * agent reports today: a database protected as standalone may have been mirrored (S4) or joined to an
 * availability group since, and the restore would fail the same way.
 */
export function recoveryTypeOptions(
  dataSource: Pick<DataSource, 'mirror' | 'availability'>,
  {
    mirroredNow = false,
    inAvailabilityGroupNow = false,
    tapeLibrary = false,
  }: { mirroredNow?: boolean; inAvailabilityGroupNow?: boolean; tapeLibrary?: boolean } = {},
): RecoveryTypeOption[] {
  // S9: a mirrored database always goes to an alternate location, even back to a partner; so does a database
  // of an availability group.
  const grouped = dataSource.availability !== undefined || inAvailabilityGroupNow
  const mirrored = dataSource.mirror !== undefined || mirroredNow
  const notOriginal = grouped
    ? AVAILABILITY_GROUP_ORIGINAL_INSTANCE_REASON
    : mirrored
      ? MIRRORED_ORIGINAL_INSTANCE_REASON
      : undefined
  return [
    notOriginal
      ? { type: 'original-instance', enabled: false, reason: notOriginal }
      : { type: 'original-instance', enabled: true },
    { type: 'any-instance', enabled: true },
    { type: 'network-folder', enabled: true },
    tapeLibrary
      ? { type: 'tape', enabled: true }
      : { type: 'tape', enabled: false, reason: NO_TAPE_LIBRARY_REASON },
  ]
}

// ---- Recovery points: browsing by day and time ----

/** YYYY-MM-DD of a simulated time; the console shows time in UTC. */
export function dayKey(at: SimTime): string {
  return new Date(at).toISOString().slice(0, 10)
}

/** The days that hold recovery points (bold in the calendar), oldest first. */
export function recoveryDays(points: readonly RecoveryPoint[]): string[] {
  const days: string[] = []
  for (const point of points) {
    const day = dayKey(point.at)
    if (days[days.length - 1] !== day) days.push(day)
  }
  return days
}

/** The recovery times of one day, from points sorted oldest first. */
export function recoveryPointsOnDay(points: readonly RecoveryPoint[], day: string): RecoveryPoint[] {
  return points.filter((point) => dayKey(point.at) === day)
}

/**
 * Latest: the data source's most recent state DPM holds, the last synchronization when it came after the
 * last recovery point. Undefined when nothing can be recovered yet.
 */
export function latestRecoveryTime(
  dataSource: Pick<DataSource, 'lastSyncAt'>,
  points: readonly RecoveryPoint[],
): SimTime | undefined {
  const last = points[points.length - 1]
  if (!last) return undefined
  return Math.max(last.at, dataSource.lastSyncAt ?? last.at)
}

export const DATABASE_STATE_LABELS: Record<DatabaseStateAfterRecovery, string> = {
  operational: 'Leave database operational',
  'non-operational': 'Leave database non-operational but able to restore additional transaction logs',
}

/**
 * Latest recovers every log DPM holds, so the database comes back operational: DPM asks for the state only
 * for a recovery point, and only when a database is restored (a network-folder copy is files).
 */
export function databaseStateOptions(
  choice: RecoveryPointChoice,
  type: RecoveryType,
): DatabaseStateAfterRecovery[] {
  if (choice.kind === 'latest' || type === 'network-folder') return ['operational']
  return ['operational', 'non-operational']
}

// ---- Wizard pages ----

export type RecoveryWizardPage = 'review' | 'type' | 'location' | 'state' | 'options' | 'summary' | 'status'

export const RECOVERY_PAGE_TITLES: Record<RecoveryWizardPage, string> = {
  review: 'Review Recovery Selection',
  type: 'Select Recovery Type',
  location: 'Specify Alternate Recovery Location',
  state: 'Specify Database State',
  options: 'Specify Recovery Options',
  summary: 'Summary',
  status: 'Recovery Status',
}

/** The pages the wizard walks for the chosen type and point, in order. */
export function recoveryWizardPages(type: RecoveryType, choice: RecoveryPointChoice): RecoveryWizardPage[] {
  const pages: RecoveryWizardPage[] = ['review', 'type']
  if (type === 'any-instance' || type === 'network-folder') pages.push('location')
  if (databaseStateOptions(choice, type).length > 1) pages.push('state')
  pages.push('options', 'summary', 'status')
  return pages
}

// ---- Destination checks ----

const DATABASE_NAME_MAX = 128 // SQL Server's sysname
const DATABASE_NAME_FORBIDDEN = /[\\/:*?"<>|]/

/** The new database's name; the agent creates its files from it, hence the file-name characters. */
export function validateDatabaseName(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a database name.'
  if (name !== name.trim()) return 'A database name cannot begin or end with a space.'
  if (name.length > DATABASE_NAME_MAX)
    return `A database name can have at most ${DATABASE_NAME_MAX} characters.`
  if (DATABASE_NAME_FORBIDDEN.test(name)) return 'A database name cannot contain \\ / : * ? " < > |.'
  return nameCharactersProblem(name, 'A database name')
}

/** The destination as COMPUTER\INSTANCE, checked as typed; whether it exists is the agents' answer. */
export function validateInstancePath(text: string): string | undefined {
  if (!isInstancePath(text)) return 'Select a SQL Server instance, as COMPUTER\\INSTANCE.'
  return nameCharactersProblem(text, 'An instance path')
}

/** SQL Server compares database names case-insensitively (default collation). */
export function hasDatabaseNamed(existingNames: Iterable<string>, name: string): boolean {
  const wanted = name.toLowerCase()
  for (const existing of existingNames) if (existing.toLowerCase() === wanted) return true
  return false
}

export function nameConflictMessage(name: string, instancePath: string): string {
  return `A database named "${name}" already exists on ${instancePath}. Choose another database name. (ID: 30205)`
}

export interface NetworkFolder {
  server: string
  share: string
  folders: string[]
}

const UNC_MAX = 260
const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9.-]*$/
const PATH_FORBIDDEN = /[<>:"/|?*]/

/** A UNC path, \\server\share\folder, checked as it is typed: the first problem, or the parsed path. */
export function parseNetworkFolder(text: string): { folder: NetworkFolder } | { error: string } {
  const path = text.trim()
  if (path === '') return { error: 'Enter the network folder as a UNC path: \\\\server\\share\\folder.' }
  if (path.length > UNC_MAX) return { error: `A network path can have at most ${UNC_MAX} characters.` }
  if (!path.startsWith('\\\\')) return { error: 'A network folder is a UNC path that starts with \\\\.' }
  const [server = '', share = '', ...folders] = path.slice(2).replace(/\\$/, '').split('\\')
  if (server === '') return { error: 'Type the server name after \\\\.' }
  if (!SERVER_NAME.test(server))
    return { error: `"${server}" is not a valid server name: use letters, digits, hyphens and dots.` }
  if (share === '') return { error: `Type the share name after \\\\${server}\\.` }
  const parts = [share, ...folders]
  if (parts.some((part) => part === ''))
    return { error: 'The path has an empty folder name (two backslashes in a row).' }
  if (parts.some((part) => PATH_FORBIDDEN.test(part)))
    return { error: 'A share or folder name cannot contain < > : " / | ? *.' }
  const unsafe = nameCharactersProblem(path, 'A network path')
  if (unsafe) return { error: unsafe }
  return { folder: { server, share, folders } }
}

export interface AgentDirectory {
  computers: ReadonlyMap<string, ComputerFacts>
  /** A cluster by each of its virtual servers. */
  virtualServers: ReadonlyMap<string, ClusterFacts>
}

const nameKey = (name: string) => name.toLowerCase()

/** Indexes the agents' computer list once, so checking a destination never scans it. */
export function agentDirectory(
  computers: readonly ComputerFacts[],
  clusters: readonly ClusterFacts[],
): AgentDirectory {
  const virtualServers = new Map<string, ClusterFacts>()
  for (const cluster of clusters)
    for (const server of cluster.virtualServers) virtualServers.set(nameKey(server), cluster)
  return { computers: new Map(computers.map((c) => [nameKey(c.name), c])), virtualServers }
}

/** Why DPM cannot recover to this computer or virtual server, if it cannot: every node needs an agent. */
export function destinationAgentProblem(directory: AgentDirectory, name: string): string | undefined {
  const cluster = directory.virtualServers.get(nameKey(name))
  const names = cluster ? cluster.nodes : [name]
  const problems: string[] = []
  for (const node of names) {
    const computer = directory.computers.get(nameKey(node))
    if (!computer) problems.push(`${node} is not a computer known to the protection agents.`)
    else if (computer.agent.status === 'NotInstalled')
      problems.push(`The DPM protection agent is not installed on ${computer.name}.`)
    else if (computer.agent.status === 'Unreachable')
      problems.push(`The DPM protection agent on ${computer.name} is not reachable.`)
  }
  if (problems.length === 0) return undefined
  const fix = problems.some((p) => p.includes('not installed')) ? ' Install it from Management > Agents.' : ''
  return `${problems.join(' ')}${fix}`
}

/** Computers and virtual servers DPM can recover to: the agent runs on them (on every node of a cluster). */
export function destinationsWithAgent(
  computers: readonly ComputerFacts[],
  clusters: readonly ClusterFacts[],
): string[] {
  const directory = agentDirectory(computers, clusters)
  const names = [...computers.map((c) => c.name), ...clusters.flatMap((c) => c.virtualServers)]
  return names.filter((name) => destinationAgentProblem(directory, name) === undefined).sort()
}

// ---- The Protected data tree ----

export interface ProtectedDatabaseNode {
  dataSourceId: string
  /** The database as protected (stable across failovers). */
  path: string
  name: string
  inactive: boolean
  /** A mirrored database: both copies, the principal as DPM last saw it first. */
  partners?: [string, string]
}

export interface ProtectedInstanceNode {
  path: string
  name: string
  databases: ProtectedDatabaseNode[]
}

export interface ProtectedComputerNode {
  name: string
  instances: ProtectedInstanceNode[]
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name)

/**
 * Computer > instance > database over DPM's data sources, active and retained. A mirrored database shows
 * once, under its principal (S2: one replica for the mirror). A retained data source stays while it still
 * has recovery points; once they expired there is nothing to recover.
 */
export function protectedDataTree(
  dataSources: Iterable<DataSource>,
  points: RecoveryPoints,
): ProtectedComputerNode[] {
  const computers = new Map<string, Map<string, ProtectedDatabaseNode[]>>()
  for (const ds of dataSources) {
    const inactive = ds.groupId === undefined
    if (inactive && points.of(ds.id).length === 0) continue
    const principal = ds.mirror?.activePath ?? ds.path
    const { computer, instance, database } = splitDatabasePath(principal)
    const partners: [string, string] | undefined = ds.mirror
      ? [principal, ds.mirror.partners.find((p) => p !== principal) ?? ds.mirror.partners[1]]
      : undefined
    const instances = computers.get(computer) ?? new Map<string, ProtectedDatabaseNode[]>()
    computers.set(computer, instances)
    const databases = instances.get(instance) ?? []
    instances.set(instance, databases)
    databases.push({ dataSourceId: ds.id, path: ds.path, name: database, inactive, partners })
  }
  return [...computers]
    .map(([name, instances]) => ({
      name,
      instances: [...instances]
        .map(([instance, databases]) => ({
          path: `${name}\\${instance}`,
          name: instance,
          databases: databases.sort(byName),
        }))
        .sort(byName),
    }))
    .sort(byName)
}

// ---- The recovery job and its alerts ----

export function destinationLabel(destination: RecoveryDestination): string {
  return destination.kind === 'folder'
    ? destination.path
    : `${destination.instancePath}\\${destination.databaseName}`
}

export function destinationComputer(destination: RecoveryDestination): string {
  if (destination.kind === 'instance') return splitDatabasePath(destination.instancePath).computer
  const parsed = parseNetworkFolder(destination.path)
  return 'folder' in parsed ? parsed.folder.server : ''
}

/** Records the Recovery job, In progress from `now` (Monitoring > Jobs). */
export function startRecoveryJob(
  state: DpmServerState,
  spec: RecoverySpec,
  now: SimTime,
): { state: DpmServerState; jobId: string } {
  const ds = state.dataSources[spec.dataSourceId]
  if (!ds) throw new Error('The data source no longer exists on this DPM server.')
  const jobId = `job-${state.nextId}`
  const job: Job = {
    id: jobId,
    type: 'recovery',
    dataSourceId: ds.id,
    source: ds.path,
    computer: destinationComputer(spec.destination),
    groupName: groupNameOf(state, ds),
    status: 'in-progress',
    scheduledAt: now,
    startedAt: now,
    // The admin started it: the engine's one automatic row per data source is not this one.
    trigger: 'admin',
    recovery: spec,
  }
  return { state: { ...state, nextId: state.nextId + 1, jobs: [...state.jobs, job] }, jobId }
}

const groupNameOf = (state: DpmServerState, ds: DataSource) =>
  (ds.groupId && state.groups[ds.groupId]?.name) || ''

/** (design) A copy to a network folder moves the files over the LAN at 1 Gbps unless throttled. */
export const NETWORK_COPY_MBPS = 1000

/** Throttling caps the transfer: the job lasts at least size / bandwidth. */
export function recoveryDurationSec(agentDurationSec: number, sizeMb: number, throttleMbps?: number): number {
  if (!throttleMbps) return agentDurationSec
  return Math.max(agentDurationSec, Math.ceil((sizeMb * 8) / throttleMbps))
}

export type RecoveryOutcome =
  | { ok: true; durationSec: number; dataTransferredMb: number }
  | { ok: false; message: string }

/** Ends the Recovery job and raises Recovery succeeded (Informational) or Recovery failed (Critical). */
export function finishRecoveryJob(
  state: DpmServerState,
  jobId: string,
  spec: RecoverySpec,
  outcome: RecoveryOutcome,
  now: SimTime,
): DpmServerState {
  const job = state.jobs.find((j) => j.id === jobId)
  if (!job) return state
  const ended: Job = outcome.ok
    ? {
        ...job,
        status: 'completed',
        endedAt: (job.startedAt ?? now) + outcome.durationSec * 1000,
        dataTransferredMb: outcome.dataTransferredMb,
      }
    : { ...job, status: 'failed', endedAt: now, error: outcome.message }
  const next = { ...state, jobs: state.jobs.map((j) => (j.id === jobId ? ended : j)) }
  const subject = {
    dataSourceId: spec.dataSourceId,
    source: job.source,
    computer: job.computer,
    groupName: job.groupName,
  }
  const what = `${job.source} (recovery point of ${describeTime(spec.point.at)})`
  return outcome.ok
    ? raiseAlert(
        next,
        'recovery-succeeded',
        subject,
        `${what} was recovered to ${destinationLabel(spec.destination)}.${notifyNote(spec)}`,
        now,
      )
    : raiseAlert(
        next,
        'recovery-failed',
        subject,
        `The recovery of ${what} to ${destinationLabel(spec.destination)} failed: ${outcome.message}`,
        now,
      )
}

const notifyNote = (spec: RecoverySpec) =>
  spec.notify.length ? ` Notification recipients: ${spec.notify.join(', ')}.` : ''

const describeTime = (at: SimTime) => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`

export const RECOVERY_ALERT_LIFETIME_MS = 3 * 24 * 60 * 60_000

/**
 * "Recovery succeeded" is informational: it goes inactive 3 simulated days after it was (last) raised.
 * The scheduler calls this as the clock moves.
 */
export function expireRecoveryAlerts(state: DpmServerState, now: SimTime): DpmServerState {
  let changed = false
  const alerts = state.alerts.map((alert) => {
    if (alert.type !== 'recovery-succeeded' || alert.inactiveAt !== undefined) return alert
    const expiresAt = alert.lastSeenAt + RECOVERY_ALERT_LIFETIME_MS
    if (expiresAt > now) return alert
    changed = true
    return { ...alert, inactiveAt: expiresAt }
  })
  return changed ? { ...state, alerts } : state
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/

/** Recipients separated by commas or semicolons: the list, or the first address that is not one. */
export function parseRecipients(text: string): { recipients: string[] } | { error: string } {
  const recipients = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
  if (recipients.length === 0) return { error: 'Enter at least one e-mail address.' }
  const bad = recipients.find((address) => !EMAIL.test(address))
  return bad ? { error: `"${bad}" is not an e-mail address.` } : { recipients }
}

/** Network bandwidth usage throttling: 1 to 10,000 Mbps. */
export function validateThrottle(text: string): { mbps: number } | { error: string } {
  const mbps = Number(text.trim())
  if (text.trim() === '' || !Number.isInteger(mbps) || mbps < 1 || mbps > 10_000)
    return { error: 'Enter a whole number of Mbps from 1 to 10,000.' }
  return { mbps }
}

export const INTERRUPTED_RECOVERY_MESSAGE =
  'The console was closed or reloaded while this recovery ran, so DPM does not know how it ended: check the destination, then recover again.'

/**
 * Recovery jobs still In progress when the console starts ran in a page that is gone: nothing will finish
 * them, so they fail with that reason instead of staying In progress for ever.
 */
export function failInterruptedRecoveries(state: DpmServerState, now: SimTime): DpmServerState {
  const interrupted = state.jobs.filter((job) => job.type === 'recovery' && job.status === 'in-progress')
  let next = state
  for (const job of interrupted) {
    next = {
      ...next,
      jobs: next.jobs.map((j) =>
        j.id === job.id ? { ...j, status: 'failed', endedAt: now, error: INTERRUPTED_RECOVERY_MESSAGE } : j,
      ),
    }
    next = raiseAlert(
      next,
      'recovery-failed',
      {
        dataSourceId: job.dataSourceId,
        source: job.source,
        computer: job.computer,
        groupName: job.groupName,
      },
      `The recovery of ${job.source} was interrupted. ${INTERRUPTED_RECOVERY_MESSAGE}`,
      now,
    )
  }
  return next
}
