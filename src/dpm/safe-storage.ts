// Persisted DPM state that cannot be read must not stop the console: the unreadable text is set aside under
// another key (for a support case), the console starts fresh, and the shell says so.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { isThisTabWriting, onTabWritingChange } from '../browser-storage/tab-writer'
import { takeClockNotices } from '../sim-clock/clock'

const notices: string[] = []

/** Notices raised while reading persisted state (the clock's included); the shell shows them once. */
export function takeStorageNotices(): string[] {
  return [...takeClockNotices(), ...notices.splice(0)]
}

export function reportUnreadable(key: string, what: string, raw: string, reason?: string): void {
  try {
    localStorage.setItem(`${key}:unreadable`, raw)
    localStorage.removeItem(key)
  } catch {
    // Nowhere to keep it: the notice still tells the admin.
  }
  const why = reason ? ` (${reason})` : ''
  notices.push(
    `The stored ${what} could not be read${why} and was set aside under "${key}:unreadable"; starting fresh.`,
  )
}

export interface StorageOptions<T, Stored> {
  /** The version written with every value; what `read` migrates to. */
  version: number
  /**
   * Reads a stored (packed) value written under `version` (0 when none was written): migrates, checks and
   * unpacks it, or throws an Error that says what is wrong.
   */
  read: (stored: unknown, version: number) => T
  pack?: (state: T) => Stored
  /**
   * Coalesces writes: a long clock advance changes the state many times a second. Pending writes are flushed
   * when the page is hidden or unloaded, so a reload loses nothing.
   */
  debounceMs?: number
}

/** Synchronous, so the console's state is there before the first render. */
export type SyncPersistStorage<T> = Omit<PersistStorage<T>, 'getItem'> & {
  getItem: (key: string) => StorageValue<T> | null
}

const flushers = new Set<() => void>()
// Writes pending when this tab stops writing were made while it still was the writer: they go out first.
onTabWritingChange((writing) => writing || flushStorageWrites())

/** Writes pending changes now (before this tab hands over to another one, in tests). */
export function flushStorageWrites(): void {
  for (const flush of flushers) flush()
}

/** A zustand persist storage over localStorage that survives corrupt values and a full or blocked storage. */
export function safeJsonStorage<T, Stored = T>(
  what: string,
  { version, read, pack, debounceMs = 0 }: StorageOptions<T, Stored>,
): SyncPersistStorage<T> {
  const pending = new Map<string, StorageValue<T>>()
  let timer: ReturnType<typeof setTimeout> | undefined

  const write = (key: string, value: StorageValue<T>) => {
    try {
      const stored = pack ? { ...value, state: pack(value.state) } : value
      localStorage.setItem(key, JSON.stringify(stored))
    } catch {
      notices.push(`The ${what} could not be saved in this browser's storage.`)
    }
  }
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    for (const [key, value] of pending) write(key, value)
    pending.clear()
  }
  flushers.add(flush)
  if (debounceMs > 0 && typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush())
  }

  return {
    getItem: (key) => {
      let raw: string | null
      try {
        raw = localStorage.getItem(key)
      } catch {
        return null // storage blocked by the browser's settings: the console runs in memory
      }
      if (raw === null) return null
      let reason: string
      try {
        const parsed: unknown = JSON.parse(raw)
        if (typeof parsed !== 'object' || parsed === null) throw new Error('it is not a stored state')
        const stored = parsed as { state?: unknown; version?: unknown }
        const storedVersion = typeof stored.version === 'number' ? stored.version : 0
        return { state: read(stored.state, storedVersion), version }
      } catch (error) {
        reason = error instanceof SyntaxError ? 'it is not JSON' : errorText(error)
      }
      reportUnreadable(key, what, raw, reason)
      return null
    },
    setItem: (key, value) => {
      // A tab that follows another one (see tab-leadership) must not write: the other tab owns the state.
      if (!isThisTabWriting()) return
      if (debounceMs <= 0) return write(key, value)
      pending.set(key, value)
      timer ??= setTimeout(flush, debounceMs)
    },
    removeItem: (key) => {
      pending.delete(key)
      if (isThisTabWriting()) localStorage.removeItem(key)
    },
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))
