// DPM's alert catalog and the rule that keeps one active alert per data source and condition: a repeat
// updates the alert (last seen, occurrences) instead of raising another.
import type { SimTime } from '../estate/estate'
import type { Alert, AlertType, DpmServerState, Severity } from '../protection/protection'

export const ALERT_CATALOG: Record<AlertType, { title: string; severity: Severity }> = {
  // S4
  'mirrored-after-protection': { title: 'Protected database is now mirrored', severity: 'Critical' },
  // S5
  'mirror-broken': { title: 'Database mirroring session is broken', severity: 'Critical' },
  // S7
  'mirror-took-over': { title: 'Mirror took over as principal: backups stopped', severity: 'Warning' },
  'consistency-check-required': { title: 'Consistency check required', severity: 'Critical' },
  // S8
  'protected-partners': {
    title: 'Protection failed: protected databases are now mirror partners',
    severity: 'Critical',
  },
  'replica-inconsistent': { title: 'Replica is inconsistent', severity: 'Critical' },
  'recovery-point-failed': { title: 'Recovery point creation failed', severity: 'Critical' },
  'agent-unreachable': { title: 'Protection agent is not reachable', severity: 'Warning' },
  'manual-replica-pending': { title: 'Manual replica pending', severity: 'Informational' },
  'recovery-succeeded': { title: 'Recovery succeeded', severity: 'Informational' },
  'recovery-failed': { title: 'Recovery failed', severity: 'Critical' },
  // A new database of an auto-protected instance that the daily auto protection job could not add.
  'auto-protection-failed': { title: 'Auto protection failed', severity: 'Warning' },
  // Always On: the group's backup preference allows no replica that can take the backup now.
  'ag-no-backup-replica': {
    title: 'No availability group replica can be backed up',
    severity: 'Critical',
  },
}

export interface AlertSubject {
  dataSourceId?: string
  source: string
  computer: string
  groupName: string
}

export function isActive(alert: Alert): boolean {
  return alert.inactiveAt === undefined
}

/**
 * One active alert per data source and condition: a data source's alerts are keyed by its id (its path or the
 * copy a job worked on may change with a failover), alerts without a data source by their source.
 */
function alertKey(type: AlertType, subject: Pick<AlertSubject, 'dataSourceId' | 'source'>): string {
  return subject.dataSourceId !== undefined
    ? `${type}|ds|${subject.dataSourceId}`
    : `${type}|src|${subject.source}`
}

function newAlert(
  id: string,
  type: AlertType,
  subject: AlertSubject,
  description: string,
  at: SimTime,
): Alert {
  const { title, severity } = ALERT_CATALOG[type]
  return { id, type, severity, title, description, ...subject, raisedAt: at, lastSeenAt: at, occurrences: 1 }
}

const repeated = (alert: Alert, subject: AlertSubject, description: string, at: SimTime): Alert => ({
  ...alert,
  ...subject,
  description,
  lastSeenAt: at,
  occurrences: alert.occurrences + 1,
})

/** Raises an alert, or refreshes the active one of the same type for the same data source. */
export function raiseAlert(
  state: DpmServerState,
  type: AlertType,
  subject: AlertSubject,
  description: string,
  at: SimTime,
): DpmServerState {
  const key = alertKey(type, subject)
  const index = state.alerts.findIndex((alert) => isActive(alert) && alertKey(alert.type, alert) === key)
  const existing = state.alerts[index]
  if (existing) {
    const alerts = state.alerts.slice()
    alerts[index] = repeated(existing, subject, description, at)
    return { ...state, alerts }
  }
  const alert = newAlert(`alert-${state.nextId}`, type, subject, description, at)
  return { ...state, nextId: state.nextId + 1, alerts: [...state.alerts, alert] }
}

/** The condition cleared: the data source's active alerts of these types become inactive. */
export function resolveAlerts(
  state: DpmServerState,
  dataSourceId: string,
  types: readonly AlertType[],
  at: SimTime,
): DpmServerState {
  let changed = false
  const alerts = state.alerts.map((alert) => {
    if (!isActive(alert) || alert.dataSourceId !== dataSourceId || !types.includes(alert.type)) return alert
    changed = true
    return { ...alert, inactiveAt: at }
  })
  return changed ? { ...state, alerts } : state
}

/** The admin's **Inactivate alert**. */
export function inactivateAlert(state: DpmServerState, alertId: string, at: SimTime): DpmServerState {
  return {
    ...state,
    alerts: state.alerts.map((alert) =>
      alert.id === alertId && isActive(alert) ? { ...alert, inactiveAt: at } : alert,
    ),
  }
}

/**
 * The same rules as raiseAlert and resolveAlerts over an index of the active alerts, for the engine that
 * replays thousands of jobs in one run (a scan of every alert per job would not scale).
 */
export class AlertLedger {
  readonly alerts: Alert[]
  private readonly active = new Map<string, number>()
  private readonly activeByDataSource = new Map<string, Set<string>>()

  constructor(alerts: readonly Alert[]) {
    this.alerts = alerts.slice()
    this.alerts.forEach((alert, index) => {
      if (isActive(alert)) this.index(alertKey(alert.type, alert), index, alert.dataSourceId)
    })
  }

  /** Raises or refreshes an alert; `newId` is called only when a new alert is needed. */
  raise(type: AlertType, subject: AlertSubject, description: string, at: SimTime, newId: () => string): void {
    const key = alertKey(type, subject)
    const index = this.active.get(key)
    const existing = index === undefined ? undefined : this.alerts[index]
    if (index !== undefined && existing) {
      this.alerts[index] = repeated(existing, subject, description, at)
      return
    }
    this.alerts.push(newAlert(newId(), type, subject, description, at))
    this.index(key, this.alerts.length - 1, subject.dataSourceId)
  }

  resolve(dataSourceId: string, types: readonly AlertType[], at: SimTime): void {
    const keys = this.activeByDataSource.get(dataSourceId)
    if (!keys) return
    for (const type of types) {
      const key = alertKey(type, { dataSourceId, source: '' })
      const index = this.active.get(key)
      const alert = index === undefined ? undefined : this.alerts[index]
      if (index === undefined || !alert) continue
      this.alerts[index] = { ...alert, inactiveAt: at }
      this.active.delete(key)
      keys.delete(key)
    }
  }

  private index(key: string, index: number, dataSourceId: string | undefined): void {
    this.active.set(key, index)
    if (dataSourceId === undefined) return
    const keys = this.activeByDataSource.get(dataSourceId) ?? new Set<string>()
    this.activeByDataSource.set(dataSourceId, keys)
    keys.add(key)
  }
}
