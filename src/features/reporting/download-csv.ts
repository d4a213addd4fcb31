import { downloadFile } from '../ui/download-file'
import { type ReportTable, toCsv } from './reports-csv'

/** Saves the table as a CSV file; the byte order mark makes spreadsheets read it as UTF-8. */
export function downloadCsv(fileName: string, table: ReportTable): void {
  downloadFile(fileName, new Blob([`\uFEFF${toCsv(table)}`], { type: 'text/csv;charset=utf-8' }))
}
