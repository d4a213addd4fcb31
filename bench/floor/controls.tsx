// The floor of Select Group Members: the same React, the same Fluent controls (a Button, a SearchBox,
// Checkboxes) and the same page contract the benchmark drives (roles, names, test ids), with a tree of 30
// servers held in memory and nothing else: no agents, no stores, no virtualization. Each interaction the
// benchmark times on the console it times here too; the console's figure over this one is the ratio.
import { Button, Checkbox, FluentProvider, SearchBox, webLightTheme } from '@fluentui/react-components'
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react'

const SERVERS = Array.from({ length: 30 }, (_, index) => `SQL-F${String(index + 1).padStart(2, '0')}`)
const DATABASES = ['SalesDB', 'SalesDB_M', 'CRM', 'Finance', 'HR', 'Payroll', 'Ledger', 'Billing']
/** The console's typing pause before it searches (members-page.tsx). */
const SEARCH_PAUSE_MS = 250

interface Row {
  path: string
  level: 1 | 4
  expanded?: boolean
}

function rowsOf(expanded: ReadonlySet<string>, search: string): Row[] {
  const text = search.trim().toLowerCase()
  return SERVERS.flatMap((server): Row[] => {
    const databases = DATABASES.map((name) => `${server}\\MSSQLSERVER\\${name}`).filter((path) =>
      path.toLowerCase().includes(text),
    )
    if (text !== '')
      return databases.length === 0
        ? []
        : [{ path: server, level: 1, expanded: true }, ...databases.map((path): Row => ({ path, level: 4 }))]
    const open = expanded.has(server)
    return [
      { path: server, level: 1, expanded: open },
      ...(open ? databases.map((path): Row => ({ path, level: 4 })) : []),
    ]
  })
}

function MembersFloor() {
  const [input, setInput] = useState('')
  const [search, setSearch] = useState('')
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const [selected, setSelected] = useState<readonly string[]>([])
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), SEARCH_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [input])
  const rows = useMemo(() => rowsOf(expanded, search), [expanded, search])
  const onKeyDown = (row: Row) => (event: KeyboardEvent) => {
    if (row.level !== 1 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return
    const next = new Set(expanded)
    if (event.key === 'ArrowRight') next.add(row.path)
    else next.delete(row.path)
    setExpanded(next)
  }
  const last = selected.at(-1)
  return (
    <div>
      <SearchBox
        aria-label="Search members"
        placeholder="Search members"
        value={input}
        onChange={(_, data) => setInput(data.value)}
      />
      <div role="tree" aria-label="Available members" style={{ height: 340, overflowY: 'auto' }}>
        {rows.map((row) => (
          <div
            key={row.path}
            role="treeitem"
            tabIndex={-1}
            aria-level={row.level}
            aria-expanded={row.level === 1 ? row.expanded : undefined}
            aria-selected={false}
            data-testid={`member:${row.path}`}
            onKeyDown={onKeyDown(row)}
            style={{ paddingLeft: row.level * 10 }}
          >
            {row.level === 4 && (
              <Checkbox
                aria-label={row.path}
                checked={selected.includes(row.path)}
                onChange={(_, data) =>
                  setSelected((list) =>
                    data.checked ? [...list, row.path] : list.filter((path) => path !== row.path),
                  )
                }
              />
            )}
            {row.path.split('\\').at(-1)}
            {row.level === 4 && <span>Principal</span>}
          </div>
        ))}
      </div>
      <ul aria-label="Selected members">
        {selected.map((path) => (
          <li key={path}>{path}</li>
        ))}
      </ul>
      {last && <div data-testid="mirror-details">{last.split('\\').at(-1)}</div>}
    </div>
  )
}

export function FloorControls() {
  const [page, setPage] = useState<'type' | 'members'>('type')
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        {page === 'members' && <MembersFloor />}
        <Button onClick={() => setPage('members')}>Next</Button>
      </main>
    </FluentProvider>
  )
}
