// A report table as an ARIA grid: only the visible rows are mounted (a large estate has thousands of data
// sources), the same rows the CSV export writes.
import { makeStyles } from '@fluentui/react-components'
import { type GridColumn, type GridRowModel, VirtualTreeGrid } from '../ui/virtual-tree-grid'
import type { ReportTable } from './reports-csv'

interface Row extends GridRowModel {
  cells: ReportTable['rows'][number]
}

const useStyles = makeStyles({ frame: { display: 'flex', flexDirection: 'column', height: '360px' } })

export function ReportGrid({
  label,
  table,
  widths,
  emptyText,
}: {
  label: string
  table: ReportTable
  /** CSS grid track sizes, one per column. */
  widths: string[]
  emptyText: string
}) {
  const styles = useStyles()
  const columns: GridColumn[] = table.columns.map((header, i) => ({ header, width: widths[i] ?? '1fr' }))
  const rows: Row[] = table.rows.map((cells, i) => ({ key: String(i), level: 1, cells }))
  return (
    <div className={styles.frame}>
      <VirtualTreeGrid
        label={label}
        role="grid"
        columns={columns}
        rows={rows}
        renderCells={(row) => row.cells.map((cell) => (cell === undefined ? '' : String(cell)))}
        emptyText={emptyText}
      />
    </div>
  )
}
