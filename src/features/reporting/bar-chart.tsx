// A small stacked bar chart in SVG, written by hand: the Reporting tab needs bars and a line, and a charting
// library (Fluent's react-charts brings d3) would weigh more than the whole screen. The chart is an image with
// a summary for screen readers; its data is in the panel's table view.
import { makeStyles, tokens } from '@fluentui/react-components'

export interface ChartSeries {
  name: string
  color: string
  values: readonly number[]
}

const WIDTH = 720
const HEIGHT = 220
const LEFT = 64
const RIGHT = 8
const TOP = 8
const BOTTOM = 24
const MAX_X_LABELS = 8

const useStyles = makeStyles({
  chart: { width: '100%', height: 'auto', display: 'block' },
  axis: { fontSize: '11px', fill: tokens.colorNeutralForeground3 },
  grid: { stroke: tokens.colorNeutralStroke3 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS },
})

/** A round axis maximum, at least `value`: an even multiple of a power of ten, so that its half is round too. */
export function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(value, 2)))
  return ([2, 4, 6, 8, 10].map((step) => step * power).find((step) => step >= value) as number) ?? 10 * power
}

export function BarChart({
  summary,
  categories,
  stacks,
  line,
  formatValue = (value) => value.toLocaleString('en-US'),
}: {
  /** What the chart shows, read by screen readers. */
  summary: string
  categories: readonly string[]
  stacks: readonly ChartSeries[]
  /** Drawn over the bars (a limit, such as the space allocated). */
  line?: ChartSeries
  formatValue?: (value: number) => string
}) {
  const styles = useStyles()
  const totals = categories.map((_, i) => stacks.reduce((sum, series) => sum + (series.values[i] ?? 0), 0))
  const max = niceMax(Math.max(0, ...totals, ...(line?.values ?? [])))
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = plotWidth / Math.max(1, categories.length)
  const barWidth = Math.min(80, Math.max(2, slot * 0.7))
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight
  const labelEvery = Math.ceil(categories.length / MAX_X_LABELS)
  const ticks = [0, 0.5, 1].map((share) => share * max)
  return (
    <div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={styles.grid} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className={styles.axis}>
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, i) => {
          let base = 0
          const x = LEFT + i * slot + (slot - barWidth) / 2
          return (
            <g key={category}>
              {stacks.map((series) => {
                const value = series.values[i] ?? 0
                const top = y(base + value)
                const height = y(base) - top
                base += value
                return value > 0 ? (
                  <rect
                    key={series.name}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={series.color}
                  />
                ) : null
              })}
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" className={styles.axis}>
                  {category}
                </text>
              )}
            </g>
          )
        })}
        {line && (
          <polyline
            fill="none"
            stroke={line.color}
            strokeWidth={2}
            strokeDasharray="6 3"
            // A step across each bar's slot, so that a single value still shows as a line.
            points={line.values
              .map((value, i) => `${LEFT + i * slot},${y(value)} ${LEFT + (i + 1) * slot},${y(value)}`)
              .join(' ')}
          />
        )}
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {[...stacks, ...(line ? [line] : [])].map((series) => (
          <li key={series.name}>
            <span aria-hidden className={styles.swatch} style={{ backgroundColor: series.color }} />
            {series.name}
          </li>
        ))}
      </ul>
    </div>
  )
}
