// One table for the terminal and the same figures as JSON: each with its median, min and max, its target
// and whether the target holds.
import type { Summary } from './stats'

export interface Figure {
  id: string
  label: string
  unit: 'ms' | 'MB' | 'kB' | 'x'
  summary: Summary
  /** The target is an upper bound. */
  target?: number
  note?: string
}

export const holds = (figure: Figure): boolean | undefined =>
  figure.target === undefined ? undefined : figure.summary.median <= figure.target

/** A single value (a ratio of medians, a byte count) as a figure of one sample. */
export const single = (value: number): Summary => ({ median: value, min: value, max: value, runs: 1 })

function format(value: number, unit: Figure['unit']): string {
  if (unit === 'x') return `${value.toFixed(2)}x`
  if (unit === 'ms') return `${value.toFixed(value < 100 ? 1 : 0)} ms`
  return `${value.toFixed(1)} ${unit}`
}

export function formatTable(figures: readonly Figure[]): string {
  const header = ['Figure', 'Median', 'Min', 'Max', 'Target', 'Holds']
  const rows = figures.map((figure) => {
    const { median, min, max, runs } = figure.summary
    const verdict = holds(figure)
    return [
      figure.note ? `${figure.label} (${figure.note})` : figure.label,
      format(median, figure.unit),
      runs > 1 ? format(min, figure.unit) : '',
      runs > 1 ? format(max, figure.unit) : '',
      figure.target === undefined ? '' : `<= ${format(figure.target, figure.unit)}`,
      verdict === undefined ? '' : verdict ? 'yes' : 'NO',
    ]
  })
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  )
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`
  const rule = `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
