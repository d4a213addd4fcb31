// Two tabs on the same console must not overwrite each other's state. One tab writes (it holds a Web Lock);
// the others follow what it writes (`storage` events) and refuse changes with a clear message. Closing the
// writing tab, or "Use this tab" in a following one, moves the writing to another tab. See
// docs/decisions/003-one-writing-tab.md.
import { createStore } from 'zustand/vanilla'
import { setThisTabWriting } from '../browser-storage/tab-writer'
import { CLOCK_STORAGE_KEY, reloadClockFromStorage } from '../sim-clock/clock'
import { loadWizardFromStorage } from './protection-wizard-store'
import { queryClient } from './query-client'
import { readStoredState } from './read-stored-state'
import { failOrphanedRecoveries } from './recovery-actions'
import { loadServerFromStorage } from './server-store'
import { SERVER_STORAGE_KEY, WIZARD_STORAGE_KEY } from './stored-state'

export type TabRole = 'writer' | 'follower'

/** The role of this tab; 'writer' where Web Locks do not exist (one tab is all such a browser gets). */
export const tabRoleStore = createStore<{ role: TabRole }>(() => ({ role: 'writer' }))

const LOCK_NAME = 'dpm-console:writer'
const CHANNEL_NAME = 'dpm-console:tabs'
const HAND_OVER = 'hand-over'
const STORAGE_PREFIX = 'dpm-console:'

let releaseLock: (() => void) | undefined
let channel: BroadcastChannel | undefined

/** Reads every stored slice again: what another tab wrote replaces what this one holds in memory. */
async function followStorage(key: string | null): Promise<void> {
  if (key === null || key === SERVER_STORAGE_KEY) await loadServerFromStorage()
  if (key === null || key === CLOCK_STORAGE_KEY) reloadClockFromStorage()
  if (key === null || key === WIZARD_STORAGE_KEY) await loadWizardFromStorage()
  // The estate reloads itself (the mock agents listen too); the lab's view of it is read again.
  await queryClient.invalidateQueries({ queryKey: ['lab'] })
}

function setRole(role: TabRole): void {
  setThisTabWriting(role === 'writer')
  tabRoleStore.setState({ role })
}

/** Waits for the lock (immediately when no other tab holds it) and writes while holding it. */
function claimWriting(options: LockOptions = {}): void {
  navigator.locks
    .request(LOCK_NAME, options, async (lock) => {
      if (!lock) {
        // Another tab writes: follow it, and wait in line to write when it closes or hands over.
        setRole('follower')
        await followStorage(null)
        claimWriting()
        return
      }
      // Taking over from another tab: it flushed before it let go, so start from what it stored.
      const takingOver = tabRoleStore.getState().role === 'follower'
      if (takingOver) await followStorage(null)
      setRole('writer')
      // The first writer since the console was last open: a recovery still In progress ran in a page that
      // is gone, and nothing will finish it.
      if (!takingOver) failOrphanedRecoveries()
      await new Promise<void>((resolve) => {
        releaseLock = resolve
      })
    })
    .catch(() => {
      // The lock request failed (the page is going away): stay as we are.
    })
}

/** Another tab asked to write: stop writing (pending writes go out first) and queue behind it. */
function handOver(): void {
  if (!releaseLock) return
  setRole('follower')
  releaseLock()
  releaseLock = undefined
  claimWriting()
}

/** "Use this tab": asks the writing tab to hand over; this tab is next in line. */
export function writeFromThisTab(): void {
  channel?.postMessage(HAND_OVER)
}

async function startTabLeadership(): Promise<void> {
  if (typeof window === 'undefined') return
  // A workspace that imports this can load before the console's start has read the stored state: what this
  // tab does as the writer (failing orphaned recoveries) is done to the stored state, not the empty stores.
  await readStoredState()
  if (typeof navigator === 'undefined' || !navigator.locks) {
    // One tab is all such a browser gets: it writes.
    failOrphanedRecoveries()
    return
  }
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL_NAME)
    channel.onmessage = (event) => event.data === HAND_OVER && handOver()
  }
  window.addEventListener('storage', (event) => {
    if (tabRoleStore.getState().role === 'follower' && (event.key?.startsWith(STORAGE_PREFIX) ?? true)) {
      void followStorage(event.key)
    }
  })
  claimWriting({ ifAvailable: true })
}

void startTabLeadership()
