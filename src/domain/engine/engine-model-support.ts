// For the engine's model-based tests only (docs/protection-states.md): a small estate and a DPM server driven
// by random histories of lab events, admin actions and clock advances, the invariants checked after every
// step, and the admin who heals the estate and follows the recommended actions of the active alerts.
import fc from 'fast-check'
import { expect } from 'vitest'
import {
  HR_DB as HR,
  PAYROLL_DB as PAYROLL,
  SALES_DB as SALES,
  SALES_MIRROR_COPY,
  WAREHOUSE_STD02 as WAREHOUSE_2,
  WAREHOUSE_STD03 as WAREHOUSE_3,
} from '../../agent-api/demo-estate'
import { joinPath, type SimTime } from '../estate/estate'
import {
  type Alert,
  type AlertType,
  type DataSource,
  DEFAULT_POLICY,
  type DpmServerState,
  EMPTY_SERVER_STATE,
  type Job,
  type ProtectionPolicy,
} from '../protection/protection'
import {
  createProtectionGroup,
  findDataSource,
  modifyProtectionGroup,
  stopProtection,
} from '../protection/protection-groups'
import { RecoveryPoints } from '../protection/recovery-points'
import { formatUtc, MINUTE_MS } from '../world/time'
import { backupToRetry, recommendedActions } from './alert-actions'
import { inactivateAlert, isActive } from './alerts'
import { AG_NODES, AG_ORDERS, agOrders, ORDERS_AG01 as ORDERS } from './availability-test-support'
import { conditionAlerts } from './backup-rules'
import { cancelJob, requestAdminJob, requestRetry } from './engine'
import { advanceTo, canonical, FakeEstate, recoveryPointKey } from './engine-test-support'
import { MEMBER_STATUS_TEXTS, type MemberStatusText, memberStatus } from './member-status'

export { HR, ORDERS, PAYROLL, SALES, WAREHOUSE_2, WAREHOUSE_3 }

const COMPUTERS = ['SQL-PRI01', 'SQL-MIR01', 'SQL-STD01', 'SQL-STD02', 'SQL-STD03', ...AG_NODES] as const
const BACKUP_PREFERENCES = ['SECONDARY', 'SECONDARY_ONLY', 'PRIMARY', 'NONE'] as const
const BACKUP_PRIORITIES = [0, 10, 50, 60, 100] as const
export const START = Date.parse('2026-01-05T09:00:00Z')
/** Every group keeps recovery points for one day, so that retention prunes within a history. */
const RETENTION_DAYS = 1

const LAB_OPERATIONS = [
  'failover',
  'principalFails',
  'failback',
  'breakMirror',
  'reestablish',
  'mirrorProtected', // S4: HRDB mirrored onto SQL-STD03
  'mirrorPartners', // S8: WarehouseDB of SQL-STD02 mirrored onto SQL-STD03, whose WarehouseDB may be protected
  'unreachable',
  'agent',
  'createDatabase',
  // Always On: AG-Orders (OrdersDB, ShippingDB) on SQL-AG01, SQL-AG02, SQL-AG03.
  'agFailover',
  'agPrimaryFails',
  'agReplicaOffline',
  'agReplicaOnline',
  'agPreference',
  'agPriority',
  'agExclude',
] as const
const ADMIN_OPERATIONS = [
  'createGroup',
  'modifyGroup',
  'stopRetain',
  'stopDelete',
  'protectAgain',
  'consistency-check',
  'express-full',
  'synchronization',
  'inactivateAlert',
  'retry',
  'cancel',
] as const

export type Step =
  | { kind: 'advance'; minutes: number; cut: number; reload: boolean }
  | { kind: 'lab'; operation: (typeof LAB_OPERATIONS)[number]; target: number }
  | { kind: 'admin'; operation: (typeof ADMIN_OPERATIONS)[number]; target: number }

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 60, max: 1_500 })),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      reload: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('lab' as const),
      operation: fc.constantFrom(...LAB_OPERATIONS),
      target: fc.nat(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('admin' as const),
      operation: fc.constantFrom(...ADMIN_OPERATIONS),
      target: fc.nat(),
    }),
  },
)

