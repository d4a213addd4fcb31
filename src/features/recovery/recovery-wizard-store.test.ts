// @vitest-environment jsdom
// The stored Recovery Wizard: read back as written, or set aside with a notice when damaged.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { takeStorageNotices } from '../../browser-storage/storage-health'
import { resetDpmWorld } from '../../dpm/world-reset'
import { recordedOutcome } from './recorded-outcome'
import {
  closeRecoveryWizard,
  type OpenRecoveryWizard,
  RECOVERY_WIZARD_STORAGE_KEY,
  readStoredRecoveryWizard,
  recoveryWizardStore,
  startRecoveryWizardStore,
} from './recovery-wizard-store'

// As the console does when it loads the Recovery workspace.
beforeAll(startRecoveryWizardStore)

const T0 = Date.parse('2026-01-06T20:00:00Z')

const stored: OpenRecoveryWizard = {
  dataSourceId: 'ds-1',
  point: { kind: 'point', at: T0 },
  page: 'location',
  draft: {
    type: 'any-instance',
    instance: 'SQL-MIR01\\MSSQLSERVER',
    databaseName: 'SalesDB_Copy',
    folder: '',
    state: 'operational',
    throttle: false,
    throttleMbps: '100',
    notify: false,
    recipients: '',
  },
}

const store = (value: unknown) =>
  localStorage.setItem(RECOVERY_WIZARD_STORAGE_KEY, JSON.stringify({ state: value, version: 1 }))

beforeEach(() => {
  localStorage.clear()
  takeStorageNotices()
})

describe('the stored Recovery Wizard', () => {
  it('is read back on its page with its choices', async () => {
    store({ open: stored })
    await recoveryWizardStore.readStored()
    expect(recoveryWizardStore.getState().open).toEqual(stored)
    expect(takeStorageNotices()).toEqual([])
  })

  it('is set aside with a notice when damaged, and the wizard stays closed', async () => {
    recoveryWizardStore.setState({ open: stored })
    const damaged = { open: { ...stored, page: 'nowhere' } }
    store(damaged)
    await recoveryWizardStore.readStored()
    expect(recoveryWizardStore.getState().open).toBeUndefined()
    expect(localStorage.getItem(`${RECOVERY_WIZARD_STORAGE_KEY}:unreadable`)).toContain('nowhere')
    expect(takeStorageNotices()).toEqual([
      expect.stringMatching(/Recovery Wizard could not be read \(open\.page/),
    ])
  })

  it('rejects a started recovery without its job id', () => {
    const run = { spec: {}, result: undefined }
    expect(() => readStoredRecoveryWizard({ open: { ...stored, page: 'status', run } })).toThrow(/open\.run/)
  })

  it('is closed and cleared by Close and by a world reset', () => {
    recoveryWizardStore.setState({ open: stored })
    closeRecoveryWizard()
    expect(JSON.parse(localStorage.getItem(RECOVERY_WIZARD_STORAGE_KEY) ?? '{}').state).toEqual({})
    recoveryWizardStore.setState({ open: stored })
    resetDpmWorld()
    expect(recoveryWizardStore.getState().open).toBeUndefined()
  })
})

describe('the outcome recorded on the Recovery job', () => {
  const job = {
    ...{ id: 'job-1', type: 'recovery' as const, source: 'S\\I\\DB', computer: 'S', groupName: 'G' },
    scheduledAt: T0,
    startedAt: T0,
  }

  it('is a success with its transfer and duration, a failure with its error, nothing while in progress', () => {
    expect(recordedOutcome({ ...job, status: 'in-progress' })).toBeUndefined()
    expect(
      recordedOutcome({ ...job, status: 'completed', endedAt: T0 + 90_000, dataTransferredMb: 400 }),
    ).toEqual({ ok: true, durationSec: 90, dataTransferredMb: 400 })
    expect(
      recordedOutcome({ ...job, status: 'failed', endedAt: T0, error: 'SQL-STD01 does not answer.' }),
    ).toEqual({
      ok: false,
      message: 'SQL-STD01 does not answer.',
    })
    expect(recordedOutcome(undefined)).toBeUndefined()
  })
})
