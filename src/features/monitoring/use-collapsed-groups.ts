import { useState } from 'react'

/** Which group headings of a grouped list are collapsed; a new grouping starts with every group open. */
export function useCollapsedGroups(grouping: string): [ReadonlySet<string>, (rowKey: string) => void] {
  const [state, setState] = useState<{ grouping: string; collapsed: ReadonlySet<string> }>({
    grouping,
    collapsed: new Set(),
  })
  const collapsed = state.grouping === grouping ? state.collapsed : new Set<string>()
  const toggle = (rowKey: string) => {
    const key = rowKey.replace(/^group:/, '')
    const next = new Set(collapsed)
    if (!next.delete(key)) next.add(key)
    setState({ grouping, collapsed: next })
  }
  return [collapsed, toggle]
}