/** The state as a reload gives it back: written as JSON (the points as plain objects) and read again. */
function reloaded(state: DpmServerState): DpmServerState {
  const written = JSON.parse(JSON.stringify(state))
  return { ...written, recoveryPoints: RecoveryPoints.from(written.recoveryPoints) }
}

function policyFor(target: number, now: SimTime): ProtectionPolicy {
  return {
    ...DEFAULT_POLICY,
    retentionDays: RETENTION_DAYS,
    syncFrequency: target % 3 === 0 ? 60 : 15,
    replicaCreation:
      target % 5 === 1
        ? { method: 'manual' }
        : target % 5 === 2
          ? { method: 'later', at: now + (target % 7) * 60 * MINUTE_MS }
          : { method: 'now' },
    consistencyCheck: {
      onInconsistent: target % 4 !== 3,
      daily: target % 6 === 5 ? { start: '02:00', maxDurationHours: 4 } : undefined,
    },
  }
}

const pick = <T>(items: readonly T[], target: number): T | undefined =>
  items[target % Math.max(1, items.length)]

/** One history: the estate, the DPM server and the simulated time, with what the invariants need to know. */
export class ModelWorld {
  readonly estate = new FakeEstate()
  state: DpmServerState = EMPTY_SERVER_STATE
  now = START
  /**
   * Alerts the admin inactivated, by data source and type: while the condition holds it may go without an
   * active alert, even once the inactive alert has left the history (7 days, history.ts); the admin still
   * knows it, and the member's status on the Protection tab still says it.
   */
  private readonly inactivatedByAdmin = new Map<string, Alert>()
  /** Data sources whose recovery points the admin deleted (Stop protection, delete replica). */
  private readonly deleted = new Set<string>()
  private groups = 0
  private databases = 0

  constructor() {
    this.estate.add(SALES).add(HR).add(PAYROLL, 'SIMPLE').add(WAREHOUSE_2).add(WAREHOUSE_3)
    this.estate.addAvailabilityGroup(agOrders())
    this.estate.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', START - MINUTE_MS)
    // 4: synchronization every 15 minutes, replica now, a check when a replica becomes inconsistent.
    this.protect([SALES, HR, PAYROLL, WAREHOUSE_3], 4)
    // 9: the same every hour, so that the availability group's database adds few recovery points to check.
    this.protect([ORDERS], 9)
    this.settle()
  }

  apply(step: Step): void {
    const before = this.state
    if (step.kind === 'advance') this.advance(step)
    else if (step.kind === 'lab') this.lab(step.operation, step.target)
    else this.admin(step.operation, step.target)
    this.checkInvariants(before)
  }

  // ---- steps --------------------------------------------------------------------------------------------

  private advance(step: Extract<Step, { kind: 'advance' }>): void {
    const until = this.now + step.minutes * MINUTE_MS
    const cut = this.now + Math.floor(step.minutes * step.cut) * MINUTE_MS
    const whole = advanceTo(this.state, this.estate, until)
    // Advancing by A then B equals advancing by A + B, with a save and reload in the middle or not.
    const first = advanceTo(this.state, this.estate, cut)
    const split = advanceTo(step.reload ? reloaded(first) : first, this.estate, until)
    expect(canonical(split)).toEqual(canonical(whole))
    this.state = whole
    this.now = until
  }

