// A virtualized ARIA grid / treegrid with group rows that expand and collapse: the Protection tab's groups
// and members, the Monitoring tab's grouped alerts and jobs. Only the visible rows are mounted (the large
// preset has 40,000 members and long job histories); one row is in the tab order (roving tabindex), arrow
// keys move, Left/Right collapse and expand, Enter or Space selects.
import { mergeClasses } from '@fluentui/react-components'
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons'
import { type Range, useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import { navigateTree, rangeKeepingIndex } from './tree-navigation'
import styles from './virtual-tree-grid.module.css'

export interface GridColumn {
  header: string
  /** A CSS grid track size, e.g. `2fr` or `120px`. */
  width: string
}

export interface GridRowModel {
  key: string
  /** 1 for top-level rows. */
  level: number
  /** Set on rows that have children: whether they are shown. */
  expanded?: boolean
  testId?: string
}

interface Props<R extends GridRowModel> {
  label: string
  role: 'grid' | 'treegrid'
  columns: GridColumn[]
  rows: R[]
  /** One node per column, or a single node that spans the row (a group heading). */
  renderCells: (row: R) => ReactNode[]
  selectedKey?: string
  onSelect?: (row: R) => void
  onToggle?: (row: R) => void
  emptyText: string
  rowHeight?: number
}

export function VirtualTreeGrid<R extends GridRowModel>({
  label,
  role,
  columns,
  rows,
  renderCells,
  selectedKey,
  onSelect,
  onToggle,
  emptyText,
  rowHeight = 34,
}: Props<R>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>())
  const [focusIndex, setFocusIndex] = useState(0)
  const [focusPending, setFocusPending] = useState(false)
  const activeIndex = Math.min(focusIndex, Math.max(0, rows.length - 1))
  const template = columns.map((column) => column.width).join(' ')

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Keep the row with the roving tabindex mounted, so focus never falls to <body> while scrolling.
    rangeExtractor: useCallback((range: Range) => rangeKeepingIndex(range, activeIndex), [activeIndex]),
  })

  useEffect(() => {
    if (!focusPending) return
    rowRefs.current.get(activeIndex)?.focus()
    setFocusPending(false)
  })

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index))
    setFocusIndex(next)
    setFocusPending(true)
    virtualizer.scrollToIndex(next)
  }

  const pageSize = Math.max(
    1,
    Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1,
  )

  // Selecting is what a row is for; a group heading of a list without selection expands instead.
  const activate = (row: R) => {
    if (onSelect) onSelect(row)
    else if (row.expanded !== undefined) onToggle?.(row)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: R) => {
    // Keys typed in a button or field inside a row belong to that control.
    if (event.target !== event.currentTarget) return
    const position = {
      index,
      count: rows.length,
      expanded: row.expanded,
      parentIndex: () => parentIndex(rows, index),
    }
    if (navigateTree(event.key, position, { moveTo, expand: () => onToggle?.(row) })) {
      event.preventDefault()
      return
    }
    const keyActions = new Map<string, () => void>([
      ['PageDown', () => moveTo(index + pageSize)],
      ['PageUp', () => moveTo(index - pageSize)],
      ['Enter', () => activate(row)],
      [' ', () => activate(row)],
    ])
    const action = keyActions.get(event.key)
    if (!action) return
    event.preventDefault()
    action()
  }

  return (
    // An empty grid has no focusable row: the scroller itself takes the focus, so a keyboard can scroll it
    // when its columns overflow (axe: scrollable-region-focusable).
    <div ref={scrollRef} className={styles.scroller} tabIndex={rows.length === 0 ? 0 : undefined}>
      <table
        role={role}
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
        className={styles.table}
      >
        <thead className={styles.head}>
          <tr
            aria-rowindex={1}
            className={mergeClasses(styles.row, styles.header)}
            style={{ gridTemplateColumns: template }}
          >
            {columns.map((column) => (
              <th key={column.header} scope="col" className={styles.cell}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {rows.length === 0 ? (
          <tbody className={styles.body}>
            <tr aria-rowindex={2} className={styles.row}>
              <td colSpan={columns.length} className={mergeClasses(styles.cell, styles.empty)}>
                {emptyText}
              </td>
            </tr>
          </tbody>
        ) : (
          <tbody className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as R
              const cells = renderCells(row)
              const spans = cells.length === 1 && columns.length > 1
              const selected = row.key === selectedKey
              return (
                <tr
                  key={row.key}
                  ref={(element) => {
                    if (element) rowRefs.current.set(item.index, element)
                    else rowRefs.current.delete(item.index)
                  }}
                  data-testid={row.testId}
                  aria-rowindex={item.index + 2}
                  aria-level={role === 'treegrid' ? row.level : undefined}
                  aria-expanded={role === 'treegrid' ? row.expanded : undefined}
                  aria-selected={onSelect ? selected : undefined}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  className={mergeClasses(
                    styles.row,
                    styles.bodyRow,
                    row.expanded !== undefined && styles.parent,
                    selected && styles.selected,
                  )}
                  style={{
                    gridTemplateColumns: template,
                    height: item.size,
                    transform: `translateY(${item.start}px)`,
                  }}
                  onClick={() => {
                    setFocusIndex(item.index)
                    activate(row)
                  }}
                  onDoubleClick={() => {
                    if (onSelect && row.expanded !== undefined) onToggle?.(row)
                  }}
                  onFocus={() => setFocusIndex(item.index)}
                  onKeyDown={(event) => onKeyDown(event, item.index, row)}
                >
                  {cells.map((cell, column) => (
                    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: a td of a grid is a gridcell, which can be expanded
                    <td
                      // Keyed by position: cells are positional, one per column
                      key={column}
                      colSpan={spans ? columns.length : undefined}
                      // A grid's rows cannot be expanded: its group heading cell is.
                      aria-expanded={role === 'grid' && column === 0 ? row.expanded : undefined}
                      className={mergeClasses(styles.cell, spans && styles.span)}
                      style={column === 0 ? { paddingLeft: (row.level - 1) * 20 + 8 } : undefined}
                    >
                      {column === 0 && (
                        <span
                          aria-hidden
                          className={styles.chevron}
                          onClick={(event) => {
                            if (row.expanded === undefined || !onSelect) return
                            event.stopPropagation()
                            onToggle?.(row)
                          }}
                        >
                          {row.expanded === undefined ? null : row.expanded ? (
                            <ChevronDownRegular />
                          ) : (
                            <ChevronRightRegular />
                          )}
                        </span>
                      )}
                      {cell}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        )}
      </table>
    </div>
  )
}

/** The closest row above at a lower level, or the row itself at the top level. */
function parentIndex(rows: readonly GridRowModel[], index: number): number {
  const level = rows[index]?.level ?? 1
  for (let i = index - 1; i >= 0; i--) if ((rows[i]?.level ?? 1) < level) return i
  return index
}
