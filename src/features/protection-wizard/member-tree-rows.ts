// Available members as a flat list of rows (computer > All SQL Servers > instance > database, and failover
// cluster > availability group > database), the shape a virtualized ARIA tree needs. Built from the servers
// list and whatever instances were loaded, or from the search results; never per row.
import {
  type AvailabilityGroupFacts,
  type ClusterFacts,
  type ComputerFacts,
  type DatabaseFacts,
  type InstanceFacts,
  joinPath,
} from '../../domain/estate/estate'
import { agentStatusOf, type EstateIndex, isListedServer } from '../../domain/protection/protectability'

export const ALL_SQL_SERVERS = 'All SQL Servers'

export interface ServerEntry {
  /** A computer, a cluster's virtual server (its clustered instances live there), or a cluster with groups. */
  name: string
  cluster?: ClusterFacts
  /** A failover cluster listed for its Always On availability groups: they are its children, not instances. */
  availabilityGroups?: AvailabilityGroupFacts[]
}

/**
 * The facts of an availability group database's copies, by upper-cased path, as the agents reported them
 * (the copies are read as a batch when the cluster is expanded), or the error that stopped the reading.
 */
export type CopyFacts = ReadonlyMap<string, DatabaseFacts | { error: string }>

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
    | { kind: 'availability-group'; group: AvailabilityGroupFacts; expanded: boolean }
    | { kind: 'database'; facts: DatabaseFacts }
    | { kind: 'note'; text: string }
  )

// One collator for every comparison: localeCompare with a locale and options builds one per call, which made
// sorting the large preset's 2,000 servers take about 100 ms.
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare

/**
 * Servers with an agent (error 31006): standalone computers, virtual servers instead of cluster nodes, the
 * nodes that host an availability replica (their own instance holds the copy), and each failover cluster with
 * availability groups, the groups under it (DPM lists them there).
 */
export function listedServers(
  inventory: {
    computers: ComputerFacts[]
    clusters: ClusterFacts[]
    availabilityGroups?: AvailabilityGroupFacts[]
  },
  estate: EstateIndex,
): ServerEntry[] {
  const groups = inventory.availabilityGroups ?? []
  const replicaNodes = new Set(groups.flatMap((group) => group.replicas.map((r) => serverKey(r.computer))))
  const servers: ServerEntry[] = inventory.computers
    .filter(
      (computer) =>
        (computer.cluster === undefined || replicaNodes.has(serverKey(computer.name))) &&
        computer.agent.status !== 'NotInstalled',
    )
    .map((computer) => ({ name: computer.name }))
  for (const cluster of inventory.clusters) {
    for (const name of cluster.virtualServers) {
      if (isListedServer(estate, name)) servers.push({ name, cluster })
    }
    const ofCluster = groups.filter((group) => serverKey(group.cluster) === serverKey(cluster.name))
    const anyAgent = cluster.nodes.some((node) => agentStatusOf(estate, node) !== 'NotInstalled')
    if (ofCluster.length > 0 && anyAgent) {
      servers.push({ name: cluster.name, cluster, availabilityGroups: ofCluster })
    }
  }
  return servers.sort((a, b) => byName(a.name, b.name))
}

export const serverKey = (name: string) => name.toUpperCase()
export const sqlServersId = (server: string) => `sql-servers:${server}`
export const instanceId = (path: string) => `instance:${path}`

export interface TreeInput {
  servers: readonly ServerEntry[]
  /** closedServerRows(servers), when the caller keeps it across builds. */
  closedRows?: readonly ServerRow[]
  /** Upper-cased names of expanded servers. */
  expanded: ReadonlySet<string>
  /** Ids of collapsed All SQL Servers and instance rows. */
  collapsed: ReadonlySet<string>
  /** By upper-cased server name. */
  loads: ReadonlyMap<string, LoadState>
  /** The copies of the availability group databases of expanded clusters. */
  copyFacts?: CopyFacts
}

type ServerRow = Extract<MemberTreeRow, { kind: 'server' }>

/**
 * Each server's row, closed. Built once per servers list: an expand then builds the rows it opens, not the
 * 10,000 servers' rows again, and the closed rows keep their objects.
 */
export function closedServerRows(servers: readonly ServerEntry[]): ServerRow[] {
  return servers.map((server, index) => ({
    kind: 'server',
    id: `server:${server.name}`,
    path: server.name,
    level: 1,
    posinset: index + 1,
    setsize: servers.length,
    server,
    expanded: false,
    load: undefined,
  }))
}