  private lab(operation: (typeof LAB_OPERATIONS)[number], target: number): void {
    const { estate, now } = this
    const sales = estate.sessionOf(SALES) ? SALES : SALES_MIRROR_COPY
    try {
      if (operation === 'failover') estate.failover(sales, now)
      else if (operation === 'principalFails') estate.principalFails(sales, now)
      else if (operation === 'failback') estate.failback(sales, now)
      else if (operation === 'breakMirror')
        estate.breakMirror(pick(this.mirroredPaths(), target) ?? SALES, now)
      else if (operation === 'reestablish')
        estate.reestablish(pick([...estate.broken.keys()], target) ?? SALES, now)
      else if (operation === 'mirrorProtected') estate.establish(HR, 'SQL-STD03\\MSSQLSERVER', now)
      else if (operation === 'mirrorPartners') estate.establish(WAREHOUSE_2, 'SQL-STD03\\MSSQLSERVER', now)
      else if (operation === 'unreachable') {
        const computer = pick(COMPUTERS, target) as string
        estate.setUnreachable(computer, !estate.unreachable.has(computer), now)
      } else if (operation === 'agent') {
        const computer = pick(COMPUTERS, target) as string
        estate.setAgent(computer, estate.withoutAgent.has(computer), now)
      } else if (operation === 'createDatabase')
        estate.createDatabase(joinPath('SQL-STD01\\MSSQLSERVER', `NewDB${++this.databases}`), now)
      else this.availabilityEvent(operation, target)
    } catch {
      // SQL Server refuses it in this state (a failback of a database that is not mirrored...): nothing happens.
    }
    // The lab's change reaches DPM through /changes at once, as the console's scheduler runs after it.
    this.settle()
  }

  /** A lab event of AG-Orders; SQL Server refuses what its state does not allow (it throws). */
  private availabilityEvent(operation: (typeof LAB_OPERATIONS)[number], target: number): void {
    const groups = this.estate.availability
    const record = this.estate.recorder(this.now)
    const node = pick(AG_NODES, target) as string
    if (operation === 'agFailover') groups.failover(AG_ORDERS, target, record)
    else if (operation === 'agPrimaryFails') groups.primaryFails(AG_ORDERS, record)
    else if (operation === 'agReplicaOffline') groups.setOnline(AG_ORDERS, node, false, record)
    else if (operation === 'agReplicaOnline') groups.setOnline(AG_ORDERS, node, true, record)
    else if (operation === 'agPreference')
      groups.setPreference(AG_ORDERS, pick(BACKUP_PREFERENCES, target) ?? 'SECONDARY', record)
    else if (operation === 'agPriority') {
      const priority = pick(BACKUP_PRIORITIES, Math.floor(target / AG_NODES.length)) ?? 50
      groups.setReplica(AG_ORDERS, node, { backupPriority: priority }, record)
    } else if (operation === 'agExclude')
      groups.setReplica(AG_ORDERS, node, { excludedFromBackup: target % 2 === 0 }, record)
  }

  private admin(operation: (typeof ADMIN_OPERATIONS)[number], target: number): void {
    const active = Object.values(this.state.dataSources).filter((ds) => ds.groupId !== undefined)
    const ds = pick(active, target)
    try {
      switch (operation) {
        case 'createGroup': {
          const candidates = this.protectable()
          const chosen = candidates.filter((_, index) => (target >> index) & 1)
          if (chosen.length > 0) this.protect(chosen, target)
          break
        }
        case 'modifyGroup': {
          const group = pick(Object.values(this.state.groups), target)
          if (!group) break
          const members = Object.values(this.state.dataSources)
            .filter((member) => member.groupId === group.id)
            .map((member) => this.specOf(member.mirror?.activePath ?? member.path, member))
          const policy = { ...group.policy, syncFrequency: group.policy.syncFrequency === 15 ? 30 : 15 }
          this.state = modifyProtectionGroup(
            this.state,
            group.id,
            { name: group.name, members, autoProtectInstances: [], policy },
            this.now,
          ).state
          break
        }
        case 'stopRetain':
          if (ds) this.state = stopProtection(this.state, ds.id, 'retain', this.now)
          break
        case 'stopDelete':
          if (ds) {
            this.deleted.add(ds.id)
            this.state = stopProtection(this.state, ds.id, 'delete', this.now)
          }
          break
        case 'protectAgain': {
          const retained = Object.values(this.state.dataSources).filter((d) => d.groupId === undefined)
          const again = pick(retained, target)
          const path = again && this.principalOf(again.path)
          if (path && this.protectable().includes(path)) this.protect([path], target)
          break
        }
        case 'inactivateAlert': {
          const alert = pick(this.state.alerts.filter(isActive), target)
          if (!alert) break
          if (alert.dataSourceId !== undefined)
            this.inactivatedByAdmin.set(conditionKey(alert.dataSourceId, alert.type), alert)
          this.state = inactivateAlert(this.state, alert.id, this.now)
          break
        }
        case 'retry':
        case 'cancel': {
          const candidates = this.state.jobs.filter((job) =>
            operation === 'retry'
              ? job.status === 'failed' && job.type !== 'recovery'
              : job.status === 'scheduled' || job.status === 'in-progress',
          )
          const job = pick(candidates, target)
          if (!job) break
          this.state =
            operation === 'retry'
              ? requestRetry(this.state, job.id, this.now).state
              : cancelJob(this.state, job.id, this.now)
          break
        }
        default:
          if (ds) this.state = requestAdminJob(this.state, ds.id, operation, this.now).state
      }
    } catch {
      // DPM refuses it with a message (a retry of a job whose data source left protection...): nothing changes.
    }
    this.settle()
  }

