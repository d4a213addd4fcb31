// Status report: per protection group and data source, the share of successful recovery points, the last good
// recovery point and the active alerts; and the successful and failed jobs over the period.
import { makeStyles, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { BarChart } from './bar-chart'
import { shortBucketLabel } from './bucket-labels'
import { ChartPanel } from './chart-panel'
import { ReportGrid } from './report-grid'
import { ReportHeader } from './report-header'
import {
  formatRate,
  jobsPerBucket,
  jobsTable,
  type StatusGroup,
  statusReport,
  statusReportTable,
  totalsOf,
} from './reports-status'
import { StatusGrid } from './status-grid'
import type { ReportData } from './use-report-data'

const useStyles = makeStyles({ grid: { display: 'flex', flexDirection: 'column', height: '420px' } })

export function StatusReport({ state, index, range }: ReportData) {
  const styles = useStyles()
  const groups = useMemo(() => statusReport(state, index, range), [state, index, range])
  const buckets = useMemo(() => jobsPerBucket(state, range), [state, range])
  const table = useMemo(() => statusReportTable(groups), [groups])
  const successful = buckets.reduce((sum, bucket) => sum + bucket.successful, 0)
  const failed = buckets.reduce((sum, bucket) => sum + bucket.failed, 0)
  return (
    <>
      <ReportHeader title="Status report" range={range} csv={() => table} />
      <p>{summaryOf(groups)}</p>
      <ChartPanel
        title="Successful and failed jobs"
        chart={
          <BarChart
            summary={`${successful} successful and ${failed} failed jobs ${range.byDay ? 'per day' : 'per hour'}.`}
            categories={buckets.map((bucket) => shortBucketLabel(range, bucket.start))}
            stacks={[
              {
                name: 'Successful jobs',
                color: tokens.colorPaletteGreenBackground3,
                values: buckets.map((b) => b.successful),
              },
              {
                name: 'Failed jobs',
                color: tokens.colorPaletteRedBackground3,
                values: buckets.map((b) => b.failed),
              },
            ]}
          />
        }
        table={
          <ReportGrid
            label="Successful and failed jobs"
            table={jobsTable(range, buckets)}
            widths={['2fr', '1fr', '1fr']}
            emptyText="No jobs."
          />
        }
      />
      <div className={styles.grid}>
        <StatusGrid groups={groups} />
      </div>
    </>
  )
}

function summaryOf(groups: readonly StatusGroup[]): string {
  if (groups.length === 0) return 'No data sources are protected on this DPM server.'
  const { recoveryPoints, failedBackups, successRate } = totalsOf(groups)
  return `${plural(recoveryPoints, 'recovery point')} created, ${plural(failedBackups, 'failed backup')}: ${formatRate(successRate)} successful recovery points.`
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
