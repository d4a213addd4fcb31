// Recovery point status: when each data source's recovery points were created, where backups stopped and when
// they resumed (S5, S7 at a glance).
import { useMemo } from 'react'
import { ChartPanel } from './chart-panel'
import { ReportGrid } from './report-grid'
import { ReportHeader } from './report-header'
import { recoveryPointTimeline, timelineTable } from './reports-timeline'
import { TimelineChart } from './timeline-chart'
import type { ReportData } from './use-report-data'

const WIDTHS = ['1fr', '2fr', '1.3fr', '1.3fr', '1.3fr', '0.8fr', '2.2fr']

export function RecoveryPointStatusReport({ state, index, range }: ReportData) {
  const timelines = useMemo(() => recoveryPointTimeline(state, index, range), [state, index, range])
  const table = useMemo(() => timelineTable(timelines), [timelines])
  const stopped = timelines.filter((timeline) => timeline.outages.length > 0).length
  return (
    <>
      <ReportHeader title="Recovery point status" range={range} csv={() => table} />
      <p>
        {timelines.length} data sources; backups stopped for {stopped} of them in this period.
      </p>
      <ChartPanel
        title="Recovery point timeline"
        chart={<TimelineChart timelines={timelines} range={range} />}
        table={
          <ReportGrid
            label="Recovery point timeline"
            table={table}
            widths={WIDTHS}
            emptyText="No data sources are protected on this DPM server."
          />
        }
      />
    </>
  )
}
