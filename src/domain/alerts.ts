// DPM's alert catalog and the rule that keeps one active alert per data source and condition: a repeat
// updates the alert (last seen, occurrences) instead of raising another.
import type { SimTime } from './estate'
import type { Alert, AlertType, DpmServerState, Severity } from './protection'

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

/** Raises an alert, or refreshes the active one of the same type for the same data source. */
export function raiseAlert(
  state: DpmServerState,
  type: AlertType,
  subject: AlertSubject,
  description: string,
  at: SimTime,
): DpmServerState {
  const existing = state.alerts.find(
    (alert) =>
      isActive(alert) &&
      alert.type === type &&
      alert.dataSourceId === subject.dataSourceId &&
      alert.source === subject.source,
  )
  if (existing) {
    const updated: Alert = { ...existing, description, lastSeenAt: at, occurrences: existing.occurrences + 1 }
    return { ...state, alerts: state.alerts.map((alert) => (alert === existing ? updated : alert)) }
  }
  const { title, severity } = ALERT_CATALOG[type]
  const alert: Alert = {
    id: `alert-${state.nextId}`,
    type,
    severity,
    title,
    description,
    ...subject,
    raisedAt: at,
    lastSeenAt: at,
    occurrences: 1,
  }
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
