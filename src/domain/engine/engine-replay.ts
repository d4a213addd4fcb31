// The engine's working copy of the DPM server during one run: the pending jobs in a time-ordered queue, the
// data sources' next automatic rows, busy data sources, recovery points and an alert index. It mutates its
// own copies only, so that the engine stays a pure function of (state, input).

import type { SimTime } from '../estate/estate'
import type {
  AlertType,
  DataSource,
  DpmServerState,
  Job,
  ProtectionCondition,
  ProtectionGroup,
} from '../protection/protection'
import {
  type RecoveryPointKind,
  RecoveryPoints,
  type RecoveryPointsDraft,
} from '../protection/recovery-points'
import { archiveForReports, removedItems } from '../reports/reports-history'
import { formatUtc, startOfUtcDay } from '../world/time'
import { AlertLedger } from './alerts'
import { availabilityGroupNow, copiesOf, copyOn } from './availability-copies'
import {
  type BackupJobRequest,
  type BackupOutcome,
  type BackupResults,
  ByBackupJob,
  requestsAt,
} from './backup-requests'
import {
  alertForAgentError,
  conditionAlerts,
  currentPrincipal,
  decideJob,
  describeAgentFailure,
  describeCheckNotRun,
  describeFailbackBeforeCheck,
  describeInterruptedJob,
  describeMirrorTookOver,
  describeSessionRenewed,
  FAILOVER_CHECK_DELAY_MS,
  type FactsLookup,
  type JobDecision,
  type ProtectionJobType,
  ROLE_CHANGE_KINDS,
} from './backup-rules'
import { CompletedSynchronizations } from './completed-synchronizations'
import { type BoundedJobHistory, boundAlertHistory, boundJobHistory, rowsOf } from './history'
import {
  autoJobId,
  computerOf,
  jobSequence,
  newJobRow,
  plannedComputerOf,
  type StartedRun,
  startedRow,
} from './job-rows'
import { MinHeap } from './min-heap'
import { splitExpiredRecoveryPoints } from './retention'
import {
  autoRowStands,
  cursorBefore,
  cursorPast,
  hasLogBackups,
  nextAutoJob,
  nextSyncSlot,
  regularSynchronizations,
  SLOT_RANK,
  type SlotCursor,
} from './schedule'

/** An estate change as the agent API's /changes reports it. */
export interface EstateChangeRecord {
  seq: number
  at: SimTime
  kind: string
  summary: string
  databases: readonly string[]
}

// Before the agent answered, a job is projected as a success that takes no time (see runEngine).
const ASSUMED_SUCCESS: BackupOutcome = { ok: true, dataTransferredMb: 0, durationSec: 0 }

// Alerts that a successful backup clears, and those that only a consistency check clears.
const BACKUP_FAILURE_ALERTS: readonly AlertType[] = [
  'mirrored-after-protection',
  'mirror-broken',
  'protected-partners',
  'recovery-point-failed',
  'agent-unreachable',
  'ag-no-backup-replica',
]
const CHECK_ALERTS: readonly AlertType[] = [
  ...BACKUP_FAILURE_ALERTS,
  'mirror-took-over',
  'consistency-check-required',
  'replica-inconsistent',
  'manual-replica-pending',
]

/** Recovery points from synchronizations only where SQL Server keeps a log to back up. */
const synchronizationMakesPoint = (ds: DataSource): boolean => hasLogBackups(ds) && !ds.readOnly

const RECOVERY_POINT_OF: Partial<Record<ProtectionJobType, RecoveryPointKind>> = {
  'express-full': 'express-full',
  synchronization: 'synchronization',
  'replica-creation': 'replica',
}

interface QueueEntry {
  time: SimTime
  /** Completions before starts at one time: a data source that frees up can start its next job then. */
  phase: 0 | 1
  scheduledAt: SimTime
  rank: number
  /** Data sources in creation order, then their jobs: an order that does not depend on where a run stops. */
  order: number
  jobId: string
}

const rankOf = (job: Job): number => SLOT_RANK[job.type as keyof typeof SLOT_RANK] ?? 3

function entryBefore(a: QueueEntry, b: QueueEntry): boolean {
  if (a.time !== b.time) return a.time < b.time
  if (a.phase !== b.phase) return a.phase < b.phase
  if (a.scheduledAt !== b.scheduledAt) return a.scheduledAt < b.scheduledAt
  if (a.rank !== b.rank) return a.rank < b.rank
  if (a.order !== b.order) return a.order < b.order
  return a.jobId < b.jobId
}

