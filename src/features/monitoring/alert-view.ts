// The Monitoring tab's alerts: which are shown and how they are grouped.
import type { Alert, Severity } from '../../domain/protection/protection'
import { groupItems, type ItemGroup } from './grouping-view'

export type AlertGrouping = 'severity' | 'group' | 'computer'

export const ALERT_GROUPING_LABELS: Record<AlertGrouping, string> = {
  severity: 'Severity',
  group: 'Protection group',
  computer: 'Computer',
}

const SEVERITY_ORDER: readonly Severity[] = ['Critical', 'Warning', 'Informational']
const NO_GROUP = '(no protection group)'

/** Active alerts, or all of them with **Show inactive alerts**; the most recent first. */
export function visibleAlerts(alerts: readonly Alert[], showInactive: boolean): Alert[] {
  return alerts
    .filter((alert) => showInactive || alert.inactiveAt === undefined)
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt || b.raisedAt - a.raisedAt)
}

export function groupAlerts(alerts: readonly Alert[], by: AlertGrouping): ItemGroup<Alert>[] {
  switch (by) {
    case 'severity':
      return groupItems(alerts, (alert) => alert.severity, undefined, SEVERITY_ORDER)
    case 'group':
      return groupItems(alerts, (alert) => alert.groupName || NO_GROUP)
    case 'computer':
      return groupItems(alerts, (alert) => alert.computer)
  }
}
