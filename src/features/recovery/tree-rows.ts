// The Protected data tree flattened to the rows on screen: only expanded branches are walked, so a closed
// tree of 2,000 computers costs 2,000 rows, not 40,000.
import type { ProtectedComputerNode, ProtectedDatabaseNode } from '../../domain/recovery/recovery'

export interface TreeRow {
  /** Stable key: the node's path. */
  key: string
  level: 1 | 2 | 3
  label: string
  parentKey?: string
  /** Only for computers and instances. */
  expanded?: boolean
  setSize: number
  posInSet: number
  database?: ProtectedDatabaseNode
}

export function visibleTreeRows(
  tree: readonly ProtectedComputerNode[],
  isExpanded: (key: string) => boolean,
): TreeRow[] {
  const rows: TreeRow[] = []
  tree.forEach((computer, c) => {
    const open = isExpanded(computer.name)
    rows.push({
      key: computer.name,
      level: 1,
      label: computer.name,
      expanded: open,
      setSize: tree.length,
      posInSet: c + 1,
    })
    if (!open) return
    computer.instances.forEach((instance, i) => {
      const instanceOpen = isExpanded(instance.path)
      rows.push({
        key: instance.path,
        level: 2,
        label: instance.name,
        parentKey: computer.name,
        expanded: instanceOpen,
        setSize: computer.instances.length,
        posInSet: i + 1,
      })
      if (!instanceOpen) return
      instance.databases.forEach((database, d) => {
        rows.push({
          key: database.path,
          level: 3,
          label: database.name,
          parentKey: instance.path,
          setSize: instance.databases.length,
          posInSet: d + 1,
          database,
        })
      })
    })
  })
  return rows
}

/** Small trees open fully; a large one starts with its computers closed. */
export function opensByDefault(tree: readonly ProtectedComputerNode[], maxBranches = 300): boolean {
  let branches = 0
  for (const computer of tree) {
    branches += 1 + computer.instances.length
    if (branches > maxBranches) return false
  }
  return true
}
