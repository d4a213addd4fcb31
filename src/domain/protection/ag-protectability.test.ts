// Select Group Members' classification of a database of an Always On availability group: one data source
// whatever replica's copy is checked, an agent on every node that hosts a replica, and a preference that
// allows no replica shown but not blocking.
import { describe, expect, it } from 'vitest'
import type { AvailabilityGroupFacts, ComputerFacts, DatabaseFacts } from '../estate/estate'
import {
  type ClassifyContext,
  classifyDatabase,
  dataSourceKeyOf,
  indexEstate,
  indexProtectedDataSources,
} from './protectability'
import { DEFAULT_POLICY, EMPTY_SERVER_STATE } from './protection'
import { createProtectionGroup, findDataSource } from './protection-groups'

const node = (name: string, agent: 'OK' | 'NotInstalled' | 'Unreachable' = 'OK'): ComputerFacts => ({
  name,
  domain: 'contoso.local',
  cluster: 'SQLAGCLU01',
  addresses: [],
  agent: { status: agent },
})

const replica = (computer: string, role: 'PRIMARY' | 'SECONDARY', backupPriority: number) => ({
  instance: `${computer}\\MSSQLSERVER`,
  computer,
  role,
  availabilityMode: 'SYNCHRONOUS_COMMIT' as const,
  failoverMode: 'AUTOMATIC' as const,
  synchronizationState: 'SYNCHRONIZED' as const,
  online: true,
  readableSecondary: true,
  backupPriority,
  excludedFromBackup: false,
})

const ordersGroup = (overrides: Partial<AvailabilityGroupFacts> = {}): AvailabilityGroupFacts => ({
  name: 'AG-Orders',
  cluster: 'SQLAGCLU01',
  listener: 'ORDERS-LSN',
  backupPreference: 'SECONDARY',
  replicas: [
    replica('SQL-AG01', 'PRIMARY', 50),
    replica('SQL-AG02', 'SECONDARY', 60),
    replica('SQL-AG03', 'SECONDARY', 40),
  ],
  databases: ['OrdersDB'],
  ...overrides,
})

const copy = (computer: string, group = ordersGroup()): DatabaseFacts => ({
  path: `${computer}\\MSSQLSERVER\\OrdersDB`,
  computer,
  instance: 'MSSQLSERVER',
  name: 'OrdersDB',
  state: 'ONLINE',
  recoveryModel: 'FULL',
  readOnly: false,
  sizeMb: 25600,
  logSizeMb: 1024,
  availabilityGroup: group,
})

const contextWith = (agents: Record<string, 'OK' | 'NotInstalled' | 'Unreachable'> = {}): ClassifyContext => {
  const computers = ['SQL-AG01', 'SQL-AG02', 'SQL-AG03'].map((name) => node(name, agents[name]))
  const clusters = [{ name: 'SQLAGCLU01', nodes: computers.map((c) => c.name), virtualServers: [] }]
  return {
    estate: indexEstate({ computers, clusters }),
    protectedIndex: indexProtectedDataSources(EMPTY_SERVER_STATE),
  }
}

