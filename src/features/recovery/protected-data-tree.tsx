// The Recovery tab's "Protected data" tree: computer > instance > database, an ARIA tree with roving focus.
// Rows are virtualized (a DPM server may protect tens of thousands of databases); the focused row stays
// mounted so keyboard focus never drops to the page.
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react'
import type { ProtectedComputerNode } from '../../domain/recovery/recovery'
import { navigateTree, rangeKeepingIndex } from '../ui/tree-navigation'
import { opensByDefault, type TreeRow, visibleTreeRows } from './tree-rows'

const ROW_HEIGHT = 30

const useStyles = makeStyles({
  scroller: {
    flex: 1,
    minHeight: '200px',
    overflow: 'auto',
    position: 'relative',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: `${ROW_HEIGHT}px`,
    whiteSpace: 'nowrap',
    cursor: 'pointer',
    outlineOffset: '-2px',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  twisty: { width: '16px', textAlign: 'center', color: tokens.colorNeutralForeground3 },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
})

interface Props {
  tree: ProtectedComputerNode[]
  selectedId?: string
  onSelect: (dataSourceId: string) => void
}

export function ProtectedDataTree({ tree, selectedId, onSelect }: Props) {
  const styles = useStyles()
  // Branches the admin toggled away from the default, so branches that appear later follow the default.
  const [openByDefault] = useState(() => opensByDefault(tree))
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set())
  const rows = useMemo(
    () => visibleTreeRows(tree, (key) => openByDefault !== toggled.has(key)),
    [tree, toggled, openByDefault],
  )
  const [focusedKey, setFocusedKey] = useState<string>()
  const focusedIndex = Math.max(
    0,
    rows.findIndex((row) => row.key === focusedKey),
  )
  const scrollerRef = useRef<HTMLDivElement>(null)
  const rowRefs = useRef(new Map<string, HTMLDivElement>())
  const focusPending = useRef(false)

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    rangeExtractor: (range) => rangeKeepingIndex(range, focusedIndex),
  })

  useEffect(() => {
    if (!focusPending.current) return
    focusPending.current = false
    const key = rows[focusedIndex]?.key
    if (key) rowRefs.current.get(key)?.focus()
  })

  const toggle = (key: string, open: boolean) =>
    setToggled((current) => {
      const next = new Set(current)
      if (open === openByDefault) next.delete(key)
      else next.add(key)
      return next
    })

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!row) return
    focusPending.current = true
    setFocusedKey(row.key)
    virtualizer.scrollToIndex(rows.indexOf(row))
  }

  const activate = (row: TreeRow) => {
    setFocusedKey(row.key)
    if (row.database) onSelect(row.database.dataSourceId)
    else toggle(row.key, !row.expanded)
  }

  const onKeyDown = (event: KeyboardEvent, row: TreeRow, index: number) => {
    const position = {
      index,
      count: rows.length,
      expanded: row.expanded,
      parentIndex: () => (row.parentKey ? rows.findIndex((r) => r.key === row.parentKey) : undefined),
    }
    if (navigateTree(event.key, position, { moveTo, expand: (open) => toggle(row.key, open) })) {
      event.preventDefault()
      return
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        activate(row)
        break
      default:
        return
    }
    event.preventDefault()
  }

  if (tree.length === 0) {
    return (
      <p className={styles.empty}>
        No protected data yet. Protect databases on the Protection tab; their recovery points appear here.
      </p>
    )
  }

  return (
    <div ref={scrollerRef} role="tree" aria-label="Protected data" className={styles.scroller}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const database = row.database
          const selected = database !== undefined && database.dataSourceId === selectedId
          return (
            <div
              key={row.key}
              ref={(element) => {
                if (element) rowRefs.current.set(row.key, element)
                else rowRefs.current.delete(row.key)
              }}
              role="treeitem"
              data-testid={`recovery:${row.key}`}
              aria-level={row.level}
              aria-setsize={row.setSize}
              aria-posinset={row.posInSet}
              aria-expanded={row.expanded}
              aria-selected={database ? selected : undefined}
              tabIndex={item.index === focusedIndex ? 0 : -1}
              className={mergeClasses(styles.row, selected && styles.selected)}
              style={{
                transform: `translateY(${item.start}px)`,
                paddingLeft: `${8 + (row.level - 1) * 20}px`,
              }}
              onClick={() => activate(row)}
              onKeyDown={(event) => onKeyDown(event, row, item.index)}
            >
              <span className={styles.twisty} aria-hidden>
                {row.expanded === undefined ? '' : row.expanded ? '▾' : '▸'}
              </span>
              <span>{row.label}</span>
              {database?.partners && (
                <span className={styles.detail}>mirrored with {database.partners[1]}</span>
              )}
              {database?.inactive && (
                <Badge appearance="outline" color="informative" size="small">
                  Inactive protection
                </Badge>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