function cached<V>(map: Map<string, V>, key: string, compute: (key: string) => V): V {
  const known = map.get(key)
  if (known !== undefined) return known
  const value = compute(key)
  map.set(key, value)
  return value
}

/** Jobs the engine runs; recovery jobs (and rows it did not start) belong to their own owners. */
const isEngineJob = (job: Job): boolean =>
  job.type !== 'recovery' &&
  job.dataSourceId !== undefined &&
  (job.status === 'scheduled' || (job.status === 'in-progress' && job.dueEndAt !== undefined))

export interface ReplayInput {
  facts: FactsLookup
  results: Pick<BackupResults, 'find' | 'inOrder'>
  /**
   * Only find the agent requests the run needs (assuming success where no result is known): no job rows,
   * recovery points or alerts are recorded, which makes a projection cheap.
   */
  projectOnly?: boolean
}

export class EngineReplay {
  readonly dataSources: Record<string, DataSource>
  private readonly groups: Record<string, ProtectionGroup>
  private readonly pending = new Map<string, Job>()
  private readonly finished: Job[] = []
  /** The synchronizations of runs replayed in one go: rows are built for those the history keeps. */
  private readonly synchronizations = new CompletedSynchronizations()
  private readonly foreign: Job[] = []
  private readonly autoRows = new Map<string, string>()
  /** Data sources with a job the admin asked for: their jobs all go through the queue. */
  private readonly withAdminJobs = new Set<string>()
  private readonly busyUntil = new Map<string, SimTime>()
  /** Data sources with a consistency check or replica creation running: their next row waits for its end. */
  private readonly checking = new Set<string>()
  private readonly recoveryPoints: RecoveryPointsDraft
  /**
   * The ends of the jobs of the points this run recorded over a midnight, by data source and date (a point is
   * dated by its job's start): that midnight's disk snapshot must not count them. Any other point was recorded
   * on its date's day.
   */
  private readonly recordedOverMidnight = new Map<string, Map<SimTime, SimTime>>()
  private readonly alerts: AlertLedger
  private readonly queue = new MinHeap<QueueEntry>(entryBefore)
  private readonly standalonePaths = new Set<string>()
  private readonly computers = new Map<string, string>()
  private readonly order = new Map<string, number>()
  private readonly copied = new Set<string>()
  private readonly recording: boolean
  /** The end of the run: a job that ends by then completes when it starts (nothing can interrupt it). */
  private until = Number.NEGATIVE_INFINITY
  readonly missing = new ByBackupJob<BackupJobRequest>()
  private nextId: number

  constructor(
    private readonly state: DpmServerState,
    private readonly input: ReplayInput,
  ) {
    this.recording = !input.projectOnly
    this.dataSources = { ...state.dataSources }
    this.groups = state.groups
    this.recoveryPoints = (this.recording ? state.recoveryPoints : RecoveryPoints.NONE).draft()
    this.alerts = new AlertLedger(this.recording ? state.alerts : [])
    this.nextId = state.nextId
    for (const ds of Object.values(state.dataSources)) {
      if (ds.groupId !== undefined && !ds.mirror && !ds.availability) this.standalonePaths.add(ds.path)
    }
    for (const job of state.jobs) {
      if (!isEngineJob(job)) {
        ;(job.status === 'scheduled' || job.status === 'in-progress' ? this.foreign : this.finished).push(job)
        continue
      }
      const dsId = job.dataSourceId as string
      this.pending.set(job.id, job)
      if (job.status === 'in-progress') {
        this.busyUntil.set(dsId, Math.max(this.busyUntil.get(dsId) ?? 0, job.dueEndAt as SimTime))
        if (job.type === 'consistency-check' || job.type === 'replica-creation') this.checking.add(dsId)
      } else if (job.trigger !== 'admin') {
        this.autoRows.set(dsId, job.id)
      } else {
        this.withAdminJobs.add(dsId)
      }
    }
    for (const job of this.pending.values()) this.enqueue(job, Number.NEGATIVE_INFINITY)
  }

  // ---- the event loop ---------------------------------------------------------------------------------

  /** Runs every job start and completion due at or before `until`, in time order. */
  run(until: SimTime): void {
    this.until = until
    for (let entry = this.queue.peek(); entry && entry.time <= until; entry = this.queue.peek()) {
      this.queue.pop()
      const job = this.pending.get(entry.jobId)
      if (!job) continue
      if (entry.phase === 0) {
        if (job.status === 'in-progress' && job.dueEndAt === entry.time) this.complete(job, entry.time)
      } else if (job.status === 'scheduled') {
        this.start(job, entry.time)
      }
    }
  }

