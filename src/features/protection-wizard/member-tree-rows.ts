// Available members as a flat list of rows (computer > All SQL Servers > instance > database), the shape a
// virtualized ARIA tree needs. Built from the servers list and whatever instances were loaded, or from the
// search results; never per row.
import type { ClusterFacts, ComputerFacts, DatabaseFacts, InstanceFacts } from '../../domain/estate/estate'
import { type EstateIndex, isListedServer } from '../../domain/protection/protectability'

export const ALL_SQL_SERVERS = 'All SQL Servers'

export interface ServerEntry {
  /** A computer, or a cluster's virtual server (its clustered instances live there). */
  name: string
  cluster?: ClusterFacts
}

export type LoadState =
  | { status: 'pending' }
  | { status: 'error'; message: string }
  | { status: 'success'; instances: InstanceFacts[] }

interface RowBase {
  /** Unique and stable: the kind and the path. */
  id: string
  /** COMPUTER, COMPUTER\INSTANCE or COMPUTER\INSTANCE\DATABASE (the test id's PATH). */
  path: string
  level: number
  posinset: number
  setsize: number
  parentId?: string
}

export type MemberTreeRow = RowBase &
  (
    | { kind: 'server'; server: ServerEntry; expanded: boolean; load?: LoadState }
    | { kind: 'sql-servers'; server: string; expanded: boolean }
    | { kind: 'instance'; server: string; expanded: boolean }
    | { kind: 'database'; facts: DatabaseFacts }
    | { kind: 'note'; text: string }
  )

// One collator for every comparison: localeCompare with a locale and options builds one per call, which made
// sorting the large preset's 2,000 servers take about 100 ms.
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare

/** Servers with an agent (error 31006): standalone computers, and virtual servers instead of cluster nodes. */
export function listedServers(
  inventory: { computers: ComputerFacts[]; clusters: ClusterFacts[] },
  estate: EstateIndex,
): ServerEntry[] {
  const servers: ServerEntry[] = inventory.computers
    .filter((computer) => computer.cluster === undefined && computer.agent.status !== 'NotInstalled')
    .map((computer) => ({ name: computer.name }))
  for (const cluster of inventory.clusters) {
    for (const name of cluster.virtualServers) {
      if (isListedServer(estate, name)) servers.push({ name, cluster })
    }
  }
  return servers.sort((a, b) => byName(a.name, b.name))
}

export const serverKey = (name: string) => name.toUpperCase()
export const sqlServersId = (server: string) => `sql-servers:${server}`
export const instanceId = (path: string) => `instance:${path}`

export interface TreeInput {
  servers: readonly ServerEntry[]
  /** Upper-cased names of expanded servers. */
  expanded: ReadonlySet<string>
  /** Ids of collapsed All SQL Servers and instance rows. */
  collapsed: ReadonlySet<string>
  /** By upper-cased server name. */
  loads: ReadonlyMap<string, LoadState>
}

export function buildTreeRows({ servers, expanded, collapsed, loads }: TreeInput): MemberTreeRow[] {
  const rows: MemberTreeRow[] = []
  servers.forEach((server, index) => {
    const isExpanded = expanded.has(serverKey(server.name))
    const load = isExpanded ? (loads.get(serverKey(server.name)) ?? { status: 'pending' }) : undefined
    const id = `server:${server.name}`
    rows.push({
      kind: 'server',
      id,
      path: server.name,
      level: 1,
      posinset: index + 1,
      setsize: servers.length,
      server,
      expanded: isExpanded,
      load,
    })
    if (!load) return
    if (load.status === 'pending') {
      rows.push(note(id, server.name, 2, 'Loading SQL Server instances...'))
    } else if (load.status === 'success') {
      pushInstances(rows, server.name, load.instances, collapsed)
    }
  })
  return rows
}

/** Search members: every match under its server, instance and All SQL Servers, all open. */
export function buildSearchRows(
  results: readonly DatabaseFacts[],
  servers: readonly ServerEntry[],
  collapsed: ReadonlySet<string>,
): MemberTreeRow[] {
  const listed = new Map(servers.map((server) => [serverKey(server.name), server]))
  const grouped = new Map<string, Map<string, DatabaseFacts[]>>()
  for (const db of results) {
    const server = listed.get(serverKey(db.computer))
    if (!server) continue
    const instances = grouped.get(server.name) ?? new Map<string, DatabaseFacts[]>()
    grouped.set(server.name, instances)
    const instancePath = `${db.computer}\\${db.instance}`
    instances.set(instancePath, [...(instances.get(instancePath) ?? []), db])
  }
  const rows: MemberTreeRow[] = []
  const names = [...grouped.keys()].sort(byName)
  names.forEach((name, index) => {
    const server = listed.get(serverKey(name)) as ServerEntry
    rows.push({
      kind: 'server',
      id: `server:${name}`,
      path: name,
      level: 1,
      posinset: index + 1,
      setsize: names.length,
      server,
      expanded: true,
      load: undefined,
    })
    const instances = [...(grouped.get(name) ?? new Map()).entries()].map(
      ([path, databases]): InstanceFacts => ({
        path,
        computer: name,
        name: path.slice(name.length + 1),
        databases,
      }),
    )
    pushInstances(rows, name, instances, collapsed)
  })
  return rows
}

function pushInstances(
  rows: MemberTreeRow[],
  server: string,
  instances: readonly InstanceFacts[],
  collapsed: ReadonlySet<string>,
): void {
  const parentId = `server:${server}`
  if (instances.length === 0) {
    rows.push(note(parentId, server, 2, 'No SQL Server instances on this server.'))
    return
  }
  const groupId = sqlServersId(server)
  const groupOpen = !collapsed.has(groupId)
  rows.push({
    kind: 'sql-servers',
    id: groupId,
    path: `${server}\\${ALL_SQL_SERVERS}`,
    level: 2,
    posinset: 1,
    setsize: 1,
    parentId,
    server,
    expanded: groupOpen,
  })
  if (!groupOpen) return
  const sorted = [...instances].sort((a, b) => byName(a.path, b.path))
  sorted.forEach((instance, index) => {
    const id = instanceId(instance.path)
    const open = !collapsed.has(id)
    rows.push({
      kind: 'instance',
      id,
      path: instance.path,
      level: 3,
      posinset: index + 1,
      setsize: sorted.length,
      parentId: groupId,
      server,
      expanded: open,
    })
    if (!open) return
    if (instance.databases.length === 0) {
      rows.push(note(id, instance.path, 4, 'No databases in this instance.'))
      return
    }
    const databases = [...instance.databases].sort((a, b) => byName(a.name, b.name))
    databases.forEach((facts, dbIndex) => {
      rows.push({
        kind: 'database',
        id: `database:${facts.path}`,
        path: facts.path,
        level: 4,
        posinset: dbIndex + 1,
        setsize: databases.length,
        parentId: id,
        facts,
      })
    })
  })
}

function note(parentId: string, path: string, level: number, text: string): MemberTreeRow {
  return { kind: 'note', id: `note:${parentId}`, path, level, posinset: 1, setsize: 1, parentId, text }
}
