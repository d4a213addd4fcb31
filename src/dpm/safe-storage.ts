// Persisted DPM state that cannot be read must not stop the console: the unreadable text is set aside under
// another key (for a support case, see browser-storage/storage-health), the console starts fresh, and the shell
// says so. A store's state lives under its own key, or as a part of the world record (the DPM server state,
// written in one record with the estate and the clock: browser-storage/world-record).
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { reportWriteFailure, reportWriteSuccess, setAsideUnreadable } from '../browser-storage/storage-health'
import { isThisTabWriting } from '../browser-storage/tab-writer'
import {
  readWorldSlice,
  setAsideWorldSlice,
  type WorldSlice,
  writeWorldSlice,
} from '../browser-storage/world-record'

export interface StorageOptions<T, Stored> {
  /** The version written with every value; what `read` migrates to. */
  version: number
  /**
   * Reads a stored (packed) value written under `version` (0 when none was written): migrates, checks and
   * unpacks it, or throws an Error that says what is wrong.
   */
  read: (stored: unknown, version: number) => T
  pack?: (state: T) => Stored
  /** The part of the world record the state is (instead of a key of its own). */
  slice?: WorldSlice
}

/** Synchronous, so the console's state is there before the first render. */
export type SyncPersistStorage<T> = Omit<PersistStorage<T>, 'getItem'> & {
  getItem: (key: string) => StorageValue<T> | null
}

/** The stored `{ state, version }`, read with `read`; throws saying why it cannot be read. */
function readStoredValue<T>(stored: unknown, read: (stored: unknown, version: number) => T): T {
  if (typeof stored !== 'object' || stored === null) throw new Error('it is not a stored state')
  const { state, version } = stored as { state?: unknown; version?: unknown }
  return read(state, typeof version === 'number' ? version : 0)
}

const errorText = (error: unknown) =>
  error instanceof SyntaxError ? 'it is not JSON' : error instanceof Error ? error.message : String(error)

/** A zustand persist storage over localStorage that survives corrupt values and a full or blocked storage. */
export function safeJsonStorage<T, Stored = T>(
  what: string,
  { version, read, pack, slice }: StorageOptions<T, Stored>,
): SyncPersistStorage<T> {
  const getOwnKey = (key: string): StorageValue<T> | null => {
    let raw: string | null
    try {
      raw = localStorage.getItem(key)
    } catch {
      return null // storage blocked by the browser's settings: the console runs in memory
    }
    if (raw === null) return null
    try {
      return { state: readStoredValue(JSON.parse(raw), read), version }
    } catch (error) {
      setAsideUnreadable(key, what, raw, errorText(error))
      if (isThisTabWriting()) localStorage.removeItem(key)
      return null
    }
  }
  const getSlice = (part: WorldSlice): StorageValue<T> | null => {
    const stored = readWorldSlice(part)
    if (stored === undefined) return null
    try {
      return { state: readStoredValue(stored, read), version }
    } catch (error) {
      setAsideWorldSlice(part, what, errorText(error))
      return null
    }
  }

  return {
    getItem: (key) => (slice ? getSlice(slice) : getOwnKey(key)),
    setItem: (key, value) => {
      // A tab that follows another one (see tab-leadership) must not write: the other tab owns the state.
      if (!isThisTabWriting()) return
      const stored = () => (pack ? { ...value, state: pack(value.state) } : value)
      if (slice) return writeWorldSlice(slice, stored)
      try {
        localStorage.setItem(key, JSON.stringify(stored()))
        reportWriteSuccess(key)
      } catch {
        reportWriteFailure(key, what)
      }
    },
    removeItem: (key) => {
      if (!isThisTabWriting()) return
      if (slice) writeWorldSlice(slice, () => undefined)
      else localStorage.removeItem(key)
    },
  }
}
