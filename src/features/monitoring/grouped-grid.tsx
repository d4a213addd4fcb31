// The Monitoring tab's grouped lists (Alerts, Jobs): group headings that collapse and expand, and one selected
// item whose details show under the grid.
import { type ReactNode, useMemo, useState } from 'react'
import { type GridColumn, VirtualTreeGrid } from '../ui/virtual-tree-grid'
import { type GroupedRow, groupedRows, type ItemGroup } from './grouping-view'
import { useCollapsedGroups } from './use-collapsed-groups'

type Row<T> = GroupedRow<T> & { testId?: string }

export function GroupedGrid<T extends { id: string }>({
  label,
  columns,
  groups,
  grouping,
  allItems,
  testIdPrefix,
  emptyText,
  renderCells,
  renderDetails,
}: {
  label: string
  columns: GridColumn[]
  groups: ItemGroup<T>[]
  /** A new grouping starts with every group open. */
  grouping: string
  /** Where the selection is looked up, so it follows an item that drops out of the list. */
  allItems: readonly T[]
  /** Item rows get the test id PREFIX:ID. */
  testIdPrefix: string
  emptyText: string
  renderCells: (item: T) => ReactNode[]
  renderDetails: (item: T) => ReactNode
}) {
  const [collapsed, toggle] = useCollapsedGroups(grouping)
  const [selectedId, setSelectedId] = useState<string>()
  const rows = useMemo(
    () =>
      groupedRows(groups, collapsed, (item) => item.id).map(
        (row): Row<T> => (row.kind === 'item' ? { ...row, testId: `${testIdPrefix}:${row.item.id}` } : row),
      ),
    [groups, collapsed, testIdPrefix],
  )
  // Selection follows the item, even when it becomes inactive (an alert) or is filtered out of the list.
  const selected = selectedId ? allItems.find((item) => item.id === selectedId) : undefined
  return (
    <>
      <VirtualTreeGrid
        label={label}
        role="grid"
        columns={columns}
        rows={rows}
        selectedKey={selected?.id}
        onSelect={(row) => (row.kind === 'group' ? toggle(row.key) : setSelectedId(row.item.id))}
        onToggle={(row) => toggle(row.key)}
        emptyText={emptyText}
        renderCells={(row) =>
          row.kind === 'group' ? [`${row.label} (${row.count})`] : renderCells(row.item)
        }
      />
      {selected && renderDetails(selected)}
    </>
  )
}
