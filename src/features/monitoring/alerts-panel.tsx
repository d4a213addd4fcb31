// Monitoring > Alerts: the "Alerts" grid grouped as chosen, Show inactive alerts, and the selected alert's
// details.
import { Checkbox } from '@fluentui/react-components'
import { useMemo } from 'react'
import { useStore } from 'zustand'
import { useServer } from '../../dpm/use-server'
import { formatSimTime } from '../ui/format'
import type { GridColumn } from '../ui/virtual-tree-grid'
import { AlertDetails } from './alert-details'
import { groupAlerts, visibleAlerts } from './alert-view'
import { GroupedGrid } from './grouped-grid'
import styles from './monitoring.module.css'
import { monitoringViewStore, setMonitoringView } from './monitoring-view-store'

const COLUMNS: GridColumn[] = [
  { header: 'Severity', width: '110px' },
  { header: 'Alert', width: 'minmax(260px, 3fr)' },
  { header: 'Computer', width: 'minmax(120px, 1fr)' },
  { header: 'Protection Group', width: 'minmax(120px, 1fr)' },
  { header: 'Data Source', width: 'minmax(220px, 2fr)' },
  { header: 'Time raised', width: '170px' },
]

export function AlertsPanel() {
  const alerts = useServer((state) => state.alerts)
  const grouping = useStore(monitoringViewStore, (state) => state.alertGrouping)
  const showInactive = useStore(monitoringViewStore, (state) => state.showInactive)
  const shown = useMemo(() => visibleAlerts(alerts, showInactive), [alerts, showInactive])
  const groups = useMemo(() => groupAlerts(shown, grouping), [shown, grouping])
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
      <GroupedGrid
        label="Alerts"
        columns={COLUMNS}
        groups={groups}
        grouping={grouping}
        allItems={alerts}
        testIdPrefix="alert"
        emptyText={showInactive ? 'There are no alerts.' : 'There are no active alerts.'}
        renderCells={(alert) => [
          alert.severity,
          alert.inactiveAt === undefined ? alert.title : `${alert.title} (inactive)`,
          alert.computer,
          alert.groupName,
          alert.source,
          formatSimTime(alert.raisedAt),
        ]}
        renderDetails={(alert) => <AlertDetails alert={alert} />}
      />
    </>
  )
}
