// The one way a wizard is kept across a reload (Create New Protection Group, the Recovery Wizard, the
// Protection Agent Installation Wizard): a zustand store persisted under a key of its own through
// safeJsonStorage, so that a reload comes back to the same page with the same choices, and a stored value that
// cannot be read is set aside with a notice instead of breaking the wizard's first render. Each wizard says
// how to read its stored value (its schema) and what "closed" is. A started wizard store is read again when
// another tab writes its key (tab-leadership) and closed by a world reset (world-reset); nothing here runs as
// the module is imported.
import { persist } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { safeJsonStorage } from './safe-storage'

export interface WizardStoreOptions<S extends object> {
  /** The browser storage key (dpm-console:...). */
  key: string
  /** What the wizard is, for the notice when its stored value is set aside. */
  what: string
  version: number
  /** The state with the wizard closed (every field present, so that it replaces an open one). */
  closed: S
  /** Checks (and migrates) a value stored under `version`; throws saying what is wrong. */
  read: (stored: unknown, version: number) => S
  /** Loads what `read` needs, before a stored value is read (code that loads on demand). */
  beforeRead?: () => Promise<void>
}

export interface WizardStore<S extends object> extends StoreApi<S> {
  readonly key: string
  /** Reads what is stored into the store: what is stored replaces what is in memory. */
  readStored: () => Promise<void>
  /** Closes the wizard; what is stored becomes the closed state. */
  close: () => void
}

export function createWizardStore<S extends object>(options: WizardStoreOptions<S>): WizardStore<S> {
  const { key, what, version, closed, read, beforeRead } = options
  const store = createStore<S>()(
    persist(() => closed, {
      name: key,
      version,
      // Created closed: readStored reads what is stored, when the wizard's start asks for it.
      skipHydration: true,
      // What is stored replaces what is in memory: a tab that follows another one closes the wizard with it.
      merge: (stored, current) => ({ ...current, ...closed, ...(stored as object) }),
      storage: safeJsonStorage<S>(what, { version, read }),
    }),
  )
  return Object.assign(store, {
    key,
    // Without code to load first, what is stored is read at once (the storage is synchronous): a screen
    // rendered right after the start shows the wizard.
    readStored: () =>
      beforeRead ? beforeRead().then(() => store.persist.rehydrate()) : store.persist.rehydrate(),
    close: () => store.setState(closed, true),
  })
}

// Wizard stores whose start ran: those a world reset closes and another tab's writes are followed for.
const started = new Set<WizardStore<object>>()

/** Starts a wizard store: reads what is stored, then follows other tabs and world resets. Once per store. */
export function startWizardStore<S extends object>(store: WizardStore<S>): Promise<void> {
  if (started.has(store)) return Promise.resolve()
  started.add(store)
  return store.readStored()
}

/** Reads again the started wizards that another tab wrote (`key` null: the storage was cleared, all of them). */
export async function followStoredWizards(key: string | null): Promise<void> {
  await Promise.all(
    [...started].filter((store) => key === null || store.key === key).map((store) => store.readStored()),
  )
}

/** A world reset: no wizard stays open on the old world. */
export function closeStartedWizards(): void {
  for (const store of started) store.close()
}