  /** Queues a job's next event, never before `now` (a row planned for a past slot starts now). */
  private enqueue(job: Job, now: SimTime): void {
    const dsId = job.dataSourceId ?? ''
    const rank = rankOf(job)
    // ds-12 -> 12: data sources in creation order.
    const order = cached(this.order, dsId, jobSequence)
    if (job.status === 'in-progress' && job.dueEndAt !== undefined) {
      this.queue.push({
        time: job.dueEndAt,
        phase: 0,
        scheduledAt: job.scheduledAt,
        rank,
        order,
        jobId: job.id,
      })
    } else if (job.status === 'scheduled') {
      const time = Math.max(job.scheduledAt, this.busyUntil.get(dsId) ?? 0, now)
      this.queue.push({ time, phase: 1, scheduledAt: job.scheduledAt, rank, order, jobId: job.id })
    }
  }

  /** The run's own copy of a data source, made on the first write (the input state is never changed). */
  private writable(ds: DataSource): DataSource {
    if (this.copied.has(ds.id)) return ds
    const copy = { ...ds }
    this.dataSources[ds.id] = copy
    this.copied.add(ds.id)
    return copy
  }

  private computerOf(path: string): string {
    return cached(this.computers, path, computerOf)
  }

  private start(job: Job, at: SimTime): void {
    const known = this.dataSources[job.dataSourceId ?? '']
    const group = known?.groupId === undefined ? undefined : this.groups[known.groupId]
    if (!known || !group) {
      this.drop(job)
      return
    }
    const busy = this.busyUntil.get(known.id)
    if (busy !== undefined && busy > at) {
      // A data source runs one job at a time: this one starts when the running one ends.
      this.enqueue(job, at)
      return
    }
    const ds = this.withCopiesSeen(known)
    const auto = job.trigger !== 'admin'
    if (auto && this.autoRows.get(ds.id) === job.id) this.autoRows.delete(ds.id)
    const type = job.type as ProtectionJobType
    const decision = decideJob({ ds, type, facts: this.input.facts, standalonePaths: this.standalonePaths })
    if (decision.kind === 'fail') this.failAtStart(job, ds, decision, at)
    else if (decision.kind === 'mirror-took-over') this.mirrorTookOver(job, ds, decision.principal, at)
    else if (decision.kind === 'session-renewed') this.sessionRenewed(job, ds, decision, at)
    const started =
      decision.kind === 'run'
        ? this.runOnAgent(job, this.adoptSession(ds, decision.sessionId), decision.target, at)
        : undefined
    this.reschedule(ds.id, auto ? cursorPast(job.scheduledAt, type) : cursorBefore(at), at)
    // Within a run the estate does not change: a job that ends by the end of the run completes now.
    if (!started) return
    const dueEndAt = started.dueEndAt as SimTime
    this.complete(job, dueEndAt, started)
    // Yet the data source stays busy until that end, as it would had the run stopped in between and a
    // reload rebuilt the running job: rows due meanwhile wait for it (advancing by A then B equals A + B).
    this.busyUntil.set(ds.id, dueEndAt)
    if (type === 'synchronization' && auto && decision.kind === 'run')
      this.runSynchronizations(ds.id, job.scheduledAt, at, dueEndAt)
  }

