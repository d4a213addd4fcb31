// Monitoring > Alerts: the "Alerts" grid grouped as chosen, Show inactive alerts, and the selected alert's
// details.
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { groupAlerts, visibleAlerts } from '../../domain/alert-view'
import { type GroupedRow, groupedRows } from '../../domain/grouping-view'
import type { Alert } from '../../domain/protection'
import { useServer } from '../../dpm/use-server'
import { formatSimTime } from '../ui/format'
import { type GridColumn, VirtualTreeGrid } from '../ui/virtual-tree-grid'
import { AlertDetails } from './alert-details'
import { monitoringViewStore, setMonitoringView } from './monitoring-view-store'
import { useCollapsedGroups } from './use-collapsed-groups'

const COLUMNS: GridColumn[] = [
  { header: 'Severity', width: '110px' },
  { header: 'Alert', width: 'minmax(260px, 3fr)' },
  { header: 'Computer', width: 'minmax(120px, 1fr)' },
  { header: 'Protection Group', width: 'minmax(120px, 1fr)' },
  { header: 'Data Source', width: 'minmax(220px, 2fr)' },
  { header: 'Time raised', width: '170px' },
]

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalXS,
  },
  count: { color: tokens.colorNeutralForeground3 },
})

type Row = GroupedRow<Alert> & { testId?: string }

export function AlertsPanel() {
  const styles = useStyles()
  const alerts = useServer((state) => state.alerts)
  const grouping = useStore(monitoringViewStore, (state) => state.alertGrouping)
  const showInactive = useStore(monitoringViewStore, (state) => state.showInactive)
  const [collapsed, toggle] = useCollapsedGroups(grouping)
  const [selectedId, setSelectedId] = useState<string>()

  const shown = useMemo(() => visibleAlerts(alerts, showInactive), [alerts, showInactive])
  const rows = useMemo(
    () =>
      groupedRows(groupAlerts(shown, grouping), collapsed, (alert) => alert.id).map(
        (row): Row => (row.kind === 'item' ? { ...row, testId: `alert:${row.item.id}` } : row),
      ),
    [shown, grouping, collapsed],
  )
  // Selection follows the alert, even when it becomes inactive and drops out of the list.
  const selected = selectedId ? alerts.find((alert) => alert.id === selectedId) : undefined
  const activeCount = shown.filter((alert) => alert.inactiveAt === undefined).length

  return (
    <>
      <div className={styles.bar}>
        <Checkbox
          label="Show inactive alerts"
          checked={showInactive}
          onChange={(_, data) => setMonitoringView({ showInactive: data.checked === true })}
        />
        <span className={styles.count}>
          {activeCount} active {activeCount === 1 ? 'alert' : 'alerts'}
        </span>
      </div>
      <VirtualTreeGrid
        label="Alerts"
        role="grid"
        columns={COLUMNS}
        rows={rows}
        selectedKey={selected?.id}
        onSelect={(row) => (row.kind === 'group' ? toggle(row.key) : setSelectedId(row.item.id))}
        onToggle={(row) => toggle(row.key)}
        emptyText={showInactive ? 'There are no alerts.' : 'There are no active alerts.'}
        renderCells={(row) => {
          if (row.kind === 'group') return [`${row.label} (${row.count})`]
          const alert = row.item
          return [
            alert.severity,
            alert.inactiveAt === undefined ? alert.title : `${alert.title} (inactive)`,
            alert.computer,
            alert.groupName,
            alert.source,
            formatSimTime(alert.raisedAt),
          ]
        }}
      />
      {selected && <AlertDetails alert={selected} />}
    </>
  )
}
