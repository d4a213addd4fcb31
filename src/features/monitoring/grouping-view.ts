// Grouping for the Monitoring tab's lists (alerts by severity, jobs by status, ...): one pass, groups in a
// fixed order or by name, items keeping the order they came in.
export interface ItemGroup<T> {
  key: string
  label: string
  items: T[]
}

export function groupItems<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  labelOf: (key: string) => string = (key) => key,
  /** Known keys in display order; other keys follow by label. */
  order: readonly string[] = [],
): ItemGroup<T>[] {
  const byKey = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = byKey.get(key)
    if (list) list.push(item)
    else byKey.set(key, [item])
  }
  const rank = (key: string) => {
    const index = order.indexOf(key)
    return index === -1 ? order.length : index
  }
  return [...byKey.entries()]
    .map(([key, list]) => ({ key, label: labelOf(key), items: list }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label))
}

export type GroupedRow<T> =
  | { kind: 'group'; key: string; level: 1; label: string; count: number; expanded: boolean }
  | { kind: 'item'; key: string; level: 2; item: T }

/** Rows for a grouped list: each group's heading, then its items unless the group is collapsed. */
export function groupedRows<T>(
  groups: readonly ItemGroup<T>[],
  collapsed: ReadonlySet<string>,
  itemKey: (item: T) => string,
): GroupedRow<T>[] {
  const rows: GroupedRow<T>[] = []
  for (const group of groups) {
    const expanded = !collapsed.has(group.key)
    rows.push({
      kind: 'group',
      key: `group:${group.key}`,
      level: 1,
      label: group.label,
      count: group.items.length,
      expanded,
    })
    if (expanded)
      for (const item of group.items) rows.push({ kind: 'item', key: itemKey(item), level: 2, item })
  }
  return rows
}
