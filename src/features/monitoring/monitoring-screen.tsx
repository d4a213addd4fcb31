// DPM's Monitoring tab: a navigation pane (Alerts or Jobs, and how the list is grouped), the list, and the
// details of the selected item.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { ALERT_GROUPING_LABELS, type AlertGrouping } from '../../domain/alert-view'
import { JOB_GROUPING_LABELS, type JobGrouping } from '../../domain/job-view'
import { AlertsPanel } from './alerts-panel'
import { JobsPanel } from './jobs-panel'
import { monitoringViewStore, setMonitoringView } from './monitoring-view-store'
import { MonitoringViewTabs, VIEW_PANEL_ID, viewTabId } from './monitoring-view-tabs'

const useStyles = makeStyles({
  screen: { display: 'flex', flex: 1, minHeight: 0 },
  nav: {
    width: '200px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  content: {
    flex: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    paddingInline: tokens.spacingHorizontalM,
  },
})

export function MonitoringScreen() {
  const styles = useStyles()
  const view = useStore(monitoringViewStore, (state) => state.view)
  const alertGrouping = useStore(monitoringViewStore, (state) => state.alertGrouping)
  const jobGrouping = useStore(monitoringViewStore, (state) => state.jobGrouping)
  const groupings = view === 'alerts' ? ALERT_GROUPING_LABELS : JOB_GROUPING_LABELS
  return (
    <div className={styles.screen}>
      <nav aria-label="Monitoring" className={styles.nav}>
        <MonitoringViewTabs view={view} onSelect={(next) => setMonitoringView({ view: next })} />
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
      </nav>
      <div id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={viewTabId(view)} className={styles.content}>
        {view === 'alerts' ? <AlertsPanel /> : <JobsPanel />}
      </div>
    </div>
  )
}
