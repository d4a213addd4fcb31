// @vitest-environment jsdom
// The code that reads stored state back loads only when something is stored: a new browser's console never
// downloads it, a reload's console has it before its stores read what is stored.
import { beforeEach, expect, it, vi } from 'vitest'
import { HR_DB } from '../agent-api/demo-estate'
import { type DpmServerState, EMPTY_SERVER_STATE } from '../domain/protection/protection'
import { packServerState, SERVER_STATE_VERSION } from './server-persistence'

/** Stores a DPM server state as the console writes it: in the world record. */
function storeServer(server: DpmServerState) {
  localStorage.setItem(
    'dpm-console:world',
    JSON.stringify({
      version: 1,
      server: { state: { server: packServerState(server) }, version: SERVER_STATE_VERSION },
    }),
  )
}

async function freshStoredState() {
  vi.resetModules()
  return import('./stored-state')
}

beforeEach(() => localStorage.clear())

it('does not load the readers when nothing is stored', async () => {
  const storedState = await freshStoredState()
  await storedState.loadStoredStateReadersIfNeeded()
  expect(() => storedState.storedStateReaders()).toThrow(/before the code that reads it was loaded/)
})

it.each([
  ['the world', 'dpm-console:world'],
  ['a DPM server state stored before the world record', 'dpm-console:server'],
  ['the wizard draft', 'dpm-console:wizard-open'],
  ['the agent installation wizard', 'dpm-console:agent-install-wizard'],
])('loads the readers when %s is stored', async (_, key) => {
  localStorage.setItem(key, '{}')
  const storedState = await freshStoredState()
  await storedState.loadStoredStateReadersIfNeeded()
  expect(storedState.storedStateReaders().readStoredWizard({})).toEqual({})
})

it('loads the readers before another tab’s writes are read', async () => {
  const storedState = await freshStoredState()
  const { loadServerFromStorage, getServer } = await import('./server-store')
  expect(() => storedState.storedStateReaders()).toThrow()
  const written = { ...getServer(), nextId: 42 }
  storeServer(written)
  await loadServerFromStorage()
  expect(getServer().nextId).toBe(42)
})

it('creates the stores empty, setting nothing aside, and reads what is stored when the console starts', async () => {
  const stored = { ...EMPTY_SERVER_STATE, nextId: 7 }
  storeServer(stored)
  vi.resetModules()
  // The start's chunk runs every store module before the console's start can load any readers.
  const { getServer } = await import('./server-store')
  const { protectionWizardStore } = await import('./protection-wizard-store')
  expect(getServer().nextId).toBe(1)
  expect(protectionWizardStore.getState().draft).toBeUndefined()
  expect(Object.keys(localStorage)).toEqual(['dpm-console:world'])
  await (await import('./read-stored-state')).readStoredState()
  expect(getServer().nextId).toBe(7)
})

it('fails a recovery left In progress in the stored state, even when tab leadership starts before it is read', async () => {
  const running = {
    id: 'job-9',
    type: 'recovery' as const,
    dataSourceId: 'ds-1',
    source: HR_DB,
    computer: 'SQL-STD01',
    groupName: 'HR',
    status: 'in-progress' as const,
    scheduledAt: 1_000,
    startedAt: 1_000,
  }
  storeServer({ ...EMPTY_SERVER_STATE, jobs: [running] })
  vi.resetModules()
  // Tab leadership may start before the console's start has read the stored state into the stores.
  void (await import('./tab-leadership')).startTabLeadership()
  const { readStoredState } = await import('./read-stored-state')
  const { getServer } = await import('./server-store')
  await readStoredState()
  await vi.waitFor(() => expect(getServer().jobs[0]?.status).toBe('failed'), { timeout: 10_000 })
})