  /**
   * After a scheduled synchronization that succeeded within the run: the data source's next synchronizations,
   * up to its next job of another kind, run here one after another while the agent reports them as successes
   * (or, projecting, has not answered yet). Within a run only its own jobs change a data source, and a success
   * raises no alert (it takes no id), so running them before the other data sources' jobs of the same hours
   * gives the state the queue would give, without a row planned, queued and decided for each one (a week of
   * 15-minute synchronizations at 2,000 databases is 1.3 million). Anything else stops it: the queue goes on.
   */
  private runSynchronizations(
    dsId: string,
    scheduledAt: SimTime,
    startedAt: SimTime,
    endedAt: SimTime,
  ): void {
    const ds = this.dataSources[dsId]
    const group = ds?.groupId === undefined ? undefined : this.groups[ds.groupId]
    // The row reschedule() planned next, which this takes over.
    const row = this.pending.get(this.autoRows.get(dsId) ?? '')
    if (!ds || !group || !row || this.withAdminJobs.has(dsId)) return
    if (row.type !== 'synchronization' || row.trigger !== 'schedule') return
    const decision = decideJob({
      ds,
      type: 'synchronization',
      facts: this.input.facts,
      standalonePaths: this.standalonePaths,
    })
    if (decision.kind !== 'run' || this.withCopiesSeen(ds) !== ds) return
    if (decision.sessionId !== undefined && decision.sessionId !== ds.mirror?.sessionId) return
    const source = decision.target
    const computer = this.computerOf(source)
    const answers = this.input.results.inOrder(dsId, source, 'synchronization')
    // The jobs the agent has not answered: asked as runs 15 minutes apart, not job by job.
    const asked: SimTime[] = []
    const makesPoint = synchronizationMakesPoint(ds)
    if (this.recording)
      this.synchronizations.startRun({ dataSourceId: dsId, source, computer, groupName: group.name })
    let ran = 0
    let at = row.scheduledAt
    const nextRegular = regularSynchronizations(group.policy, cursorPast(at, 'synchronization'))
    for (;;) {
      const start = Math.max(at, endedAt, startedAt)
      if (start > this.until) break
      const answer = answers.read(at)
      if (answer === 'failed') break
      // Projected as an instant success, as runOnAgent does.
      if (answer === 'unknown') asked.push(at)
      const durationSec = answer === 'ok' ? answers.durationSec : 0
      const dataTransferredMb = answer === 'ok' ? answers.dataTransferredMb : 0
      const end = start + Math.round(durationSec * 1000)
      if (end > this.until) break
      if (this.recording) {
        this.synchronizations.add(at, start, end, dataTransferredMb)
        if (makesPoint) this.recordPoint(ds, 'synchronization', start, dataTransferredMb, source, end)
      }
      ran++
      // The parameters (the synchronization the queue ran) now say which one of the run ran last.
      scheduledAt = at
      startedAt = start
      endedAt = end
      const regular = nextRegular(at, Math.max(end, start))
      if (regular !== undefined) {
        at = regular
        continue
      }
      const plan = nextAutoJob(ds, group.policy, cursorPast(at, 'synchronization'), Math.max(end, start))
      if (plan?.type !== 'synchronization' || plan.trigger !== 'schedule') break
      at = plan.at
    }
    const job = { dataSourceId: dsId, path: source, kind: 'synchronization' as const }
    for (const request of requestsAt(job, asked)) this.missing.set(request, request)
    if (ran === 0) return
    // The planned row ran: its queue entry finds no pending job. The next one is planned as after any job.
    this.pending.delete(row.id)
    this.autoRows.delete(dsId)
    const next = this.writable(ds)
    next.lastSyncAt = endedAt
    if (makesPoint) next.lastRecoveryPointAt = startedAt
    this.busyUntil.set(dsId, endedAt)
    this.reschedule(dsId, cursorPast(scheduledAt, 'synchronization'), startedAt)
  }

  /** A database of an availability group: the copies DPM sees on the group's replicas now, kept for later runs. */
  private withCopiesSeen(ds: DataSource): DataSource {
    const group = ds.availability && availabilityGroupNow(ds, this.input.facts)
    if (!group || !ds.availability) return ds
    const copies = copiesOf(ds, group)
    if (copies.join('|') === (ds.availability.copies ?? []).join('|')) return ds
    const next = this.writable(ds)
    next.availability = { ...ds.availability, copies }
    return next
  }

  /**
   * Starts the job on the agent. A job that ends after the run stays in progress; for one that ends within
   * it, returns what the start set (the caller completes it at once); undefined when it failed or waits.
   */
  private runOnAgent(job: Job, ds: DataSource, target: string, at: SimTime): StartedRun | undefined {
    const type = job.type as ProtectionJobType
    const dataSourceId = job.dataSourceId as string
    const admin = job.trigger === 'admin'
    let result = this.input.results.find(dataSourceId, target, type, admin ? job.id : job.scheduledAt)
    if (!result) {
      const request: BackupJobRequest = { dataSourceId, path: target, kind: type, at: job.scheduledAt }
      if (admin) request.job = job.id
      this.missing.set(request, request)
      result = ASSUMED_SUCCESS
    }
    if (!result.ok) {
      const error = result.error
      this.failAtStart(
        job,
        ds,
        {
          kind: 'fail',
          target,
          alert: alertForAgentError(error),
          error: error.message,
          description: describeAgentFailure(target, error),
          condition: true,
        },
        at,
      )
      return undefined
    }
    const dueEndAt = at + Math.round(result.durationSec * 1000)
    const started: StartedRun = {
      source: target,
      computer: this.computerOf(target),
      startedAt: at,
      dueEndAt,
      dataTransferredMb: result.dataTransferredMb,
    }
    this.busyUntil.set(ds.id, dueEndAt)
    if (type === 'consistency-check' || type === 'replica-creation') this.checking.add(ds.id)
    if (dueEndAt <= this.until) return started
    const running = startedRow(job, started, 'in-progress')
    this.pending.set(job.id, running)
    this.enqueue(running, at)
    return undefined
  }

