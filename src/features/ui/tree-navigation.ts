// Keyboard and mounting rules shared by the console's virtualized flat trees (Available members, Protected
// data) and tree grids: WAI-ARIA's tree pattern for Up/Down, Home/End and Right/Left, and a virtual range that
// keeps the row with the tab stop mounted so focus never drops to the page while it is scrolled away.
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'

export interface TreePosition {
  index: number
  count: number
  /** Whether the row's children are shown; undefined for a row without children. */
  expanded: boolean | undefined
  /** Where Left goes from a closed or childless row; looked up only then. Undefined: stay. */
  parentIndex: () => number | undefined
}

export interface TreeMoves {
  moveTo: (index: number) => void
  expand: (open: boolean) => void
}

/** Acts on an arrow, Home or End key; returns false for any other key, which the tree handles itself. */
export function navigateTree(key: string, at: TreePosition, moves: TreeMoves): boolean {
  switch (key) {
    case 'ArrowDown':
      moves.moveTo(at.index + 1)
      return true
    case 'ArrowUp':
      moves.moveTo(at.index - 1)
      return true
    case 'Home':
      moves.moveTo(0)
      return true
    case 'End':
      moves.moveTo(at.count - 1)
      return true
    case 'ArrowRight':
      // Right opens a closed row, then moves to its first child; on a leaf it does nothing.
      if (at.expanded === false) moves.expand(true)
      else if (at.expanded) moves.moveTo(at.index + 1)
      return true
    case 'ArrowLeft': {
      // Left closes an open row, otherwise moves to the parent.
      if (at.expanded) {
        moves.expand(false)
        return true
      }
      const parent = at.parentIndex()
      if (parent !== undefined) moves.moveTo(parent)
      return true
    }
    default:
      return false
  }
}

/** The virtualizer's range plus the row with the tab stop, in order. */
export function rangeKeepingIndex(range: Range, keptIndex: number): number[] {
  const indexes = defaultRangeExtractor(range)
  if (keptIndex < range.count && !indexes.includes(keptIndex)) {
    indexes.push(keptIndex)
    indexes.sort((a, b) => a - b)
  }
  return indexes
}
