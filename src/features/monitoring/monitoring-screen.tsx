// DPM's Monitoring tab: a navigation pane (Alerts or Jobs, and how the list is grouped), the list, and the
// details of the selected item.
import { Field, Select } from '@fluentui/react-components'
import { useState } from 'react'
import { useStore } from 'zustand'
import { NavigationPaneScreen } from '../ui/navigation-pane-screen'
import type { TabChoice } from '../ui/tabs'
import { ALERT_GROUPING_LABELS, type AlertGrouping } from './alert-view'
import { AlertsPanel } from './alerts-panel'
import { JOB_GROUPING_LABELS, type JobGrouping } from './job-view'
import { JobsPanel } from './jobs-panel'
import styles from './monitoring.module.css'
import {
  type MonitoringView,
  monitoringViewStore,
  restoreMonitoringView,
  setMonitoringView,
} from './monitoring-view-store'

const VIEWS: TabChoice<MonitoringView>[] = [
  { value: 'alerts', label: 'Alerts' },
  { value: 'jobs', label: 'Jobs' },
]

export function MonitoringScreen() {
  // Before the first read of the store, so that the first render already shows the kept view.
  useState(restoreMonitoringView)
  const view = useStore(monitoringViewStore, (state) => state.view)
  const alertGrouping = useStore(monitoringViewStore, (state) => state.alertGrouping)
  const jobGrouping = useStore(monitoringViewStore, (state) => state.jobGrouping)
  const groupings = view === 'alerts' ? ALERT_GROUPING_LABELS : JOB_GROUPING_LABELS
  return (
    <NavigationPaneScreen
      label="Monitoring"
      tabsLabel="Monitoring views"
      idPrefix="monitoring"
      tabs={VIEWS}
      selected={view}
      onSelect={(next) => setMonitoringView({ view: next })}
      panelClassName={styles.content}
      options={
        <Field label="Group by">
          <Select
            value={view === 'alerts' ? alertGrouping : jobGrouping}
            onChange={(_, data) =>
              setMonitoringView(
                view === 'alerts'
                  ? { alertGrouping: data.value as AlertGrouping }
                  : { jobGrouping: data.value as JobGrouping },
              )
            }
          >
            {Object.entries(groupings).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      }
    >
      {view === 'alerts' ? <AlertsPanel /> : <JobsPanel />}
    </NavigationPaneScreen>
  )
}
