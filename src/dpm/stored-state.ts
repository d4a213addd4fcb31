// The DPM state kept in the browser's storage, and the code that reads it back. That code (migrations, zod
// schemas: 60 kB) loads on demand, since a console started with nothing stored (a new browser, each test's
// fresh context) never runs it and downloading it slowed that start. So the stores are created empty and
// read what is stored when asked (read-stored-state), once these readers are loaded.
import { WORLD_STORAGE_KEY } from '../browser-storage/world-record'
import type * as StoredStateReading from './stored-state-reading'

/** The DPM server state's own key before it joined the world record (browser-storage/world-record). */
export const SERVER_STORAGE_KEY = 'dpm-console:server'
export const WIZARD_STORAGE_KEY = 'dpm-console:wizard-open'
export const AGENT_INSTALL_STORAGE_KEY = 'dpm-console:agent-install-wizard'

type StoredStateReaders = typeof StoredStateReading
let readers: StoredStateReaders | undefined

/** Loads the readers when there is something stored for them to read. */
export async function loadStoredStateReadersIfNeeded(): Promise<void> {
  if (somethingStored()) readers ??= await import('./stored-state-reading')
}

/** Whether the browser holds DPM state for this console: a reload, which may bring back an open dialog. */
export function somethingStored(): boolean {
  try {
    return [WORLD_STORAGE_KEY, SERVER_STORAGE_KEY, WIZARD_STORAGE_KEY, AGENT_INSTALL_STORAGE_KEY].some(
      (key) => localStorage.getItem(key) !== null,
    )
  } catch {
    return false // storage blocked by the browser's settings: the console runs in memory
  }
}

/** The readers, for a store reading what is stored; loaded by then (loadStoredStateReadersIfNeeded). */
export function storedStateReaders(): StoredStateReaders {
  if (!readers) throw new Error('The stored state was read before the code that reads it was loaded.')
  return readers
}
