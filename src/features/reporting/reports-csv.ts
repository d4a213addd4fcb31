// Reports as tables: the same rows feed a chart's table view and its CSV export. CSV as RFC 4180 (CRLF, fields
// quoted when they hold a quote, a comma, a line break or edge spaces, quotes doubled). A text field that a
// spreadsheet would run as a formula (=, +, -, @ first, or their full-width forms ＝ ＋ － ＠, which spreadsheets
// read as the same signs) is prefixed with an apostrophe: database names come from the estate, not from the
// admin.
export type ReportCell = string | number | undefined

export interface ReportTable {
  columns: string[]
  rows: ReportCell[][]
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

export function csvField(value: ReportCell): string {
  if (value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function toCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** status-report-last-7-days-2026-01-05-0900.csv */
export function csvFileName(report: string, period: string, now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace('T', '-').replace(':', '')
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  return `${slug(report)}-${slug(period)}-${stamp}.csv`
}
