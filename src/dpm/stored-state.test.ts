// @vitest-environment jsdom
// The code that reads stored state back loads only when something is stored: a new browser's console never
// downloads it, a reload's console has it before its stores read what is stored.
import { beforeEach, expect, it, vi } from 'vitest'

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
  ['the DPM server state', 'dpm-console:server'],
  ['the wizard draft', 'dpm-console:wizard-open'],
])('loads the readers when %s is stored', async (_, key) => {
  localStorage.setItem(key, '{}')
  const storedState = await freshStoredState()
  await storedState.loadStoredStateReadersIfNeeded()
  expect(storedState.storedStateReaders().readStoredWizard({})).toEqual({})
})

it('loads the readers before another tab’s writes are read', async () => {
  const storedState = await freshStoredState()
  const { reloadServerFromStorage, getServer } = await import('./server-store')
  const { packServerState, SERVER_STATE_VERSION } = await import('./server-persistence')
  expect(() => storedState.storedStateReaders()).toThrow()
  const written = { ...getServer(), nextId: 42 }
  localStorage.setItem(
    'dpm-console:server',
    JSON.stringify({ state: { server: packServerState(written) }, version: SERVER_STATE_VERSION }),
  )
  await reloadServerFromStorage()
  expect(getServer().nextId).toBe(42)
})
