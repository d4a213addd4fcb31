// Two tabs on the same console must not overwrite each other's state. One tab writes (it holds a Web Lock,
// elected as the console starts, see browser-storage/tab-writer); the others follow what it writes (`storage`
// events) and refuse changes with a clear message. Closing the writing tab, "Use this tab" in a following one,
// or an address with a world-changing parameter moves the writing to another tab. See
// docs/decisions/003-one-writing-tab.md.
import { createStore } from 'zustand/vanilla'
import {
  beforeTakingOver,
  electWritingTab,
  isThisTabWriting,
  onTabWritingChange,
  wasElectedFirst,
} from '../browser-storage/tab-writer'
import { WORLD_STORAGE_KEY } from '../browser-storage/world-record'
import { loadClockFromStorage } from '../sim-clock/clock'
import { queryClient } from './query-client'
import { labKeys } from './query-keys'
import { readStoredState } from './read-stored-state'
import { failOrphanedRecoveries } from './recovery-actions'
import { loadServerFromStorage } from './server-store'
import { followStoredWizards } from './wizard-store'

export type TabRole = 'writer' | 'follower'

const roleOf = (): TabRole => (isThisTabWriting() ? 'writer' : 'follower')

/** The role of this tab, for the status bar. */
export const tabRoleStore = createStore<{ role: TabRole }>(() => ({ role: roleOf() }))

const STORAGE_PREFIX = 'dpm-console:'

/** Reads the stored state again: what another tab wrote replaces what this one holds in memory. */
async function followStorage(key: string | null): Promise<void> {
  if (key === null || key === WORLD_STORAGE_KEY) {
    await loadServerFromStorage()
    loadClockFromStorage()
  }
  await followStoredWizards(key)
  // The estate reloads itself (the mock agents listen too); the lab's view of it is read again.
  await queryClient.invalidateQueries({ queryKey: labKeys.all })
}

let started = false

/**
 * Starts following the writing tab, and leading when this tab writes (the console's start: at once in a tab
 * that follows, after the first paint in the writing one). Later calls do nothing.
 */
export async function startTabLeadership(): Promise<void> {
  if (started) return
  started = true
  beforeTakingOver(() => followStorage(null))
  onTabWritingChange(() => tabRoleStore.setState({ role: roleOf() }))
  window.addEventListener('storage', (event) => {
    if (!isThisTabWriting() && (event.key?.startsWith(STORAGE_PREFIX) ?? true)) {
      void followStorage(event.key)
    }
  })
  // What this tab does as the writer (failing orphaned recoveries) is done to the stored state, not the
  // empty stores.
  await electWritingTab()
  await readStoredState()
  tabRoleStore.setState({ role: roleOf() })
  // The first writer since the console was last open: a recovery still In progress ran in a page that is
  // gone, and nothing will finish it.
  if (wasElectedFirst() && isThisTabWriting()) failOrphanedRecoveries()
}
