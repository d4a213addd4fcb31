import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_POLICY, EMPTY_SERVER_STATE, type MemberSpec } from '../../domain/protection/protection'
import { createProtectionGroup } from '../../domain/protection/protection-groups'
import {
  closeProtectionWizard,
  openProtectionWizard,
  protectionWizardStore,
  type WizardDraft,
} from '../../dpm/protection-wizard-store'
import { runDueJobs } from '../../dpm/scheduler'
import { getServer, serverStore } from '../../dpm/server-store'
import { commitDraft } from './commit-draft'
import { removeMember } from './draft-changes'

// Create Group starts what is due now; the scheduler itself is tested with the engine.
vi.mock('../../dpm/scheduler', () => ({ runDueJobs: vi.fn(async () => {}) }))

const member = (name: string): MemberSpec => ({
  path: `SQL-STD01\\MSSQLSERVER\\${name}`,
  sizeMb: 100,
  logSizeMb: 10,
  recoveryModel: 'FULL',
  readOnly: false,
})

const draft = (): WizardDraft => {
  const current = protectionWizardStore.getState().draft
  if (!current) throw new Error('no draft')
  return current
}

let groupId = ''
beforeEach(() => {
  vi.mocked(runDueJobs).mockClear()
  closeProtectionWizard()
  const created = createProtectionGroup(
    EMPTY_SERVER_STATE,
    {
      name: 'Staff',
      members: [member('HRDB'), member('PayrollDB')],
      autoProtectInstances: [],
      policy: { ...DEFAULT_POLICY, retentionDays: 9 },
    },
    0,
  )
  groupId = created.groupId
  serverStore.setState({ server: created.state })
})

describe('Modify protection group', () => {
  it('reopens at Select Group Members with the group members and policy', () => {
    openProtectionWizard({ mode: 'modify', groupId })
    expect(draft()).toMatchObject({
      page: 'members',
      name: 'Staff',
      retentionText: '9',
      original: { name: 'Staff', members: [member('HRDB').path, member('PayrollDB').path] },
    })
    expect(draft().members.map((m) => m.member.path)).toEqual([member('HRDB').path, member('PayrollDB').path])
  })

  it('removing a member retains its replica; the group keeps its own name', () => {
    openProtectionWizard({ mode: 'modify', groupId })
    const payroll = draft().members[1]?.key ?? ''
    protectionWizardStore.setState({ draft: removeMember(draft(), payroll) })
    expect(commitDraft(draft())).toEqual({ ok: true })
    const sources = Object.values(getServer().dataSources)
    expect(sources.find((ds) => ds.path.endsWith('HRDB'))?.groupId).toBe(groupId)
    const retained = sources.find((ds) => ds.path.endsWith('PayrollDB'))
    expect(retained?.groupId).toBeUndefined()
    expect(retained?.stoppedAt).toBeDefined()
    expect(draft().page).toBe('status')
    expect(runDueJobs).toHaveBeenCalledTimes(1)
    expect(draft().outcome?.tasks.some((t) => t.task.includes('replica retained'))).toBe(true)
  })

  it('a refusal of the DPM server is returned and changes nothing', () => {
    openProtectionWizard({ mode: 'create' })
    protectionWizardStore.setState({ draft: { ...draft(), name: 'Staff', members: [] } })
    const before = getServer()
    const result = commitDraft(draft())
    expect(result).toEqual({ error: expect.stringContaining('already exists') })
    expect(getServer()).toBe(before)
    expect(draft().page).toBe('welcome')
    expect(runDueJobs).not.toHaveBeenCalled()
  })

  it('a draft for the same target is resumed, another target starts afresh', () => {
    openProtectionWizard({ mode: 'create' })
    protectionWizardStore.setState({ draft: { ...draft(), name: 'Half done', dirty: true } })
    openProtectionWizard({ mode: 'create' })
    expect(draft().name).toBe('Half done')
    openProtectionWizard({ mode: 'modify', groupId })
    expect(draft().name).toBe('Staff')
  })
})