  /** Runs what fell due now, as the console does after every change. */
  private settle(): void {
    this.state = advanceTo(this.state, this.estate, this.now)
  }

  // ---- the estate as the wizard sees it -------------------------------------------------------------------

  private mirroredPaths(): string[] {
    return this.estate.paths().filter((path) => this.estate.sessionOf(path))
  }

  /**
   * The copy the wizard protects: the principal of a mirrored database, the primary's copy of a database of
   * an availability group, the database itself otherwise.
   */
  private principalOf(path: string): string {
    return this.estate.sessionOf(path)?.principal ?? this.estate.availability.primaryCopyOf(path) ?? path
  }

  /** Online databases whose agent answers and that no active data source protects (as Select Group Members). */
  protectable(): string[] {
    const paths = new Set<string>()
    for (const path of this.estate.paths()) {
      const principal = this.principalOf(path)
      const facts = this.estate.facts(principal).facts
      const partner = this.estate.sessionOf(path)?.mirror
      if (facts?.state !== 'ONLINE' || (partner && !this.estate.facts(partner).facts)) continue
      const spec = this.estate.member(principal)
      if (findDataSource(this.state, spec, (ds) => ds.groupId !== undefined)) continue
      paths.add(principal)
    }
    return [...paths]
  }

  private specOf(path: string, ds?: DataSource) {
    const spec = this.estate.member(path)
    // A member DPM keeps as it protected it (Modify group does not change what a data source is).
    return ds?.mirror ? { ...spec, path: ds.mirror.partners[0], mirror: ds.mirror } : spec
  }

  private protect(paths: string[], target: number): void {
    this.state = createProtectionGroup(
      this.state,
      {
        name: `Group ${++this.groups}`,
        members: paths.map((path) => this.estate.member(path)),
        autoProtectInstances: [],
        policy: policyFor(target, this.now),
      },
      this.now,
    ).state
  }

  // ---- healing -------------------------------------------------------------------------------------------

  /**
   * Agents back and reachable, every broken mirroring session re-established between its partners, every
   * replica of AG-Orders online with its configured backup priority and the group's preference Prefer secondary.
   */
  healEstate(): void {
    this.estate.availability.heal(AG_ORDERS, agOrders(), this.estate.recorder(this.now))
    for (const computer of [...this.estate.withoutAgent]) this.estate.setAgent(computer, true, this.now)
    for (const computer of [...this.estate.unreachable]) this.estate.setUnreachable(computer, false, this.now)
    for (const path of [...this.estate.broken.keys()]) {
      if (this.estate.broken.has(path)) this.estate.reestablish(path, this.now)
    }
    this.settle()
  }

