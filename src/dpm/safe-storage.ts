// Persisted DPM state that cannot be read must not stop the console: the unreadable text is set aside under
// another key (for a support case), the console starts fresh, and the shell says so.
import type { PersistStorage, StorageValue } from 'zustand/middleware'

const notices: string[] = []

/** Notices raised while reading persisted state; the shell shows them once. */
export function takeStorageNotices(): string[] {
  return notices.splice(0)
}

export function reportUnreadable(key: string, what: string, raw: string): void {
  try {
    localStorage.setItem(`${key}:unreadable`, raw)
  } catch {
    // Nowhere to keep it: the notice still tells the admin.
  }
  localStorage.removeItem(key)
  notices.push(
    `The stored ${what} could not be read and was set aside under "${key}:unreadable"; starting fresh.`,
  )
}

export interface StorageOptions<T, Stored> {
  /** Checks the stored (packed) state before it is unpacked. */
  isValid: (stored: unknown) => boolean
  pack?: (state: T) => Stored
  unpack?: (stored: Stored) => T
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

/** A zustand persist storage over localStorage that survives corrupt values and a full or blocked storage. */
export function safeJsonStorage<T, Stored = T>(
  what: string,
  { isValid, pack, unpack, debounceMs = 0 }: StorageOptions<T, Stored>,
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
  if (debounceMs > 0 && typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush())
  }

  return {
    getItem: (key) => {
      const raw = localStorage.getItem(key)
      if (raw === null) return null
      try {
        const parsed = JSON.parse(raw) as StorageValue<Stored>
        if (typeof parsed === 'object' && parsed !== null && isValid(parsed.state)) {
          return { ...parsed, state: unpack ? unpack(parsed.state) : (parsed.state as unknown as T) }
        }
      } catch {
        // fall through: unreadable
      }
      reportUnreadable(key, what, raw)
      return null
    },
    setItem: (key, value) => {
      if (debounceMs <= 0) return write(key, value)
      pending.set(key, value)
      timer ??= setTimeout(flush, debounceMs)
    },
    removeItem: (key) => {
      pending.delete(key)
      localStorage.removeItem(key)
    },
  }
}