  /** Completes a job; `started` holds what its start set when it completes in the same step. */
  private complete(job: Job, at: SimTime, started: StartedRun = job): void {
    // Built only when recorded: a projection completes 100,000s of jobs a day and keeps none of them.
    this.pending.delete(job.id)
    if (this.recording) this.finished.push(startedRow(job, started, 'completed', at))
    const dsId = job.dataSourceId as string
    this.busyUntil.delete(dsId)
    this.checking.delete(dsId)
    const ds = this.dataSources[dsId]
    if (!ds) return
    const type = job.type as ProtectionJobType
    const startedAt = started.startedAt ?? at
    const source = started.source ?? job.source
    // The hot path of a long advance: the run's own copy of the data source is updated in place.
    const next = this.writable(ds)
    next.lastSyncAt = at
    const pointKind = RECOVERY_POINT_OF[type]
    if (pointKind && (type !== 'synchronization' || synchronizationMakesPoint(ds))) {
      if (this.recording)
        this.recordPoint(ds, pointKind, startedAt, started.dataTransferredMb ?? 0, source, at)
      next.lastRecoveryPointAt = startedAt
    }
    const check = type === 'consistency-check' || type === 'replica-creation'
    if (check) {
      next.replica = 'ok'
      next.condition = { kind: 'ok' }
      // S7: protection continues on the copy the check ran on, the principal now.
      if (next.mirror) next.mirror = { ...next.mirror, activePath: source }
    } else if (next.condition.kind === 'failed') {
      next.condition = { kind: 'ok' }
    }
    if (this.recording) this.alerts.resolve(dsId, check ? CHECK_ALERTS : BACKUP_FAILURE_ALERTS, at)
    if (check)
      this.reschedule(
        dsId,
        job.trigger !== 'admin' ? cursorPast(job.scheduledAt, type) : cursorBefore(at),
        at,
      )
  }

  /** A recovery point dated by its job's start, recorded when the job ended (`end`). */
  private recordPoint(
    ds: DataSource,
    kind: RecoveryPointKind,
    at: SimTime,
    sizeMb: number,
    copy: string,
    end: SimTime,
  ): void {
    // One timeline across failovers: each point says which replica's copy it was taken on.
    this.recoveryPoints.record(ds.id, at, kind, sizeMb, ds.availability ? copy : undefined)
    if (startOfUtcDay(end - 1) < at) return
    let ends = this.recordedOverMidnight.get(ds.id)
    if (!ends) {
      ends = new Map()
      this.recordedOverMidnight.set(ds.id, ends)
    }
    ends.set(at, end)
  }

  private failAtStart(
    job: Job,
    ds: DataSource,
    decision: Extract<JobDecision, { kind: 'fail' }>,
    at: SimTime,
  ): void {
    this.failOn(job, decision.target, decision.error, at)
    this.raise(ds, decision.alert, decision.target, decision.description, at)
    if (!decision.condition) return
    const next = this.setCondition(ds, this.failedCondition(ds, decision.alert, at), at)
    // A consistency check that could not run leaves the replica to be checked again.
    if (job.type === 'consistency-check')
      this.markInconsistent(next, decision.target, describeCheckNotRun(ds, decision.error), at)
  }

  // S7: the mirror took over -> stop the backup, consistency check 30 minutes after detection.
  private mirrorTookOver(job: Job, ds: DataSource, principal: string, at: SimTime): void {
    const checkAt = at + FAILOVER_CHECK_DELAY_MS
    this.finish(job, {
      status: 'failed',
      startedAt: at,
      endedAt: at,
      error: `Backup stopped: the mirror ${principal} took over as principal. A consistency check will run at ${formatUtc(checkAt)}.`,
    })
    this.raise(ds, 'mirror-took-over', principal, describeMirrorTookOver(ds, principal, checkAt), at)
    this.setCondition(ds, { kind: 'cc-scheduled', at: checkAt, detectedAt: at }, at)
  }

