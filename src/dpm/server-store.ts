// The DPM server's state in the browser: one zustand store over the pure domain state, persisted with a
// schema version. Every change goes through a pure domain function via `updateServer`.
import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { type DpmServerState, EMPTY_SERVER_STATE } from '../domain/protection'
import { safeJsonStorage } from './safe-storage'
import { type PackedServerState, packServerState, unpackServerState } from './server-persistence'

export const SERVER_STORAGE_KEY = 'dpm-console:server'
export const SERVER_STATE_VERSION = 1

interface ServerStore {
  server: DpmServerState
}

interface StoredServer {
  server: PackedServerState
}

function isStoredServer(value: unknown): boolean {
  const server = (value as Partial<StoredServer> | null)?.server
  return (
    typeof server === 'object' &&
    server !== null &&
    typeof server.groups === 'object' &&
    typeof server.dataSources === 'object' &&
    Array.isArray(server.jobs) &&
    Array.isArray(server.alerts) &&
    typeof server.recoveryPoints === 'object' &&
    server.recoveryPoints !== null
  )
}

export const serverStore = createStore<ServerStore>()(
  persist(() => ({ server: EMPTY_SERVER_STATE }), {
    name: SERVER_STORAGE_KEY,
    version: SERVER_STATE_VERSION,
    storage: safeJsonStorage<ServerStore, StoredServer>('DPM server state', {
      isValid: isStoredServer,
      pack: ({ server }) => ({ server: packServerState(server) }),
      unpack: ({ server }) => ({ server: unpackServerState(server) }),
      debounceMs: 300,
    }),
  }),
)

export const getServer = (): DpmServerState => serverStore.getState().server

export function updateServer(change: (state: DpmServerState) => DpmServerState): void {
  serverStore.setState((store) => ({ server: change(store.server) }))
}

export function resetServer(): void {
  serverStore.setState({ server: EMPTY_SERVER_STATE })
}
