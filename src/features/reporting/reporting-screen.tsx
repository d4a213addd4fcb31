// DPM's Reporting tab: Status report, Recovery point status and Disk utilization, live over the simulated
// clock, for the last 24 hours, 7 or 30 days. Loaded lazily by the shell: the first render does not pay for it.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { isReportPeriod, REPORT_PERIOD_LABELS, REPORT_PERIODS } from '../../domain/reports-period'
import { DiskUtilizationReport } from './disk-utilization-report'
import { RecoveryPointStatusReport } from './recovery-point-status-report'
import { REPORT_PANEL_ID, ReportTabs, reportTabId } from './report-tabs'
import { reportingViewStore, setReportingView } from './reporting-view-store'
import { StatusReport } from './status-report'
import { useReportData } from './use-report-data'

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
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
})

export function ReportingScreen() {
  const styles = useStyles()
  const report = useStore(reportingViewStore, (view) => view.report)
  const period = useStore(reportingViewStore, (view) => view.period)
  const data = useReportData(period)
  return (
    <div className={styles.screen}>
      <nav aria-label="Reporting" className={styles.nav}>
        <ReportTabs report={report} onSelect={(next) => setReportingView({ report: next })} />
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
      </nav>
      <div
        id={REPORT_PANEL_ID}
        role="tabpanel"
        aria-labelledby={reportTabId(report)}
        className={styles.content}
      >
        {report === 'status' && <StatusReport {...data} />}
        {report === 'recovery-points' && <RecoveryPointStatusReport {...data} />}
        {report === 'disk' && <DiskUtilizationReport {...data} />}
      </div>
    </div>
  )
}
