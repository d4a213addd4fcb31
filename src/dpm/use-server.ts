import { useStore } from 'zustand'
import type { DpmServerState } from '../domain/protection/protection'
import { serverStore } from './server-store'

/** Subscribes a component to a slice of the DPM server state. Keep selectors cheap and stable. */
export function useServer<T>(selector: (state: DpmServerState) => T): T {
  return useStore(serverStore, (store) => selector(store.server))
}
