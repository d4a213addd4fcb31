import { describe, expect, it } from 'vitest'
import { HR_DB, SALES_DB } from '../../agent-api/demo-estate'
import {
  type DataSource,
  DEFAULT_POLICY,
  type Job,
  type ProtectionGroup,
} from '../../domain/protection/protection'
import { INACTIVE_PROTECTION, indexMembers, protectionTreeRows, runningJobs } from './protection-tree-view'

const T = Date.parse('2026-01-05T09:00:00Z')

const ds = (id: string, path: string, groupId?: string): DataSource => ({
  id,
  path,
  groupId,
  protectedAt: T,
  sizeMb: 1,
  logSizeMb: 1,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
})

const group = (id: string, name: string): ProtectionGroup => ({
  id,
  name,
  policy: DEFAULT_POLICY,
  createdAt: T,
  autoProtectInstances: [],
})

const groups = { 'pg-2': group('pg-2', 'Sales'), 'pg-1': group('pg-1', 'Finance') }
const dataSources = {
  a: ds('a', 'SQL-B\\MSSQLSERVER\\B', 'pg-1'),
  b: ds('b', 'SQL-A\\MSSQLSERVER\\A', 'pg-1'),
  c: ds('c', SALES_DB, 'pg-2'),
  d: ds('d', HR_DB),
}

describe('protectionTreeRows', () => {
  it('lists groups by name with their members by path, Inactive protection last', () => {
    const rows = protectionTreeRows(groups, indexMembers(dataSources), new Set())
    expect(rows.map((row) => row.key)).toEqual([
      'group:pg-1',
      'ds:b',
      'ds:a',
      'group:pg-2',
      'ds:c',
      `group:${INACTIVE_PROTECTION}`,
      'ds:d',
    ])
    expect(rows[0]).toMatchObject({ kind: 'group', name: 'Finance', memberCount: 2, expanded: true })
    expect(rows[5]).toMatchObject({ name: 'Inactive protection', memberCount: 1 })
  })

  it('hides the members of a collapsed group and keeps its row', () => {
    const rows = protectionTreeRows(groups, indexMembers(dataSources), new Set(['pg-1']))
    expect(rows.map((row) => row.key).slice(0, 2)).toEqual(['group:pg-1', 'group:pg-2'])
    expect(rows[0]).toMatchObject({ expanded: false, memberCount: 2 })
  })

  it('has no Inactive protection group when nothing is retained', () => {
    const { d: _retained, ...active } = dataSources
    const rows = protectionTreeRows(groups, indexMembers(active), new Set())
    expect(rows.some((row) => row.groupId === INACTIVE_PROTECTION)).toBe(false)
  })
})

describe('runningJobs', () => {
  it('indexes only jobs in progress', () => {
    const job = (id: string, dataSourceId: string, status: Job['status']): Job => ({
      id,
      type: 'consistency-check',
      dataSourceId,
      source: 'x',
      computer: 'x',
      groupName: 'g',
      status,
      scheduledAt: T,
    })
    const running = runningJobs([
      job('1', 'a', 'completed'),
      job('2', 'a', 'in-progress'),
      job('3', 'b', 'scheduled'),
    ])
    expect(running.get('a')?.id).toBe('2')
    expect(running.has('b')).toBe(false)
  })
})
