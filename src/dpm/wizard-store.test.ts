// @vitest-environment jsdom
// The one way wizards are kept: read back as stored, a damaged value set aside with a notice, what another
// tab writes followed once started, closed by a world reset once started.
import { beforeEach, describe, expect, it } from 'vitest'
import { takeStorageNotices } from '../browser-storage/storage-health'
import { closeStartedWizards, createWizardStore, followStoredWizards, startWizardStore } from './wizard-store'
import { resetDpmWorld } from './world-reset'

interface Open {
  page?: string
}

const readOpen = (stored: unknown): Open => {
  const page = (stored as Open | null)?.page
  if (page !== undefined && typeof page !== 'string') throw new Error('page is not a page name')
  return { page }
}

let n = 0
const newWizard = () =>
  createWizardStore<Open>({
    key: `dpm-console:test-wizard-${++n}`,
    what: 'test wizard',
    version: 1,
    closed: { page: undefined },
    read: readOpen,
  })

const writeStored = (key: string, state: unknown) =>
  localStorage.setItem(key, JSON.stringify({ state, version: 1 }))

beforeEach(() => {
  localStorage.clear()
  takeStorageNotices()
})

describe('a wizard store', () => {
  it('starts closed, reads what is stored as it starts (at once), and writes what changes', () => {
    const wizard = newWizard()
    writeStored(wizard.key, { page: 'summary' })
    expect(wizard.getState().page).toBeUndefined()
    void startWizardStore(wizard)
    expect(wizard.getState().page).toBe('summary')
    wizard.setState({ page: 'credentials' })
    expect(JSON.parse(localStorage.getItem(wizard.key) ?? '{}').state).toEqual({ page: 'credentials' })
  })

  it('sets a damaged stored value aside with a notice and stays closed', async () => {
    const wizard = newWizard()
    writeStored(wizard.key, { page: 7 })
    await startWizardStore(wizard)
    expect(wizard.getState().page).toBeUndefined()
    expect(localStorage.getItem(`${wizard.key}:unreadable`)).toContain('7')
    expect(takeStorageNotices()).toEqual([expect.stringMatching(/test wizard could not be read/)])
  })

  it('follows what another tab stored once started, and only then', async () => {
    const notStarted = newWizard()
    const wizard = newWizard()
    await startWizardStore(wizard)
    writeStored(wizard.key, { page: 'restart' })
    writeStored(notStarted.key, { page: 'restart' })
    await followStoredWizards(wizard.key)
    expect(wizard.getState().page).toBe('restart')
    writeStored(wizard.key, {})
    await followStoredWizards(null)
    // What is stored replaces what is in memory: the other tab closed the wizard.
    expect(wizard.getState().page).toBeUndefined()
    expect(notStarted.getState().page).toBeUndefined()
  })

  it('is closed by a world reset once started; a later start reads nothing twice', async () => {
    const wizard = newWizard()
    await startWizardStore(wizard)
    wizard.setState({ page: 'summary' })
    resetDpmWorld()
    expect(wizard.getState().page).toBeUndefined()
    expect(JSON.parse(localStorage.getItem(wizard.key) ?? '{}').state).toEqual({})
    wizard.setState({ page: 'summary' })
    writeStored(wizard.key, { page: 'other' })
    await startWizardStore(wizard)
    expect(wizard.getState().page).toBe('summary')
    closeStartedWizards()
    expect(wizard.getState().page).toBeUndefined()
  })
})