  /** The admin follows the recommended actions of every alert whose condition holds, as Monitoring offers them. */
  followRecommendedActions(): void {
    const reprotect = new Set<string>()
    // An alert the admin inactivated while its condition still holds is read under Show inactive alerts.
    const followed = new Map(this.inactivatedByAdmin)
    for (const alert of this.state.alerts.filter(isActive))
      followed.set(
        alert.dataSourceId === undefined ? alert.id : conditionKey(alert.dataSourceId, alert.type),
        alert,
      )
    for (const alert of followed.values()) {
      const ds = alert.dataSourceId === undefined ? undefined : this.state.dataSources[alert.dataSourceId]
      if (!ds || !alertHolds(alert.type, ds)) continue
      const [action] = recommendedActions({ ...alert, inactiveAt: undefined }, ds)
      if (action === 'stop-and-reprotect') {
        reprotect.add(ds.id)
      } else if (action === 'run-consistency-check' || action === 'retry-backup') {
        const type = action === 'retry-backup' ? backupToRetry(this.state.jobs, ds.id) : 'consistency-check'
        if (!this.running(ds.id)) this.state = requestAdminJob(this.state, ds.id, type, this.now).state
      }
    }
    const stopped = [...reprotect].map((id) => this.state.dataSources[id] as DataSource)
    for (const ds of stopped) this.state = stopProtection(this.state, ds.id, 'retain', this.now)
    // S4, S5, S8: protect again what was stopped (the principal, for mirror partners: one replica).
    for (const ds of stopped) {
      const path = this.principalOf(ds.path)
      if (this.protectable().includes(path)) this.protect([path], 0)
    }
    this.settle()
  }

  /** Moves the clock without the A + B checks (the healing loop). */
  advanceBy(minutes: number): void {
    this.now += minutes * MINUTE_MS
    this.state = advanceTo(this.state, this.estate, this.now)
  }

  private running(dsId: string): Job | undefined {
    return this.state.jobs.find((job) => job.dataSourceId === dsId && job.status === 'in-progress')
  }

  /** The data source protecting a database path (active or retained). */
  dataSourceOf(path: string): DataSource {
    const ds = Object.values(this.state.dataSources).find((candidate) => candidate.path === path)
    if (!ds) throw new Error(`no data source for ${path}`)
    return ds
  }

  /** The `target` of an admin step that acts on the active data source of this path. */
  targetOf(path: string): number {
    const active = Object.values(this.state.dataSources).filter((ds) => ds.groupId !== undefined)
    const index = active.findIndex((ds) => ds.path === path)
    if (index < 0) throw new Error(`${path} is not protected`)
    return index
  }

  statusOf(ds: DataSource): MemberStatusText {
    return memberStatus(ds, this.running(ds.id)).text
  }

  // ---- the invariants ------------------------------------------------------------------------------------

