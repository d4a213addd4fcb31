// One data source's lane of the recovery point timeline: bars for the recovery points created in each hour or
// day, a band where backups were stopped, a mark where they resumed.
import { makeStyles, tokens } from '@fluentui/react-components'
import { formatUtc } from '../../domain/world/time'
import { lowerBound } from './reports-index'
import type { PeriodRange } from './reports-period'
import { type DataSourceTimeline, pointsPerBucket, replicasOf } from './reports-timeline'

export const RESUMED_COLOR = tokens.colorBrandForeground1
const WIDTH = 600
const HEIGHT = 28

const useStyles = makeStyles({
  lane: { width: '100%', height: '28px', display: 'block', backgroundColor: tokens.colorNeutralBackground3 },
})

function pointTimesIn(timeline: DataSourceTimeline, range: PeriodRange): number[] {
  const times = timeline.record.pointTimes
  return times.slice(lowerBound(times, range.from), lowerBound(times, range.to + 1))
}

function laneSummary(timeline: DataSourceTimeline, counts: readonly number[]): string {
  const total = counts.reduce((sum, count) => sum + count, 0)
  const stops = timeline.outages.map((outage) =>
    outage.resumedAt === undefined
      ? `backups stopped at ${formatUtc(outage.from)} and not resumed`
      : `backups stopped at ${formatUtc(outage.from)}, resumed at ${formatUtc(outage.resumedAt)}`,
  )
  const replicas = replicasOf(timeline)
  const from = replicas.length > 0 ? [`taken on ${replicas.join(', then ')}`] : []
  return [`${timeline.path}: ${total} recovery points`, ...from, ...stops].join('; ')
}

export function TimelineLane({ timeline, range }: { timeline: DataSourceTimeline; range: PeriodRange }) {
  const styles = useStyles()
  const counts = pointsPerBucket(timeline.record, range)
  const peak = Math.max(1, ...counts)
  const span = Math.max(1, range.to - range.from)
  const x = (time: number) => Math.min(WIDTH, Math.max(0, ((time - range.from) / span) * WIDTH))
  const slot = (range.bucketMs / span) * WIDTH
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className={styles.lane}
      role="img"
      aria-label={laneSummary(timeline, counts)}
    >
      {range.byDay
        ? counts.map((count, i) => {
            if (count === 0) return null
            const height = 6 + (count / peak) * (HEIGHT - 8)
            const start = range.bucketStarts[i] as number
            return (
              <rect
                // Keyed by position: buckets are positional
                key={i}
                x={x(start) + 0.5}
                y={HEIGHT - height}
                width={Math.max(1, Math.min(slot, WIDTH - x(start)) - 1)}
                height={height}
                fill={tokens.colorPaletteGreenBackground3}
              />
            )
          })
        : // By the hour, each recovery point at its time: a gap of minutes shows.
          pointTimesIn(timeline, range).map((time) => (
            <line
              key={time}
              x1={x(time)}
              x2={x(time)}
              y1={6}
              y2={HEIGHT}
              stroke={tokens.colorPaletteGreenBackground3}
              strokeWidth={1.5}
            />
          ))}
      {timeline.outages.map((outage) => {
        const from = x(outage.from)
        const to = x(outage.resumedAt ?? range.to)
        return (
          <g key={outage.from}>
            <rect
              x={from}
              y={0}
              width={Math.max(2, to - from)}
              height={HEIGHT}
              fill={tokens.colorPaletteRedBackground3}
              opacity={0.55}
            />
            {outage.resumedAt !== undefined && (
              <line
                x1={to}
                x2={to}
                y1={0}
                y2={HEIGHT}
                stroke={tokens.colorPaletteGreenForeground1}
                strokeWidth={3}
              />
            )}
          </g>
        )
      })}
    </svg>
  )
}
