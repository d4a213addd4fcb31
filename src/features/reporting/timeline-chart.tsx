// The recovery point timeline: one lane per data source, only the visible lanes mounted (a large estate has
// thousands of data sources).
import { makeStyles, tokens } from '@fluentui/react-components'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { shortBucketLabel } from './bucket-labels'
import type { PeriodRange } from './reports-period'
import { type DataSourceTimeline, replicasOf } from './reports-timeline'
import { RESUMED_COLOR, TimelineLane } from './timeline-lane'

const LANE_HEIGHT = 44
const LABEL_WIDTH = '280px'

const useStyles = makeStyles({
  scroller: {
    maxHeight: '420px',
    overflow: 'auto',
    position: 'relative',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  list: { position: 'relative', margin: 0, padding: 0, listStyle: 'none' },
  lane: {
    position: 'absolute',
    left: 0,
    width: '100%',
    display: 'grid',
    gridTemplateColumns: `${LABEL_WIDTH} 1fr`,
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: `${LANE_HEIGHT}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  label: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  group: { color: tokens.colorNeutralForeground3 },
  axis: {
    display: 'grid',
    gridTemplateColumns: `${LABEL_WIDTH} 1fr`,
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  ticks: { display: 'flex', justifyContent: 'space-between' },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS },
})

export function TimelineChart({
  timelines,
  range,
}: {
  timelines: readonly DataSourceTimeline[]
  range: PeriodRange
}) {
  const styles = useStyles()
  const scrollRef = useRef<HTMLElement>(null)
  const virtualizer = useVirtualizer({
    count: timelines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LANE_HEIGHT,
    overscan: 6,
  })
  if (timelines.length === 0) return <p>No data sources are protected on this DPM server.</p>
  const first = range.bucketStarts[0] as number
  const middle = range.bucketStarts[Math.floor(range.bucketStarts.length / 2)] as number
  return (
    <div>
      <div className={styles.axis} aria-hidden>
        <span />
        <span className={styles.ticks}>
          <span>{shortBucketLabel(range, first)}</span>
          <span>{shortBucketLabel(range, middle)}</span>
          <span>now</span>
        </span>
      </div>
      <section
        ref={scrollRef}
        className={styles.scroller}
        aria-label="Recovery point timeline lanes"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
      >
        <ul className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const timeline = timelines[item.index] as DataSourceTimeline
            const replicas = replicasOf(timeline)
            return (
              <li
                key={timeline.dataSourceId}
                className={styles.lane}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className={styles.label} title={timeline.path}>
                  {timeline.path}
                  <br />
                  <span className={styles.group}>
                    {timeline.groupName}
                    {replicas.length > 0 && ` · from ${replicas.join(', then ')}`}
                  </span>
                </span>
                <TimelineLane timeline={timeline} range={range} />
              </li>
            )
          })}
        </ul>
      </section>
      <ul className={styles.legend} aria-label="Legend">
        <li>
          <span
            aria-hidden
            className={styles.swatch}
            style={{ backgroundColor: tokens.colorPaletteGreenBackground3 }}
          />
          Recovery points created
        </li>
        <li>
          <span
            aria-hidden
            className={styles.swatch}
            style={{ backgroundColor: tokens.colorPaletteRedBackground3 }}
          />
          Backups stopped
        </li>
        <li>
          <span aria-hidden className={styles.swatch} style={{ backgroundColor: RESUMED_COLOR }} />
          Backups resumed
        </li>
      </ul>
    </div>
  )
}
