import { describe, expect, it, vi } from 'vitest'
import type { ComputerFacts, DatabaseFacts } from '../../domain/estate/estate'
import { indexEstate } from '../../domain/protection/protectability'
import { buildTreeRows, closedServerRows, listedServers } from './member-tree-rows'

const computer = (name: string, agent: 'OK' | 'NotInstalled' = 'OK'): ComputerFacts => ({
  name,
  domain: 'contoso.local',
  addresses: [],
  agent: { status: agent },
})

describe('listedServers', () => {
  it('sorts servers by name ignoring case, and leaves out computers without an agent (31006)', () => {
    const inventory = {
      computers: [
        computer('SQL-C'),
        computer('sql-b'),
        computer('SQL-A'),
        computer('SQL-NOAGENT', 'NotInstalled'),
      ],
      clusters: [],
    }
    expect(listedServers(inventory, indexEstate(inventory)).map((server) => server.name)).toEqual([
      'SQL-A',
      'sql-b',
      'SQL-C',
    ])
  })

  it('sorts thousands of servers with one collator, never one per comparison', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `SQL-L${String((i * 7919) % 2000).padStart(4, '0')}`)
    const inventory = { computers: names.map((name) => computer(name)), clusters: [] }
    const estate = indexEstate(inventory)
    // localeCompare with a locale and options, or a collator made in the comparison, builds one per call
    // (about 100 ms for 2,000 servers; the benchmark's first tree at the large preset times it).
    const { Collator } = Intl
    // biome-ignore lint/complexity/useArrowFunction: the spy is called with new, which an arrow cannot be.
    const collators = vi.spyOn(Intl, 'Collator').mockImplementation(function (...args) {
      return new Collator(...args)
    })
    const localeCompares = vi.spyOn(String.prototype, 'localeCompare')
    const servers = listedServers(inventory, estate)
    expect(collators).not.toHaveBeenCalled()
    expect(localeCompares).not.toHaveBeenCalled()
    expect(servers[0]?.name).toBe('SQL-L0000')
    expect(servers.at(-1)?.name).toBe('SQL-L1999')
  })
})

describe('availability groups in Available members', () => {
  const replica = (computer: string, role: 'PRIMARY' | 'SECONDARY') => ({
    instance: `${computer}\\MSSQLSERVER`,
    computer,
    role,
    availabilityMode: 'SYNCHRONOUS_COMMIT' as const,
    failoverMode: 'AUTOMATIC' as const,
    synchronizationState: 'SYNCHRONIZED' as const,
    online: true,
    readableSecondary: true,
    backupPriority: 50,
    excludedFromBackup: false,
  })
  const group = {
    name: 'AG-Orders',
    cluster: 'SQLAGCLU01',
    listener: 'ORDERS-LSN',
    backupPreference: 'SECONDARY' as const,
    replicas: [replica('SQL-AG02', 'SECONDARY'), replica('SQL-AG01', 'PRIMARY')],
    databases: ['ShippingDB', 'OrdersDB'],
  }
  const node = (name: string, agent: 'OK' | 'NotInstalled' = 'OK') => ({
    ...computer(name, agent),
    cluster: 'SQLAGCLU01',
  })
  const inventory = {
    computers: [node('SQL-AG01'), node('SQL-AG02'), node('SQL-AG09'), computer('SQL-STD01')],
    clusters: [{ name: 'SQLAGCLU01', nodes: ['SQL-AG01', 'SQL-AG02', 'SQL-AG09'], virtualServers: [] }],
    availabilityGroups: [group],
  }

  it('lists the cluster with its groups, and the nodes that host a replica (not the other nodes)', () => {
    const servers = listedServers(inventory, indexEstate(inventory))
    expect(servers.map((server) => [server.name, server.availabilityGroups?.length])).toEqual([
      ['SQL-AG01', undefined],
      ['SQL-AG02', undefined],
      ['SQL-STD01', undefined],
      ['SQLAGCLU01', 1],
    ])
  })

  it('puts group > database rows under the expanded cluster, each row holding the primary copy when read', () => {
    const servers = listedServers(inventory, indexEstate(inventory))
    const copy = (path: string) => ({
      path,
      computer: path.split('\\')[0] ?? '',
      instance: 'MSSQLSERVER',
      name: path.split('\\')[2] ?? '',
      state: 'ONLINE' as const,
      recoveryModel: 'FULL' as const,
      readOnly: false,
      sizeMb: 1,
      logSizeMb: 1,
      availabilityGroup: group,
    })
    const copyFacts = new Map<string, DatabaseFacts | { error: string }>([
      ['SQL-AG01\\MSSQLSERVER\\ORDERSDB', copy('SQL-AG01\\MSSQLSERVER\\OrdersDB')],
      ['SQL-AG02\\MSSQLSERVER\\ORDERSDB', copy('SQL-AG02\\MSSQLSERVER\\OrdersDB')],
      ['SQL-AG01\\MSSQLSERVER\\SHIPPINGDB', { error: 'The protection agent on SQL-AG01 is not reachable.' }],
    ])
    const rows = buildTreeRows({
      servers,
      expanded: new Set(['SQLAGCLU01']),
      collapsed: new Set(),
      loads: new Map(),
      copyFacts,
    })
    const underCluster = rows.filter((row) => row.path.startsWith('SQLAGCLU01'))
    expect(underCluster.map((row) => [row.kind, row.path, row.level])).toEqual([
      ['server', 'SQLAGCLU01', 1],
      ['availability-group', 'SQLAGCLU01\\AG-Orders', 2],
      ['database', 'SQLAGCLU01\\AG-Orders\\OrdersDB', 3],
      ['note', 'SQLAGCLU01\\AG-Orders\\ShippingDB', 3],
    ])
    const orders = underCluster[2]
    expect(orders?.kind === 'database' && orders.facts.path).toBe('SQL-AG01\\MSSQLSERVER\\OrdersDB')
    // One copy unread yet: still reading; every copy failed: the reason.
    expect(underCluster[3]?.kind === 'note' && underCluster[3].text).toBe(
      'ShippingDB: reading the replicas...',
    )
    copyFacts.set('SQL-AG02\\MSSQLSERVER\\SHIPPINGDB', {
      error: 'The protection agent on SQL-AG02 is not reachable.',
    })
    const failed = buildTreeRows({
      servers,
      expanded: new Set(['SQLAGCLU01']),
      collapsed: new Set(),
      loads: new Map(),
      copyFacts,
    })
    expect(failed.at(-1)).toMatchObject({
      kind: 'note',
      text: 'ShippingDB: no replica could be read: The protection agent on SQL-AG01 is not reachable.',
    })
  })
})

describe('buildTreeRows with the closed rows kept', () => {
  it('reuses the closed servers rows and builds only the opened server anew', () => {
    const servers = ['SQL-A', 'SQL-B', 'SQL-C'].map((name) => ({ name }))
    const closedRows = closedServerRows(servers)
    const input = { servers, closedRows, collapsed: new Set<string>(), loads: new Map() }
    const rows = buildTreeRows({ ...input, expanded: new Set(['SQL-B']) })
    expect(rows.map((row) => row.id)).toEqual([
      'server:SQL-A',
      'server:SQL-B',
      'note:server:SQL-B',
      'server:SQL-C',
    ])
    expect(rows[0]).toBe(closedRows[0])
    expect(rows[3]).toBe(closedRows[2])
    expect(rows[1]).toMatchObject({ expanded: true, load: { status: 'pending' }, posinset: 2, setsize: 3 })
    expect(buildTreeRows({ ...input, expanded: new Set() })).toEqual(closedRows)
  })
})