  // S5's remedy: mirroring re-established between the same partners, as a new session. The copies were
  // reseeded outside DPM, so the replica is checked for consistency before backups go on.
  private sessionRenewed(
    job: Job,
    ds: DataSource,
    decision: Extract<JobDecision, { kind: 'session-renewed' }>,
    at: SimTime,
  ): void {
    const error = describeSessionRenewed(ds, decision.sessionId)
    this.failOn(job, decision.target, error, at)
    const renewed = this.setCondition(this.adoptSession(ds, decision.sessionId), { kind: 'ok' }, at)
    this.markInconsistent(renewed, decision.principal, error, at)
  }

  /** The data source follows the mirroring session now joining its two partners. */
  private adoptSession(ds: DataSource, sessionId: string | undefined): DataSource {
    if (!ds.mirror || sessionId === undefined || ds.mirror.sessionId === sessionId) return ds
    const next = { ...ds, mirror: { ...ds.mirror, sessionId } }
    this.dataSources[ds.id] = next
    return next
  }

  // ---- estate changes between runs --------------------------------------------------------------------

  /** Applies the estate changes reported since the last run (each happened at its own simulated time). */
  applyChanges(changes: readonly EstateChangeRecord[]): void {
    for (const change of [...changes].sort((a, b) => a.seq - b.seq)) {
      if (change.databases.length === 0) continue
      const touched = new Set(change.databases)
      const touches = (ds: DataSource, extra?: string) =>
        (ds.mirror?.partners ?? [ds.path]).some((path) => touched.has(path)) ||
        (extra !== undefined && touched.has(extra))
      for (const job of [...this.pending.values()]) {
        const ds = this.dataSources[job.dataSourceId ?? '']
        if (!ds || job.status !== 'in-progress' || !touches(ds, job.source)) continue
        // A database of an availability group: a failover does not stop a job whose replica is still there.
        if (ds.availability && this.replicaStands(ds, job.source)) continue
        // S6: a change while a backup of the database is in progress fails that job (and S7 applies).
        if ((job.startedAt ?? 0) <= change.at && change.at < (job.dueEndAt ?? 0))
          this.interrupt(job, ds, change)
      }
      for (const ds of Object.values(this.dataSources)) {
        if (ds.condition.kind === 'cc-scheduled' && touches(ds)) this.detectFailback(ds, change.at)
      }
    }
  }

  /** Whether the replica a job of an availability group's database runs on is online, with its copy. */
  private replicaStands(ds: DataSource, copy: string): boolean {
    const group = availabilityGroupNow(ds, this.input.facts)
    const replica = group?.replicas.find((candidate) => copyOn(ds, candidate.instance) === copy)
    return replica?.online === true && this.input.facts.get(copy)?.facts?.state === 'ONLINE'
  }

  private interrupt(job: Job, ds: DataSource, change: EstateChangeRecord): void {
    this.finish(job, {
      status: 'failed',
      endedAt: change.at,
      dueEndAt: undefined,
      error: `The job was interrupted: ${change.summary}`,
    })
    this.freeUp(ds.id, change.at)
    const principal = currentPrincipal(ds, this.input.facts)
    const rolesMoved = principal !== undefined && principal !== ds.mirror?.activePath
    // Without a replica yet there is nothing to check: the replica creation runs again on the principal.
    const hasReplica = ds.replica === 'ok' || ds.replica === 'inconsistent'
    if (ds.mirror && hasReplica && (ROLE_CHANGE_KINDS.has(change.kind) || rolesMoved)) {
      // S6 -> S7: the backup in progress at the moment of the role change is stopped, check in 30 minutes.
      const checkAt = change.at + FAILOVER_CHECK_DELAY_MS
      this.raise(
        ds,
        'mirror-took-over',
        principal ?? job.source,
        describeInterruptedJob(ds, checkAt, change.summary),
        change.at,
      )
      this.setCondition(ds, { kind: 'cc-scheduled', at: checkAt, detectedAt: change.at }, change.at)
    } else {
      // The rule that applies now says why (S4, S5, an unreachable agent); otherwise the change itself.
      const now = decideJob({
        ds,
        type: job.type as ProtectionJobType,
        facts: this.input.facts,
        standalonePaths: this.standalonePaths,
      })
      const error = { code: 'Interrupted', message: `The job was interrupted: ${change.summary}` }
      const alert = now.kind === 'fail' ? now.alert : 'recovery-point-failed'
      const description = now.kind === 'fail' ? now.description : describeAgentFailure(job.source, error)
      this.raise(ds, alert, job.source, description, change.at)
      const failed = this.setCondition(ds, this.failedCondition(ds, alert, change.at), change.at)
      if (job.type === 'consistency-check')
        this.markInconsistent(failed, job.source, describeCheckNotRun(ds, error.message), change.at)
    }
    this.reschedule(ds.id, cursorBefore(change.at), change.at)
  }

