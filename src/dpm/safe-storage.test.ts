// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setThisTabWriting } from '../browser-storage/tab-writer'
import { safeJsonStorage, takeStorageNotices } from './safe-storage'

const readCount = (stored: unknown) => {
  const count = (stored as { count?: unknown } | null)?.count
  if (typeof count !== 'number') throw new Error('count: expected a number')
  return { count }
}
const storage = safeJsonStorage<{ count: number }>('test state', { version: 1, read: readCount })

describe('safeJsonStorage', () => {
  beforeEach(() => {
    localStorage.clear()
    takeStorageNotices()
  })

  it('reads back what it wrote', () => {
    storage.setItem('k', { state: { count: 3 }, version: 1 })
    expect(storage.getItem('k')).toEqual({ state: { count: 3 }, version: 1 })
    expect(takeStorageNotices()).toEqual([])
  })

  it('sets unparsable text aside, starts fresh and says so', () => {
    localStorage.setItem('k', '{not json')
    expect(storage.getItem('k')).toBeNull()
    expect(localStorage.getItem('k:unreadable')).toBe('{not json')
    expect(localStorage.getItem('k')).toBeNull()
    expect(takeStorageNotices()).toEqual([
      'The stored test state could not be read (it is not JSON) and was set aside under "k:unreadable"; starting fresh.',
    ])
  })

  it('treats well-formed JSON of the wrong shape as unreadable too, with the reason', () => {
    localStorage.setItem('k', JSON.stringify({ state: { count: 'three' }, version: 1 }))
    expect(storage.getItem('k')).toBeNull()
    expect(localStorage.getItem('k:unreadable')).toContain('three')
    expect(takeStorageNotices()).toEqual([expect.stringContaining('(count: expected a number)')])
  })

  it('hands the stored version to the reader (0 when none was written) and reports the current one', () => {
    const versions: number[] = []
    const migrating = safeJsonStorage<{ count: number }>('test state', {
      version: 3,
      read: (stored, version) => {
        versions.push(version)
        return readCount(stored)
      },
    })
    localStorage.setItem('k', JSON.stringify({ state: { count: 1 } }))
    expect(migrating.getItem('k')).toEqual({ state: { count: 1 }, version: 3 })
    localStorage.setItem('k', JSON.stringify({ state: { count: 1 }, version: 2 }))
    migrating.getItem('k')
    expect(versions).toEqual([0, 2])
  })
})

describe('safeJsonStorage with packing and coalesced writes', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => setThisTabWriting(true))

  it('stores the packed form and reads back the unpacked one', () => {
    const packed = safeJsonStorage<{ count: number }, { c: number }>('test state', {
      version: 1,
      read: (stored) => ({ count: (stored as { c: number }).c }),
      pack: ({ count }) => ({ c: count }),
    })
    packed.setItem('k', { state: { count: 7 }, version: 1 })
    expect(JSON.parse(localStorage.getItem('k') ?? '')).toEqual({ state: { c: 7 }, version: 1 })
    expect(packed.getItem('k')).toEqual({ state: { count: 7 }, version: 1 })
  })

  it('writes the last of many quick changes once, and at once when the page goes away', () => {
    vi.useFakeTimers()
    const coalesced = safeJsonStorage<{ count: number }>('test state', {
      version: 1,
      read: readCount,
      debounceMs: 300,
    })
    for (let count = 1; count <= 50; count++) coalesced.setItem('k', { state: { count }, version: 1 })
    expect(localStorage.getItem('k')).toBeNull()
    vi.advanceTimersByTime(300)
    expect(coalesced.getItem('k')?.state.count).toBe(50)
    coalesced.setItem('k', { state: { count: 51 }, version: 1 })
    window.dispatchEvent(new Event('pagehide'))
    expect(coalesced.getItem('k')?.state.count).toBe(51)
    vi.useRealTimers()
  })

  it('flushes pending writes when this tab stops writing, then writes nothing until it writes again', () => {
    vi.useFakeTimers()
    const coalesced = safeJsonStorage<{ count: number }>('test state', {
      version: 1,
      read: readCount,
      debounceMs: 300,
    })
    coalesced.setItem('k', { state: { count: 1 }, version: 1 })
    setThisTabWriting(false)
    expect(coalesced.getItem('k')?.state.count).toBe(1)
    coalesced.setItem('k', { state: { count: 2 }, version: 1 })
    vi.advanceTimersByTime(1000)
    expect(coalesced.getItem('k')?.state.count).toBe(1)
    setThisTabWriting(true)
    coalesced.setItem('k', { state: { count: 3 }, version: 1 })
    vi.advanceTimersByTime(300)
    expect(coalesced.getItem('k')?.state.count).toBe(3)
    vi.useRealTimers()
  })
})