describe('a database of an availability group', () => {
  it('is one data source from any replica: the primary copy its path, the group its name', () => {
    const context = contextWith()
    const [primary, secondary, async] = ['SQL-AG01', 'SQL-AG02', 'SQL-AG03'].map((c) =>
      classifyDatabase(copy(c), context),
    )
    for (const classification of [primary, secondary, async]) {
      expect(classification).toMatchObject({
        status: { kind: 'selectable' },
        dataSourceKey: 'ag:SQLAGCLU01\\AG-ORDERS\\ORDERSDB',
        member: {
          path: 'SQL-AG01\\MSSQLSERVER\\OrdersDB',
          sizeMb: 25600,
          availability: { group: 'AG-Orders', cluster: 'SQLAGCLU01', database: 'OrdersDB' },
        },
      })
      expect(classification?.member.mirror).toBeUndefined()
      expect(classification?.availability?.choice).toMatchObject({
        kind: 'replica',
        replica: { instance: 'SQL-AG02\\MSSQLSERVER' },
      })
    }
    expect([primary?.role, secondary?.role]).toEqual(['primary-replica', 'secondary-replica'])
    expect(dataSourceKeyOf(primary?.member ?? { path: '' })).toBe(primary?.dataSourceKey)
  })

  it('follows the primary after a failover: the path is the new primary copy, the key the same', () => {
    const group = ordersGroup({
      replicas: [
        replica('SQL-AG01', 'SECONDARY', 50),
        replica('SQL-AG02', 'PRIMARY', 60),
        replica('SQL-AG03', 'SECONDARY', 40),
      ],
    })
    const classification = classifyDatabase(copy('SQL-AG03', group), contextWith())
    expect(classification.member.path).toBe('SQL-AG02\\MSSQLSERVER\\OrdersDB')
    expect(classification.dataSourceKey).toBe('ag:SQLAGCLU01\\AG-ORDERS\\ORDERSDB')
  })

  it('needs an agent on every node that hosts a replica: says which node, and the fix', () => {
    const classification = classifyDatabase(copy('SQL-AG01'), contextWith({ 'SQL-AG03': 'NotInstalled' }))
    expect(classification.status).toEqual({
      kind: 'blocked',
      reason: {
        code: 'missing-agent',
        computers: ['SQL-AG03'],
        message:
          'SQL-AG03 hosts a replica of availability group AG-Orders and has no protection agent. Install the protection agent on SQL-AG03: DPM needs one on every node that hosts a replica.',
      },
    })
    expect(
      classifyDatabase(copy('SQL-AG02'), contextWith({ 'SQL-AG01': 'Unreachable' })).status,
    ).toMatchObject({
      kind: 'blocked',
      reason: { code: 'agent-unreachable', computers: ['SQL-AG01'] },
    })
  })

  it('stays selectable when the preference allows no replica, with the reason and the fix to show', () => {
    const group = ordersGroup({
      backupPreference: 'SECONDARY_ONLY',
      replicas: [replica('SQL-AG01', 'PRIMARY', 50)],
    })
    const classification = classifyDatabase(copy('SQL-AG01', group), contextWith())
    expect(classification.status).toEqual({ kind: 'selectable' })
    expect(classification.availability?.choice).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('Secondary only'),
      fix: expect.stringContaining('change the backup preference of AG-Orders'),
    })
  })

  it('is protected elsewhere whatever replica protected it, found by findDataSource from any copy', () => {
    const context = contextWith()
    const member = classifyDatabase(copy('SQL-AG03'), context).member
    const { state } = createProtectionGroup(
      EMPTY_SERVER_STATE,
      { name: 'Orders', policy: DEFAULT_POLICY, members: [member], autoProtectInstances: [] },
      0,
    )
    const [ds] = Object.values(state.dataSources)
    expect(ds).toMatchObject({ path: 'SQL-AG01\\MSSQLSERVER\\OrdersDB', availability: member.availability })
    // After a failover the copies report SQL-AG02 as primary: the data source is still found.
    const failedOver = ordersGroup({
      replicas: [
        replica('SQL-AG01', 'SECONDARY', 50),
        replica('SQL-AG02', 'PRIMARY', 60),
        replica('SQL-AG03', 'SECONDARY', 40),
      ],
    })
    const protectedIndex = indexProtectedDataSources(state)
    for (const computer of ['SQL-AG01', 'SQL-AG02', 'SQL-AG03']) {
      const classification = classifyDatabase(copy(computer, failedOver), { ...context, protectedIndex })
      expect(classification.status).toEqual({ kind: 'protected', groupId: ds?.groupId, dataSourceId: ds?.id })
      expect(findDataSource(state, classification.member)?.id).toBe(ds?.id)
    }
  })
})