  /** S7: a failback within the 30 minutes is detected at the next scheduled slot, where the check then runs. */
  private detectFailback(ds: DataSource, at: SimTime): void {
    const { condition, mirror } = ds
    const group = ds.groupId === undefined ? undefined : this.groups[ds.groupId]
    if (condition.kind !== 'cc-scheduled' || !mirror || !group || at < condition.detectedAt) return
    if (currentPrincipal(ds, this.input.facts) !== mirror.activePath) return
    const slot = nextSyncSlot(group.policy, cursorPast(at, 'synchronization'))
    if (slot === undefined || slot >= condition.at) return
    const next = this.setCondition(ds, { ...condition, at: slot }, at)
    // The alert promised the later time: it now says when the check really runs.
    this.raise(next, 'mirror-took-over', mirror.activePath, describeFailbackBeforeCheck(ds, slot), at)
    this.reschedule(ds.id, cursorBefore(at), at)
  }

  // ---- rows and records -------------------------------------------------------------------------------

  /**
   * Keeps exactly one automatic row for the data source: its next job after the cursor, or none while it
   * waits. `now` is the time of the event: synchronization slots before it (or before the data source is free)
   * are coalesced into the next one.
   */
  reschedule(dsId: string, cursor: SlotCursor, now: SimTime): void {
    if (this.checking.has(dsId)) return
    const ds = this.dataSources[dsId]
    const group = ds?.groupId === undefined ? undefined : this.groups[ds.groupId]
    const free = Math.max(this.busyUntil.get(dsId) ?? 0, now)
    const plan = ds && group ? nextAutoJob(ds, group.policy, cursor, free) : undefined
    const existing = this.pending.get(this.autoRows.get(dsId) ?? '')
    if (existing && autoRowStands(existing, plan)) return
    if (existing) {
      // A row that never ran is a forecast: it is replaced, not recorded.
      this.pending.delete(existing.id)
      this.autoRows.delete(dsId)
    }
    if (!ds || !group || !plan) return
    const row = newJobRow(
      autoJobId(dsId, plan.type, plan.at),
      ds,
      group.name,
      plan,
      plannedComputerOf(ds, (path) => this.computerOf(path)),
    )
    this.pending.set(row.id, row)
    this.autoRows.set(dsId, row.id)
    this.enqueue(row, now)
  }

  /** Cancel (Monitoring > Jobs): a scheduled row does not run; a running job stops where it is. */
  cancel(job: Job, at: SimTime): void {
    const ds = this.dataSources[job.dataSourceId ?? '']
    const wasRunning = job.status === 'in-progress'
    const wasAuto = job.trigger !== 'admin'
    if (wasAuto && this.autoRows.get(job.dataSourceId ?? '') === job.id)
      this.autoRows.delete(job.dataSourceId ?? '')
    this.finish(job, {
      status: 'canceled',
      endedAt: at,
      dueEndAt: undefined,
      error: 'Canceled by the administrator.',
    })
    if (!ds) return
    if (wasRunning) this.freeUp(ds.id, at)
    // A consistency check that did not finish, or one that DPM's rules asked for, leaves the replica
    // inconsistent; a daily scheduled check that is called off does not.
    const neededCheck = wasRunning || (wasAuto && (job.trigger ?? 'schedule') !== 'schedule')
    if (job.type === 'consistency-check' && neededCheck) {
      // S7's booked check called off: DPM no longer promises it; the replica waits for a check.
      const next = ds.condition.kind === 'cc-scheduled' ? this.setCondition(ds, { kind: 'ok' }, at) : ds
      this.markInconsistent(
        next,
        job.source,
        `The consistency check of ${ds.path} was canceled: the replica is inconsistent. All protection jobs for the data source will fail until the replica is synchronized using consistency check.`,
        at,
      )
    }
    this.reschedule(
      ds.id,
      wasAuto && !wasRunning ? cursorPast(job.scheduledAt, job.type) : cursorBefore(at),
      at,
    )
  }

  /** A running job ended early: the rows waiting for the data source may start from `at`. */
  private freeUp(dsId: string, at: SimTime): void {
    this.busyUntil.delete(dsId)
    this.checking.delete(dsId)
    for (const job of this.pending.values()) {
      if (job.dataSourceId === dsId && job.status === 'scheduled') this.enqueue(job, at)
    }
  }

  job(jobId: string): Job | undefined {
    return this.pending.get(jobId)
  }

