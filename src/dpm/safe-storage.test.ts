// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { safeJsonStorage, takeStorageNotices } from './safe-storage'

const isValid = (state: unknown) => typeof (state as { count?: unknown })?.count === 'number'
const storage = safeJsonStorage<{ count: number }>('test state', { isValid })

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
      'The stored test state could not be read and was set aside under "k:unreadable"; starting fresh.',
    ])
  })

  it('treats well-formed JSON of the wrong shape as unreadable too', () => {
    localStorage.setItem('k', JSON.stringify({ state: { count: 'three' }, version: 1 }))
    expect(storage.getItem('k')).toBeNull()
    expect(localStorage.getItem('k:unreadable')).toContain('three')
    expect(takeStorageNotices()).toHaveLength(1)
  })
})

describe('safeJsonStorage with packing and coalesced writes', () => {
  beforeEach(() => localStorage.clear())

  it('stores the packed form and reads back the unpacked one', () => {
    const packed = safeJsonStorage<{ count: number }, { c: number }>('test state', {
      isValid: (state) => typeof (state as { c?: unknown })?.c === 'number',
      pack: ({ count }) => ({ c: count }),
      unpack: ({ c }) => ({ count: c }),
    })
    packed.setItem('k', { state: { count: 7 }, version: 1 })
    expect(JSON.parse(localStorage.getItem('k') ?? '')).toEqual({ state: { c: 7 }, version: 1 })
    expect(packed.getItem('k')).toEqual({ state: { count: 7 }, version: 1 })
  })

  it('writes the last of many quick changes once, and at once when the page goes away', () => {
    vi.useFakeTimers()
    const coalesced = safeJsonStorage<{ count: number }>('test state', { isValid, debounceMs: 300 })
    for (let count = 1; count <= 50; count++) coalesced.setItem('k', { state: { count }, version: 1 })
    expect(localStorage.getItem('k')).toBeNull()
    vi.advanceTimersByTime(300)
    expect(coalesced.getItem('k')?.state.count).toBe(50)
    coalesced.setItem('k', { state: { count: 51 }, version: 1 })
    window.dispatchEvent(new Event('pagehide'))
    expect(coalesced.getItem('k')?.state.count).toBe(51)
    vi.useRealTimers()
  })
})
