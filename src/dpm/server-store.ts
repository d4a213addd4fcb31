// The DPM server's state in the browser: one zustand store over the pure domain state, persisted with a
// schema version and migrations (server-persistence). Every change goes through a pure domain function via
// `updateServer`.
import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { isThisTabWriting, READ_ONLY_TAB_MESSAGE } from '../browser-storage/tab-writer'
import { type DpmServerState, EMPTY_SERVER_STATE } from '../domain/protection/protection'
import { safeJsonStorage } from './safe-storage'
import { type PackedServerState, packServerState, SERVER_STATE_VERSION } from './server-persistence'
import { loadStoredStateReadersIfNeeded, SERVER_STORAGE_KEY, storedStateReaders } from './stored-state'

export { SERVER_STATE_VERSION }

export interface ServerStore {
  server: DpmServerState
}

interface StoredServer {
  server: PackedServerState
}

export const serverStore = createStore<ServerStore>()(
  persist(() => ({ server: EMPTY_SERVER_STATE }), {
    name: SERVER_STORAGE_KEY,
    version: SERVER_STATE_VERSION,
    // Created empty: loadServerFromStorage reads what is stored (see stored-state).
    skipHydration: true,
    storage: safeJsonStorage<ServerStore, StoredServer>('DPM server state', {
      version: SERVER_STATE_VERSION,
      read: (stored, version) => storedStateReaders().readStoredServerStore(stored, version),
      pack: ({ server }) => ({ server: packServerState(server) }),
      // Written in one record with the estate and the clock (browser-storage/world-record).
      slice: 'server',
    }),
  }),
)

export const getServer = (): DpmServerState => serverStore.getState().server

/** Applies a change; refused in a tab that follows another one (the other tab makes the changes). */
export function updateServer(change: (state: DpmServerState) => DpmServerState): void {
  if (!isThisTabWriting()) throw new Error(READ_ONLY_TAB_MESSAGE)
  const current = serverStore.getState().server
  const next = change(current)
  // A change that changes nothing neither re-renders nor rewrites the stored state.
  if (next !== current) serverStore.setState({ server: next })
}

export function resetServer(): void {
  serverStore.setState({ server: EMPTY_SERVER_STATE })
}

/** Replaces the whole state (Import state). */
export function replaceServer(server: DpmServerState): void {
  serverStore.setState({ server })
}

/** Reads the stored state: as the console starts, and again when another tab wrote it (see tab-leadership). */
export async function loadServerFromStorage(): Promise<void> {
  await loadStoredStateReadersIfNeeded()
  await serverStore.persist.rehydrate()
}