export function buildTreeRows({
  servers,
  closedRows = closedServerRows(servers),
  expanded,
  collapsed,
  loads,
  copyFacts,
}: TreeInput): MemberTreeRow[] {
  const rows: MemberTreeRow[] = []
  servers.forEach((server, index) => {
    const closed = closedRows[index] as ServerRow
    if (!expanded.has(serverKey(server.name))) {
      rows.push(closed)
      return
    }
    const { id } = closed
    if (server.availabilityGroups) {
      rows.push({ ...closed, expanded: true })
      pushGroups(rows, id, server.availabilityGroups, collapsed, copyFacts ?? new Map())
      return
    }
    const load = loads.get(serverKey(server.name)) ?? { status: 'pending' }
    rows.push({ ...closed, expanded: true, load })
    if (load.status === 'pending') {
      rows.push(note(id, server.name, 2, 'Loading SQL Server instances...'))
    } else if (load.status === 'success') {
      pushInstances(rows, server.name, load.instances, collapsed)
    }
  })
  return rows
}

/** The listed servers by their key: made once per servers list, not per search (10,000 servers at the most). */
export function serversByKey(servers: readonly ServerEntry[]): ReadonlyMap<string, ServerEntry> {
  return new Map(servers.map((server) => [serverKey(server.name), server]))
}

/** Search members: every match under its server, instance and All SQL Servers, all open. */
export function buildSearchRows(
  results: readonly DatabaseFacts[],
  listed: ReadonlyMap<string, ServerEntry>,
  collapsed: ReadonlySet<string>,
): MemberTreeRow[] {
  const grouped = new Map<string, Map<string, DatabaseFacts[]>>()
  for (const db of results) {
    const server = listed.get(serverKey(db.computer))
    if (!server) continue
    const instances = grouped.get(server.name) ?? new Map<string, DatabaseFacts[]>()
    grouped.set(server.name, instances)
    const instancePath = `${db.computer}\\${db.instance}`
    const databases = instances.get(instancePath)
    if (databases) databases.push(db)
    else instances.set(instancePath, [db])
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

/** The copy paths of a group's databases, the primary's first: what the cluster's rows are read from. */
export function groupCopyPaths(group: AvailabilityGroupFacts): string[] {
  const replicas = [...group.replicas].sort(
    (a, b) => Number(b.role === 'PRIMARY') - Number(a.role === 'PRIMARY'),
  )
  return group.databases.flatMap((name) => replicas.map((replica) => joinPath(replica.instance, name)))
}

export const availabilityGroupId = (group: AvailabilityGroupFacts) =>
  `availability-group:${joinPath(group.cluster, group.name)}`

function pushGroups(
  rows: MemberTreeRow[],
  parentId: string,
  groups: readonly AvailabilityGroupFacts[],
  collapsed: ReadonlySet<string>,
  copyFacts: CopyFacts,
): void {
  const sorted = [...groups].sort((a, b) => byName(a.name, b.name))
  sorted.forEach((group, index) => {
    const id = availabilityGroupId(group)
    const groupPath = joinPath(group.cluster, group.name)
    const open = !collapsed.has(id)
    rows.push({
      kind: 'availability-group',
      id,
      path: groupPath,
      level: 2,
      posinset: index + 1,
      setsize: sorted.length,
      parentId,
      group,
      expanded: open,
    })
    if (!open) return
    const databases = [...group.databases].sort(byName)
    databases.forEach((name, dbIndex) => {
      const path = joinPath(groupPath, name)
      // A database row holds the facts of one copy: the primary's when it answered, else any replica's.
      const entries = groupCopyPaths({ ...group, databases: [name] }).map((copy) =>
        copyFacts.get(serverKey(copy)),
      )
      const facts = entries.find((entry): entry is DatabaseFacts => entry !== undefined && 'path' in entry)
      const base = { path, level: 3, posinset: dbIndex + 1, setsize: databases.length, parentId: id }
      if (facts) {
        rows.push({ ...base, kind: 'database', id: `database:${path}`, facts })
        return
      }
      const failure = entries.find((entry) => entry !== undefined && 'error' in entry)
      const text =
        failure && 'error' in failure && entries.every((entry) => entry !== undefined)
          ? `${name}: no replica could be read: ${failure.error}`
          : `${name}: reading the replicas...`
      rows.push({ ...base, kind: 'note', id: `note:${path}`, text })
    })
  })
}

function note(parentId: string, path: string, level: number, text: string): MemberTreeRow {
  return { kind: 'note', id: `note:${parentId}`, path, level, posinset: 1, setsize: 1, parentId, text }
}
