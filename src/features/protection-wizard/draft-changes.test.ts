import { describe, expect, it } from 'vitest'
import { FINANCE_DB, HR_DB, PAYROLL_DB, SALES_DB, SALES_MIRROR_COPY } from '../../agent-api/demo-estate'
import type { DatabaseClassification } from '../../domain/protection/protectability'
import { newDraft } from '../../dpm/protection-wizard-store'
import { checkInstance, removeMember, selectDatabases, uncheckInstance } from './draft-changes'

const plain = (path: string): DatabaseClassification => ({
  path,
  role: 'standalone',
  dataSourceKey: `path:${path.toUpperCase()}`,
  member: { path, sizeMb: 10, logSizeMb: 1, recoveryModel: 'FULL', readOnly: false },
  status: { kind: 'selectable' },
})
const sales = (copy: 'SQL-PRI01' | 'SQL-MIR01'): DatabaseClassification => {
  const partners: [string, string] = [SALES_DB, SALES_MIRROR_COPY]
  return {
    path: `${copy}\\MSSQLSERVER\\SalesDB`,
    role: copy === 'SQL-PRI01' ? 'principal' : 'mirror',
    dataSourceKey: 'session:sales',
    member: {
      path: partners[0],
      sizeMb: 10,
      logSizeMb: 1,
      recoveryModel: 'FULL',
      readOnly: false,
      mirror: { sessionId: 'sales', partners },
    },
    status: { kind: 'selectable' },
  }
}
const hr = plain(HR_DB)
const payroll = plain(PAYROLL_DB)
const blocked: DatabaseClassification = {
  ...plain(FINANCE_DB),
  status: { kind: 'blocked', reason: { code: 'same-computer', message: 'x' } },
}

describe('selecting members', () => {
  it('S2: checking either copy of a mirrored database selects one data source, named by the principal', () => {
    const draft = selectDatabases(selectDatabases(newDraft({ mode: 'create' }), [sales('SQL-MIR01')]), [
      sales('SQL-PRI01'),
    ])
    expect(draft.members).toHaveLength(1)
    expect(draft.members[0]?.member.path).toBe(SALES_DB)
    expect(draft.members[0]?.instance).toBe('SQL-MIR01\\MSSQLSERVER')
    expect(draft.dirty).toBe(true)
  })

  it('never selects a blocked or protected database', () => {
    const protectedDb: DatabaseClassification = {
      ...payroll,
      status: { kind: 'protected', groupId: 'pg-1', dataSourceId: 'ds-1' },
    }
    const draft = selectDatabases(newDraft({ mode: 'create' }), [blocked, protectedDb])
    expect(draft.members).toEqual([])
    expect(draft.dirty).toBe(false)
  })

  it('checking an instance selects its selectable databases and turns on auto protection', () => {
    const draft = checkInstance(newDraft({ mode: 'create' }), 'SQL-STD01\\MSSQLSERVER', [
      hr,
      payroll,
      blocked,
    ])
    expect(draft.members.map((m) => m.member.path)).toEqual([hr.path, payroll.path])
    expect(draft.autoProtectInstances).toEqual(['SQL-STD01\\MSSQLSERVER'])
    const unchecked = uncheckInstance(draft, 'SQL-STD01\\MSSQLSERVER')
    expect(unchecked.members).toEqual([])
    expect(unchecked.autoProtectInstances).toEqual([])
  })

  it('removing a database of an auto-protected instance turns its auto protection off', () => {
    const draft = checkInstance(newDraft({ mode: 'create' }), 'SQL-STD01\\MSSQLSERVER', [hr, payroll])
    const removed = removeMember(draft, hr.dataSourceKey)
    expect(removed.members.map((m) => m.member.path)).toEqual([payroll.path])
    expect(removed.autoProtectInstances).toEqual([])
  })

  it('removing a mirrored database stops auto protection on both partners instances', () => {
    let draft = checkInstance(newDraft({ mode: 'create' }), 'SQL-PRI01\\MSSQLSERVER', [sales('SQL-PRI01')])
    draft = checkInstance(draft, 'SQL-MIR01\\MSSQLSERVER', [sales('SQL-MIR01')])
    expect(draft.members).toHaveLength(1)
    expect(removeMember(draft, 'session:sales').autoProtectInstances).toEqual([])
  })
})