  /**
   * Moves a data source to a new protection condition (docs/protection-states.md). The alerts of the condition
   * it leaves go inactive: an active alert always speaks of the condition the data source is in.
   */
  private setCondition(ds: DataSource, condition: ProtectionCondition, at: SimTime): DataSource {
    const next = { ...ds, condition }
    this.dataSources[ds.id] = next
    if (this.recording) {
      const kept = new Set(conditionAlerts(condition))
      const left = conditionAlerts(ds.condition).filter((type) => !kept.has(type))
      if (left.length > 0) this.alerts.resolve(ds.id, left, at)
    }
    return next
  }

  /** A failure of protection: the condition names the alert the failure raised (one failure at a time). */
  private failedCondition(ds: DataSource, alert: AlertType, at: SimTime): ProtectionCondition {
    const previous = ds.condition
    return previous.kind === 'failed' && previous.alert === alert
      ? previous
      : { kind: 'failed', alert, since: at }
  }

  /** The replica can no longer be trusted: it waits for a consistency check, with its alert. */
  private markInconsistent(ds: DataSource, copy: string, description: string, at: SimTime): DataSource {
    if (ds.replica === 'creation-pending' || ds.replica === 'manual-pending') return ds
    const next = { ...ds, replica: 'inconsistent' as const }
    this.dataSources[ds.id] = next
    this.raise(next, 'replica-inconsistent', copy, description, at)
    return next
  }

  private raise(ds: DataSource, type: AlertType, copy: string, description: string, at: SimTime): void {
    if (!this.recording) return
    const groupName = ds.groupId === undefined ? '' : (this.groups[ds.groupId]?.name ?? '')
    this.alerts.raise(
      type,
      { dataSourceId: ds.id, source: ds.path, computer: this.computerOf(copy), groupName },
      description,
      at,
      () => `alert-${this.nextId++}`,
    )
  }

  /** A job that failed as it started, on the copy it was to work on. */
  private failOn(job: Job, target: string, error: string, at: SimTime): void {
    this.finish(job, {
      status: 'failed',
      source: target,
      computer: this.computerOf(target),
      startedAt: at,
      endedAt: at,
      error,
    })
  }

  private finish(job: Job, changes: Partial<Job>): void {
    this.pending.delete(job.id)
    if (this.recording) this.finished.push({ ...job, ...changes })
  }

  private drop(job: Job): void {
    this.pending.delete(job.id)
    if (this.autoRows.get(job.dataSourceId ?? '') === job.id) this.autoRows.delete(job.dataSourceId ?? '')
  }

  // ---- the result -------------------------------------------------------------------------------------

  /** The new server state; with `until`, recovery points expire and the history is bounded as of then. */
  toState(until?: SimTime, changeSeq?: number): DpmServerState {
    const jobs = [...this.finished, ...this.foreign, ...this.pending.values()]
    const bounded: BoundedJobHistory =
      until === undefined
        ? { jobs: [...jobs, ...rowsOf(this.synchronizations)], summary: this.state.jobHistory }
        : boundJobHistory(jobs, this.state.jobHistory, until, this.synchronizations)
    const recoveryPoints = this.recoveryPoints.toPoints()
    const points =
      until === undefined
        ? { kept: recoveryPoints, expired: RecoveryPoints.NONE }
        : splitExpiredRecoveryPoints(
            { groups: this.groups, dataSources: this.dataSources },
            recoveryPoints,
            until,
          )
    const alerts = until === undefined ? this.alerts.alerts : boundAlertHistory(this.alerts.alerts, until)
    const next: DpmServerState = {
      ...this.state,
      dataSources: this.dataSources,
      jobs: bounded.jobs,
      recoveryPoints: points.kept,
      alerts,
      nextId: this.nextId,
      changeSeq: Math.max(this.state.changeSeq, changeSeq ?? 0),
    }
    if (bounded.summary) next.jobHistory = bounded.summary
    if (until !== undefined) {
      // What leaves the live history is kept, by day, for the Reporting tab's longer periods.
      const reportHistory = archiveForReports(
        this.state.reportHistory,
        {
          jobs: bounded.removed ?? [],
          unbuiltJobs: { jobs: this.synchronizations, indexes: bounded.removedUnbuilt ?? [] },
          points: points.expired,
          alerts: removedItems(this.alerts.alerts, alerts),
        },
        { groups: this.groups, dataSources: this.dataSources, recoveryPoints },
        until,
        (dataSourceId, at) => this.recordedOverMidnight.get(dataSourceId)?.get(at) ?? at,
      )
      if (reportHistory) next.reportHistory = reportHistory
    }
    return next
  }
}
