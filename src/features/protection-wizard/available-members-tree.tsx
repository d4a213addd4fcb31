// A flat ARIA tree (treeitems with aria-level), virtualized: only the rows in view are mounted, so 40,000
// databases cost what 30 do. Keyboard as WAI-ARIA's tree pattern: a single tab stop, arrows, Home/End,
// Right/Left to open, close or move to the parent, Space to check.
import { type Range, useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react'
import { navigateTree, rangeKeepingIndex } from '../ui/tree-navigation'
import styles from './available-members-tree.module.css'
import type { MemberTreeRow } from './member-tree-rows'

/** A row's least height, and the virtualizer's estimate before it measures one. */
const ROW_HEIGHT = 34
const INDENT = 20

export const isExpandable = (row: MemberTreeRow) =>
  row.kind === 'server' ||
  row.kind === 'sql-servers' ||
  row.kind === 'instance' ||
  row.kind === 'availability-group'
const isExpanded = (row: MemberTreeRow) => 'expanded' in row && row.expanded

export interface AvailableMembersTreeProps {
  rows: readonly MemberTreeRow[]
  focusedId?: string
  onFocusRow: (id: string) => void
  onExpand: (row: MemberTreeRow, expanded: boolean) => void
  /** Space or Enter on a row that has a checkbox. */
  onToggleCheck: (row: MemberTreeRow) => void
  renderRow: (row: MemberTreeRow, focused: boolean) => ReactNode
  busy?: boolean
  /** The last row is mounted (scrolled to, or within the overscan): where more rows can be read. */
  onEndReached?: () => void
}

export function AvailableMembersTree({
  rows,
  focusedId,
  onFocusRow,
  onExpand,
  onToggleCheck,
  renderRow,
  busy,
  onEndReached,
}: AvailableMembersTreeProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // Looked up by a scan, not a Map of every row: the Map was built again on every expand and search (10,000
  // servers), a scan costs less than that and runs only for the focused row and on keys.
  const indexOf = useCallback((id: string) => rows.findIndex((row) => row.id === id), [rows])
  const focusedIndex = useMemo(
    () => (focusedId === undefined ? -1 : indexOf(focusedId)),
    [focusedId, indexOf],
  )
  const tabStop = Math.max(focusedIndex, 0)
  const pendingFocus = useRef(false)

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Ten rows show; the default estate's 23 servers (and a few rows of one opened) are mounted from the
    // start, so a suite finds any of them by its test id without scrolling, as it did before the estate grew.
    overscan: 16,
    // Stable per rows: the virtualizer re-measures every row whenever this function changes.
    getItemKey: useCallback((index: number) => rows[index]?.id ?? index, [rows]),
    // The row with the tab stop stays mounted while scrolled away, so focus never drops to the page.
    rangeExtractor: useCallback((range: Range) => rangeKeepingIndex(range, tabStop), [tabStop]),
  })

  const items = virtualizer.getVirtualItems()
  const endMounted = rows.length > 0 && items.some((item) => item.index === rows.length - 1)
  useEffect(() => {
    if (endMounted) onEndReached?.()
  }, [endMounted, onEndReached])

  useEffect(() => {
    if (!pendingFocus.current || focusedId === undefined) return
    pendingFocus.current = false
    const mounted = scrollRef.current?.querySelectorAll<HTMLElement>('[data-row-id]') ?? []
    const element = [...mounted].find((row) => row.dataset.rowId === focusedId)
    element?.focus({ preventScroll: true })
  })

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!row) return
    pendingFocus.current = true
    onFocusRow(row.id)
    virtualizer.scrollToIndex(Math.max(0, indexOf(row.id)))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[tabStop]
    // Keys typed into a row's own button (Install agent, Retry) act on that button.
    if (!row || (event.target as HTMLElement).dataset.rowId === undefined) return
    const position = {
      index: tabStop,
      count: rows.length,
      expanded: isExpandable(row) ? isExpanded(row) : undefined,
      parentIndex: () => {
        if (row.parentId === undefined) return undefined
        const parent = indexOf(row.parentId)
        return parent < 0 ? tabStop : parent
      },
    }
    if (navigateTree(event.key, position, { moveTo, expand: (open) => onExpand(row, open) })) {
      event.preventDefault()
      return
    }
    switch (event.key) {
      case ' ':
        onToggleCheck(row)
        break
      case 'Enter':
        if (row.kind === 'server' || row.kind === 'sql-servers' || row.kind === 'availability-group') {
          onExpand(row, !isExpanded(row))
        } else onToggleCheck(row)
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <div
      ref={scrollRef}
      role="tree"
      aria-label="Available members"
      aria-busy={busy || undefined}
      className={styles.scroller}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const focused = item.index === tabStop
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles the keyboard for every row (onKeyDown above)
            <div
              key={row.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-row-id={row.id}
              data-testid={row.kind === 'note' ? undefined : `member:${row.path}`}
              role="treeitem"
              aria-level={row.level}
              aria-posinset={row.posinset}
              aria-setsize={row.setsize}
              aria-expanded={isExpandable(row) ? isExpanded(row) : undefined}
              tabIndex={focused ? 0 : -1}
              className={focused && focusedIndex >= 0 ? `${styles.row} ${styles.focused}` : styles.row}
              style={{
                transform: `translateY(${item.start}px)`,
                minHeight: ROW_HEIGHT,
                paddingLeft: 4 + (row.level - 1) * INDENT,
              }}
              onFocus={(event) => {
                if (event.target === event.currentTarget && row.id !== focusedId) onFocusRow(row.id)
              }}
              onClick={(event) => {
                onFocusRow(row.id)
                // Keep the keyboard on the tree after a click on the row or its checkbox.
                if (!(event.target as HTMLElement).closest('button')) event.currentTarget.focus()
              }}
            >
              {renderRow(row, focused)}
            </div>
          )
        })}
      </div>
    </div>
  )
}
