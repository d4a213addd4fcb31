// The status report's groups and data sources as a treegrid: a group row totals its members.
import { useState } from 'react'
import { formatUtc } from '../../domain/world/time'
import { type GridRowModel, VirtualTreeGrid } from '../ui/virtual-tree-grid'
import { formatRate, STATUS_COLUMNS, type StatusGroup, statusRowCells } from './reports-status'

const WIDTHS = ['1.2fr', '2.4fr', '0.9fr', '0.9fr', '1.1fr', '1.4fr', '2fr']

interface Row extends GridRowModel {
  cells: string[]
}

function groupCells(group: StatusGroup): string[] {
  const last = group.rows.reduce(
    (latest, row) => Math.max(latest, row.lastRecoveryPointAt ?? latest),
    Number.NEGATIVE_INFINITY,
  )
  const alerts = group.rows.reduce((sum, row) => sum + row.activeAlerts.length, 0)
  return [
    group.groupName,
    `${group.rows.length} data source${group.rows.length === 1 ? '' : 's'}`,
    String(group.recoveryPoints),
    String(group.failedBackups),
    formatRate(group.successRate),
    Number.isFinite(last) ? formatUtc(last) : 'None',
    alerts === 0 ? '' : `${alerts} active`,
  ]
}

export function StatusGrid({ groups }: { groups: readonly StatusGroup[] }) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const rows: Row[] = []
  for (const group of groups) {
    const expanded = !collapsed.has(group.groupName)
    rows.push({ key: `group:${group.groupName}`, level: 1, expanded, cells: groupCells(group) })
    if (!expanded) continue
    for (const row of group.rows) {
      rows.push({
        key: row.dataSourceId,
        level: 2,
        testId: `report-ds:${row.path}`,
        cells: statusRowCells(row).map((cell) => String(cell ?? '')),
      })
    }
  }
  const toggle = (row: Row) => {
    const name = row.key.slice('group:'.length)
    setCollapsed((current) => {
      const next = new Set(current)
      if (!next.delete(name)) next.add(name)
      return next
    })
  }
  return (
    <VirtualTreeGrid
      label="Status report"
      role="treegrid"
      columns={STATUS_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] ?? '1fr' }))}
      rows={rows}
      renderCells={(row) => row.cells}
      onToggle={toggle}
      emptyText="No data sources are protected on this DPM server."
    />
  )
}
