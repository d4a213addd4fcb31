import { describe, expect, it } from 'vitest'
import { HR_DB } from '../../agent-api/demo-estate'
import { newDraft, type WizardDraft } from '../../dpm/protection-wizard-store'
import { groupSpecOf, NO_MEMBERS_MESSAGE, validatePage } from './page-validation'

const context = { groups: [{ id: 'pg-1', name: 'Sales' }], now: 1_000 }
const hr = {
  key: 'path:HR',
  instance: 'SQL-STD01\\MSSQLSERVER',
  member: {
    path: HR_DB,
    sizeMb: 10,
    logSizeMb: 1,
    recoveryModel: 'FULL' as const,
    readOnly: false,
  },
}
const draft = (change: Partial<WizardDraft> = {}): WizardDraft => ({
  ...newDraft({ mode: 'create' }),
  members: [hr],
  name: 'HR',
  ...change,
})
const messages = (page: Parameters<typeof validatePage>[0], d: WizardDraft) =>
  validatePage(page, d, context).map((p) => `${p.field}: ${p.message}`)

describe('validatePage', () => {
  it('Select Group Members: nothing selected is error 31010', () => {
    expect(messages('members', draft({ members: [] }))).toEqual([`members: ${NO_MEMBERS_MESSAGE}`])
    expect(NO_MEMBERS_MESSAGE.toLowerCase()).toContain('no members were selected for protection')
    expect(messages('members', draft())).toEqual([])
  })

  it('Select Data Protection Method: name rules, Modify keeps its own name, disk is required', () => {
    expect(messages('method', draft({ name: 'Sales' }))[0]).toContain('already exists')
    expect(messages('method', draft({ name: 'Sales', target: { mode: 'modify', groupId: 'pg-1' } }))).toEqual(
      [],
    )
    expect(messages('method', draft({ shortTermDisk: false }))[0]).toMatch(/^methods:/)
  })

  it('Specify Short-Term Goals: the retention as typed, and 31016 forcing instead of refusing', () => {
    expect(messages('goals', draft({ retentionText: '449' }))[0]).toMatch(/^retention:/)
    const simple = { ...hr, member: { ...hr.member, recoveryModel: 'SIMPLE' as const } }
    expect(messages('goals', draft({ members: [simple] }))).toEqual([])
    expect(groupSpecOf(draft({ members: [simple] })).policy.syncFrequency).toBe('before-recovery-point')
  })

  it('Choose Replica Creation Method: Later must not be in the past', () => {
    const later = (at: number) =>
      draft({ policy: { ...draft().policy, replicaCreation: { method: 'later', at } } })
    expect(messages('replica', later(999))[0]).toContain('not in the past')
    expect(messages('replica', later(Number.NaN))[0]).toMatch(/^later-at:/)
    expect(messages('replica', later(1_000))).toEqual([])
  })

  it('Choose Consistency Check Options: daily check start and duration', () => {
    const daily = (start: string, maxDurationHours: number) =>
      draft({
        policy: {
          ...draft().policy,
          consistencyCheck: { onInconsistent: true, daily: { start, maxDurationHours } },
        },
      })
    expect(messages('consistency', daily('01:00', 8))).toEqual([])
    expect(messages('consistency', daily('1am', 8))).toHaveLength(1)
    expect(messages('consistency', daily('01:00', 0))).toHaveLength(1)
    expect(messages('consistency', daily('01:00', 25))).toHaveLength(1)
  })
})

describe('groupSpecOf', () => {
  it('hands over the members, auto protection and the policy with the typed retention', () => {
    const spec = groupSpecOf(draft({ retentionText: '12', autoProtectInstances: ['SQL-STD01\\MSSQLSERVER'] }))
    expect(spec).toMatchObject({
      name: 'HR',
      members: [hr.member],
      autoProtectInstances: ['SQL-STD01\\MSSQLSERVER'],
      policy: { retentionDays: 12, syncFrequency: 15 },
    })
  })
})
