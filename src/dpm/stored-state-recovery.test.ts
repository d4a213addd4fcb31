// @vitest-environment jsdom
// What a reload finds in the browser's storage: an old version is migrated, an unreadable value (server,
// wizard draft, clock) is set aside under ":unreadable" and the console starts fresh with a notice.
import { beforeEach, describe, expect, it, vi } from 'vitest'

async function freshModules() {
  vi.resetModules()
  const server = await import('./server-store')
  const wizard = await import('./protection-wizard-store')
  // As the console's start does.
  await (await import('./read-stored-state')).readStoredState()
  const clock = await import('../sim-clock/clock')
  const { takeStorageNotices } = await import('../browser-storage/storage-health')
  return { server, wizard, clock, notices: takeStorageNotices() }
}

describe('stored state on reload', () => {
  beforeEach(() => localStorage.clear())

  it('migrates a version-0 DPM server state through the store and writes it back as the current version', async () => {
    const v0 = {
      groups: {
        'pg-1': {
          id: 'pg-1',
          name: 'Sales',
          createdAt: 1,
          autoProtectInstances: [],
          policy: {
            retentionDays: 5,
            syncFrequency: 15,
            expressFull: { times: ['20:00'], days: [1] },
            replicaCreation: { method: 'now' },
            consistencyCheck: { onInconsistent: true },
            autoGrow: true,
          },
        },
      },
      dataSources: {},
      recoveryPoints: [],
      jobs: [],
      alerts: [],
    }
    localStorage.setItem('dpm-console:server', JSON.stringify({ state: { server: v0 } }))
    const { server, notices } = await freshModules()
    expect(notices).toEqual([])
    expect(server.getServer().groups['pg-1']?.name).toBe('Sales')
    expect(server.getServer().nextId).toBe(2)
    server.updateServer((s) => ({ ...s, changeSeq: 3 }))
    const { flushWorld } = await import('../browser-storage/world-record')
    flushWorld()
    // In the world record now, with the estate and the clock.
    expect(localStorage.getItem('dpm-console:server')).toBeNull()
    const written = JSON.parse(localStorage.getItem('dpm-console:world') ?? '{}').server
    expect(written.version).toBe(server.SERVER_STATE_VERSION)
    expect(written.state.server.recoveryPoints).toEqual({})
  })

  it('sets aside an unreadable DPM server state, wizard draft and clock, and says so for each', async () => {
    localStorage.setItem(
      'dpm-console:server',
      JSON.stringify({ state: { server: { groups: 3 } }, version: 2 }),
    )
    localStorage.setItem(
      'dpm-console:wizard-open',
      JSON.stringify({ state: { draft: { page: 'nowhere' } }, version: 1 }),
    )
    localStorage.setItem('dpm-console:clock', '{"now":"yesterday"}')
    const { server, wizard, clock, notices } = await freshModules()
    expect(server.getServer().groups).toEqual({})
    expect(wizard.protectionWizardStore.getState().draft).toBeUndefined()
    expect(clock.simNow()).toBe(clock.DEFAULT_START)
    expect(localStorage.getItem('dpm-console:server:unreadable')).toContain('\\"groups\\":3')
    expect(localStorage.getItem('dpm-console:wizard-open:unreadable')).toContain('nowhere')
    expect(JSON.parse(localStorage.getItem('dpm-console:clock:unreadable') ?? '[]')[0].text).toBe(
      '{"now":"yesterday"}',
    )
    expect(notices).toHaveLength(3)
    expect(notices.join('\n')).toMatch(/DPM server state.*groups.*simulated clock.*wizard draft.*draft/s)
  })

  it('sets aside a clock no screen could show (1e16) instead of failing on every load', async () => {
    localStorage.setItem('dpm-console:world', JSON.stringify({ version: 1, clock: { now: 1e16 } }))
    const { clock, notices } = await freshModules()
    expect(clock.simNow()).toBe(clock.DEFAULT_START)
    expect(notices).toEqual([
      expect.stringMatching(/simulated clock could not be read \(the time 10000000000000000/),
    ])
  })

  it('keeps a wizard draft that reads back', async () => {
    const { wizard } = await freshModules()
    wizard.openProtectionWizard({ mode: 'create' })
    wizard.updateWizardDraft((d) => ({ ...d, page: 'method', name: 'Payroll' }))
    const again = await freshModules()
    expect(again.notices).toEqual([])
    expect(again.wizard.protectionWizardStore.getState().draft).toMatchObject({
      page: 'method',
      name: 'Payroll',
    })
  })
})