  checkInvariants(before: DpmServerState): void {
    const { state, now } = this
    const active = Object.values(state.dataSources).filter((ds) => ds.groupId !== undefined)
    const activeIds = new Set(active.map((ds) => ds.id))

    // No scheduled job or promised time lies in the past: a row due earlier waits for the running job.
    for (const job of state.jobs) {
      if (job.status !== 'scheduled' || job.type === 'recovery') continue
      expect(activeIds.has(job.dataSourceId ?? ''), `a scheduled row of an unprotected ${job.source}`).toBe(
        true,
      )
      if (job.scheduledAt < now)
        expect(this.running(job.dataSourceId ?? ''), `${job.id} is in the past`).toBeDefined()
    }
    for (const ds of active) {
      if (ds.condition.kind === 'cc-scheduled' && ds.condition.at < now)
        expect(this.running(ds.id), `the check of ${ds.path} was promised for the past`).toBeDefined()
    }

    // Every active alert's condition holds now, and every condition that holds has its one active alert.
    const activeAlerts = state.alerts.filter(isActive)
    const keys = activeAlerts.map((alert) => `${alert.dataSourceId ?? alert.source}|${alert.type}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const alert of activeAlerts) {
      if (alert.dataSourceId === undefined) continue
      const ds = state.dataSources[alert.dataSourceId]
      expect(ds?.groupId, `${alert.title} is active for a data source that is not protected`).toBeDefined()
      if (ds)
        expect(
          alertHolds(alert.type, ds),
          `${alert.title} for ${ds.path} (${ds.condition.kind}, replica ${ds.replica})`,
        ).toBe(true)
    }
    // The admin's inactivation covers a condition while it lasts: once it clears, the next one needs its alert.
    const holding = new Set(
      active.flatMap((ds) => requiredAlerts(ds).map((type) => conditionKey(ds.id, type))),
    )
    for (const key of this.inactivatedByAdmin.keys())
      if (!holding.has(key)) this.inactivatedByAdmin.delete(key)
    for (const ds of active) {
      for (const type of requiredAlerts(ds)) {
        const shown =
          activeAlerts.some((alert) => alert.dataSourceId === ds.id && alert.type === type) ||
          this.inactivatedByAdmin.has(conditionKey(ds.id, type))
        expect(shown, `${ds.path} is ${ds.condition.kind}/${ds.replica} without a "${type}" alert`).toBe(true)
      }
      // S7's alert promises the time the check really runs.
      if (ds.condition.kind === 'cc-scheduled') {
        const tookOver = activeAlerts.find((a) => a.dataSourceId === ds.id && a.type === 'mirror-took-over')
        if (tookOver) expect(tookOver.description).toContain(formatUtc(ds.condition.at))
      }
    }

    // Every status is a state of the model and agrees with what happened: no OK after a failed job.
    for (const ds of active) {
      const status = this.statusOf(ds)
      expect(MEMBER_STATUS_TEXTS).toContain(status)
      const last = lastFinishedJob(state.jobs, ds.id)
      if (last?.status === 'failed') expect(status, `${ds.path} is OK after ${last.error}`).not.toBe('OK')
    }

    // No job ever runs against a mirror copy, nor on a replica the group's backup preference did not allow then.
    expect(this.estate.mirrorCopyRequests).toEqual([])
    expect(this.estate.availability.disallowedRequests).toEqual([])
    // Recovery points of a database of an availability group say which replica's copy they came from.
    // (One expect for all of them: an expect per point costs more than the rest of the step.)
    const unnamed = state.recoveryPoints
      .toArray()
      .filter(
        (point) =>
          state.dataSources[point.dataSourceId]?.availability !== undefined &&
          !/\\(OrdersDB|ShippingDB)$/.test(point.replica ?? ''),
      )
    expect(unnamed, 'recovery points of an availability group database without their replica').toEqual([])

    // Recovery points vanish only by retention or an explicit delete.
    const kept = new Set(state.recoveryPoints.toArray().map(recoveryPointKey))
    for (const point of before.recoveryPoints) {
      if (kept.has(recoveryPointKey(point)) || this.deleted.has(point.dataSourceId)) continue
      expect(point.at + RETENTION_DAYS * 24 * 60 * MINUTE_MS).toBeLessThanOrEqual(now)
    }
  }
}

/** Whether an alert's condition holds for its data source (docs/protection-states.md, "Alerts"). */
function alertHolds(type: AlertType, ds: DataSource): boolean {
  switch (type) {
    case 'replica-inconsistent':
      return ds.replica === 'inconsistent'
    case 'manual-replica-pending':
      return ds.replica === 'manual-pending'
    case 'recovery-point-failed':
      // Also a backup refused before the replica exists.
      return (
        conditionAlerts(ds.condition).includes(type) ||
        ds.replica === 'creation-pending' ||
        ds.replica === 'manual-pending'
      )
    case 'recovery-succeeded':
    case 'recovery-failed':
      return true
    default:
      return conditionAlerts(ds.condition).includes(type)
  }
}

const conditionKey = (dataSourceId: string, type: AlertType) => `${dataSourceId}:${type}`

/** The alerts a data source's state calls for. */
function requiredAlerts(ds: DataSource): AlertType[] {
  const types: AlertType[] = []
  if (ds.condition.kind === 'failed') types.push(ds.condition.alert)
  if (ds.condition.kind === 'cc-scheduled') types.push('mirror-took-over')
  if (ds.replica === 'inconsistent') types.push('replica-inconsistent')
  if (ds.replica === 'manual-pending') types.push('manual-replica-pending')
  return types
}

function lastFinishedJob(jobs: readonly Job[], dsId: string): Job | undefined {
  let last: Job | undefined
  for (const job of jobs) {
    if (job.dataSourceId !== dsId || job.type === 'recovery' || job.endedAt === undefined) continue
    if (job.status === 'scheduled' || job.status === 'in-progress') continue
    if (!last || (job.endedAt as number) >= (last.endedAt as number)) last = job
  }
  return last
}
