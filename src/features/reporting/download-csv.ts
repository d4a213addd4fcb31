import { type ReportTable, toCsv } from '../../domain/reports-csv'

/** Saves the table as a CSV file; the byte order mark makes spreadsheets read it as UTF-8. */
export function downloadCsv(fileName: string, table: ReportTable): void {
  const blob = new Blob([`\uFEFF${toCsv(table)}`], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
