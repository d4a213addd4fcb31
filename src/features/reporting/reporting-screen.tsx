// DPM's Reporting tab: Status report, Recovery point status and Disk utilization, live over the simulated
// clock, for the last 24 hours, 7 or 30 days. Loaded lazily by the shell: the first render does not pay for it.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { NavigationPaneScreen } from '../ui/navigation-pane-screen'
import type { TabChoice } from '../ui/tabs'
import { DiskUtilizationReport } from './disk-utilization-report'
import { RecoveryPointStatusReport } from './recovery-point-status-report'
import { REPORT_LABELS, type ReportKind, reportingViewStore, setReportingView } from './reporting-view-store'
import { isReportPeriod, REPORT_PERIOD_LABELS, REPORT_PERIODS } from './reports-period'
import { StatusReport } from './status-report'
import { useReportData } from './use-report-data'

const REPORTS: TabChoice<ReportKind>[] = Object.entries(REPORT_LABELS).map(([value, label]) => ({
  value: value as ReportKind,
  label,
}))

const useStyles = makeStyles({
  content: { overflow: 'auto', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
})

export function ReportingScreen() {
  const styles = useStyles()
  const report = useStore(reportingViewStore, (view) => view.report)
  const period = useStore(reportingViewStore, (view) => view.period)
  const data = useReportData(period)
  return (
    <NavigationPaneScreen
      label="Reporting"
      tabsLabel="Reports"
      idPrefix="report"
      tabs={REPORTS}
      selected={report}
      onSelect={(next) => setReportingView({ report: next })}
      panelClassName={styles.content}
      options={
        <Field label="Period">
          <Select
            value={period}
            onChange={(_, option) => {
              if (isReportPeriod(option.value)) setReportingView({ period: option.value })
            }}
          >
            {REPORT_PERIODS.map((value) => (
              <option key={value} value={value}>
                {REPORT_PERIOD_LABELS[value]}
              </option>
            ))}
          </Select>
        </Field>
      }
    >
      {report === 'status' && <StatusReport {...data} />}
      {report === 'recovery-points' && <RecoveryPointStatusReport {...data} />}
      {report === 'disk' && <DiskUtilizationReport {...data} />}
    </NavigationPaneScreen>
  )
}
