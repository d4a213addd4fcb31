// The simulated world in the browser's storage: the DPM server state, the estate's recipe and the clock in one
// record under one key, written with one setItem, so that a change lands whole or not at all and a reload never
// finds parts of two worlds (docs/decisions/005-one-world-record.md). Writes are coalesced (a long advance
// changes the world many times a second) and go out together: after a short delay, when the page is hidden or
// closed, and before this tab hands the writing over. writeTogether holds them while a change made of several
// steps (an import, a reset) is under way.
import { reportWriteFailure, reportWriteSuccess, setAsideUnreadable } from './storage-health'
import { isThisTabWriting, onTabWritingChange } from './tab-writer'

export const WORLD_STORAGE_KEY = 'dpm-console:world'
const WORLD_RECORD_VERSION = 1

export type WorldSlice = 'server' | 'estate' | 'clock'
export const WORLD_SLICES: readonly WorldSlice[] = ['server', 'estate', 'clock']

/**
 * Where each part lived before the world record (read once to carry a stored world over, then removed), and
 * the key its unreadable copies are set aside under (":unreadable" added).
 */
export const SLICE_KEYS: Record<WorldSlice, string> = {
  server: 'dpm-console:server',
  estate: 'dpm-console:estate',
  clock: 'dpm-console:clock',
}

export const WRITE_DELAY_MS = 300

type WorldRecord = Partial<Record<WorldSlice, unknown>>

let cache: { raw: string | null; record: WorldRecord } | undefined
/** Parts changed since the last write, each as a function that gives its stored form (undefined removes it). */
const pending = new Map<WorldSlice, () => unknown>()
let timer: ReturnType<typeof setTimeout> | undefined
let holds = 0

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined // storage blocked by the browser's settings: the console runs in memory
  }
}

/** The record as stored (read again whenever another tab wrote it). */
function storedRecord(): WorldRecord {
  const store = storage()
  let raw: string | null
  try {
    raw = store?.getItem(WORLD_STORAGE_KEY) ?? null
  } catch {
    return {}
  }
  if (cache?.raw === raw) return cache.record
  const record = raw === null ? carriedOver(store) : parseRecord(raw)
  cache = { raw, record }
  return record
}

function parseRecord(raw: string): WorldRecord {
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error('it is not a stored world')
    }
    const { version } = parsed as { version?: unknown }
    if (version !== WORLD_RECORD_VERSION)
      throw new Error(`version ${String(version)} is not one this console reads`)
    const record: WorldRecord = {}
    for (const slice of WORLD_SLICES) {
      if (slice in parsed) record[slice] = (parsed as WorldRecord)[slice]
    }
    return record
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not JSON' : String((error as Error).message)
    setAsideUnreadable(
      WORLD_STORAGE_KEY,
      'simulated world',
      raw,
      reason,
      'the console starts the default world',
    )
    if (isThisTabWriting()) removeStored(WORLD_STORAGE_KEY)
    return {}
  }
}

/** A world stored before the world record, one key per part; a part that is not JSON stays text (unreadable). */
function carriedOver(store: Storage | undefined): WorldRecord {
  const record: WorldRecord = {}
  for (const slice of WORLD_SLICES) {
    const raw = store?.getItem(SLICE_KEYS[slice]) ?? null
    if (raw === null) continue
    try {
      record[slice] = JSON.parse(raw)
    } catch {
      record[slice] = raw
    }
  }
  return record
}

function removeStored(key: string): void {
  try {
    storage()?.removeItem(key)
  } catch {
    // Blocked: nothing was stored either.
  }
}

/** One part of the stored world (parsed JSON, for its owner to check), or undefined when none is stored. */
export function readWorldSlice(slice: WorldSlice): unknown {
  return storedRecord()[slice]
}

/**
 * Stores one part, written with the others' latest values; `value` gives its stored form when the write goes out
 * (packing a large DPM state once, not on every change). A tab that follows another one writes nothing.
 */
export function writeWorldSlice(slice: WorldSlice, value: () => unknown): void {
  if (!isThisTabWriting()) return
  pending.set(slice, value)
  flushAfterDelay()
}

/** The pending changes go out after the write delay, together with any written meanwhile. */
function flushAfterDelay(): void {
  timer ??= setTimeout(flushWorld, WRITE_DELAY_MS)
}

/**
 * A stored part its owner could not read: its text is set aside (see storage-health) and, in the writing tab,
 * the part is removed, until the owner stores a fresh one.
 */
export function setAsideWorldSlice(slice: WorldSlice, what: string, reason: string, fresh?: string): void {
  const value = readWorldSlice(slice)
  setAsideUnreadable(
    SLICE_KEYS[slice],
    what,
    typeof value === 'string' ? value : JSON.stringify(value),
    reason,
    fresh,
  )
  writeWorldSlice(slice, () => undefined)
}

/** Writes the pending changes now, in one record; not while writeTogether holds them. */
export function flushWorld(): void {
  clearTimeout(timer)
  timer = undefined
  if (pending.size === 0 || holds > 0) return
  const record: WorldRecord = { ...storedRecord() }
  for (const [slice, storedForm] of pending) {
    const value = storedForm()
    if (value === undefined) delete record[slice]
    else record[slice] = value
  }
  // The parts in one order, whatever order they were written in: the same world is the same text.
  const { server, estate, clock, ...rest } = record
  const raw = JSON.stringify({ version: WORLD_RECORD_VERSION, server, estate, clock, ...rest })
  try {
    storage()?.setItem(WORLD_STORAGE_KEY, raw)
  } catch {
    // Full or blocked: the changes stay pending (the next change tries again) and the console says so.
    reportWriteFailure(WORLD_STORAGE_KEY, 'simulated world (DPM server, estate and clock)')
    return
  }
  cache = { raw, record }
  pending.clear()
  reportWriteSuccess(WORLD_STORAGE_KEY)
  // The parts stored one per key before the world record are in it now.
  for (const slice of WORLD_SLICES) removeStored(SLICE_KEYS[slice])
}

/**
 * Runs a change made of several steps (the estate through the agents, then the DPM server and the clock): what
 * it writes is held and goes out in one record once it is done, so a page closed halfway keeps the old world.
 * `then`: 'at-once' writes it as the change ends; 'after-delay' as any change is written, after the write delay
 * or when the page goes away (a long advance resolves without waiting for its large world to be packed and
 * stored).
 */
export async function writeTogether<T>(
  change: () => Promise<T>,
  then: 'at-once' | 'after-delay' = 'at-once',
): Promise<T> {
  holds++
  try {
    return await change()
  } finally {
    holds--
    // A tab that handed the writing over meanwhile drops what it changed: the other tab's world is stored.
    if (!isThisTabWriting()) pending.clear()
    if (holds === 0 && pending.size > 0) {
      if (then === 'at-once') flushWorld()
      else flushAfterDelay()
    }
  }
}

/**
 * Starts the world record's writing (the console's start, first): what is pending goes out when the page goes
 * away or is hidden, and when this tab stops writing, before the next writer reads the storage.
 */
export function startWorldRecord(): void {
  window.addEventListener('pagehide', flushWorld)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushWorld())
  onTabWritingChange((writing) => writing || flushWorld())
}
