// @vitest-environment jsdom
// A reload in the middle of the wizard keeps a draft that holds bad input as typed: Next refuses it, but the
// reload must not set the draft (and every other choice in it) aside.
import { beforeEach, describe, expect, it, vi } from 'vitest'

async function freshWizardStore() {
  vi.resetModules()
  const wizard = await import('./protection-wizard-store')
  await (await import('./wizard-store')).startWizardStore(wizard.protectionWizardStore)
  const { takeStorageNotices } = await import('../browser-storage/storage-health')
  return { wizard, notices: takeStorageNotices() }
}

describe('the stored wizard draft', () => {
  beforeEach(() => localStorage.clear())

  it('reads back a cleared time, duration and date, and a half typed time, as typed', async () => {
    const { wizard } = await freshWizardStore()
    wizard.openProtectionWizard({ mode: 'create' })
    wizard.updateWizardDraft((d) => ({
      ...d,
      page: 'consistency',
      name: 'Payroll',
      policy: {
        ...d.policy,
        expressFull: { ...d.policy.expressFull, times: ['20:00', ''] },
        replicaCreation: { method: 'later', at: Number.NaN },
        consistencyCheck: { onInconsistent: true, daily: { start: '', maxDurationHours: Number.NaN } },
      },
    }))
    const again = await freshWizardStore()
    expect(again.notices).toEqual([])
    const draft = again.wizard.protectionWizardStore.getState().draft
    expect(draft).toMatchObject({ page: 'consistency', name: 'Payroll' })
    expect(draft?.policy.expressFull.times).toEqual(['20:00', ''])
    expect(draft?.policy.replicaCreation).toEqual({ method: 'later', at: Number.NaN })
    expect(draft?.policy.consistencyCheck.daily).toEqual({ start: '', maxDurationHours: Number.NaN })
  })
})
