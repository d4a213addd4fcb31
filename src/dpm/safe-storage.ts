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

/** A zustand persist storage over localStorage that survives corrupt values and a full or blocked storage. */
export function safeJsonStorage<T>(what: string, isValid: (value: unknown) => boolean): PersistStorage<T> {
  return {
    getItem: (key) => {
      const raw = localStorage.getItem(key)
      if (raw === null) return null
      try {
        const parsed = JSON.parse(raw) as StorageValue<T>
        if (typeof parsed === 'object' && parsed !== null && isValid(parsed.state)) return parsed
      } catch {
        // fall through: unreadable
      }
      reportUnreadable(key, what, raw)
      return null
    },
    setItem: (key, value) => {
      try {
        localStorage.setItem(key, JSON.stringify(value))
      } catch {
        notices.push(`The ${what} could not be saved in this browser's storage.`)
      }
    },
    removeItem: (key) => localStorage.removeItem(key),
  }
}
