// @vitest-environment jsdom
// The world in one record: the DPM server state, the estate and the clock land together or not at all, a
// failing write is shown until a write succeeds, a tab that follows writes nothing, and a world stored one key
// per part is carried over.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { storageHealthStore, takeStorageNotices } from './storage-health'
import { setThisTabWriting } from './tab-writer'
import {
  flushWorld,
  readWorldSlice,
  setAsideWorldSlice,
  startWorldRecord,
  WORLD_STORAGE_KEY,
  WRITE_DELAY_MS,
  writeTogether,
  writeWorldSlice,
} from './world-record'

const stored = () => JSON.parse(localStorage.getItem(WORLD_STORAGE_KEY) ?? 'null')

// As the console's start does, first.
beforeAll(startWorldRecord)

beforeEach(() => {
  localStorage.clear()
  takeStorageNotices()
  vi.useFakeTimers()
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  setThisTabWriting(true)
  flushWorld()
})

describe('the world record', () => {
  it('writes the parts changed together in one record, once, after a short delay or when the page goes away', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    writeWorldSlice('server', () => ({ groups: 1 }))
    writeWorldSlice('clock', () => ({ now: 1 }))
    writeWorldSlice('clock', () => ({ now: 2 }))
    expect(stored()).toBeNull()
    vi.advanceTimersByTime(300)
    expect(setItem).toHaveBeenCalledTimes(1)
    expect(stored()).toEqual({ version: 1, server: { groups: 1 }, clock: { now: 2 } })
    writeWorldSlice('estate', () => ({ log: [] }))
    window.dispatchEvent(new Event('pagehide'))
    expect(stored()).toEqual({ version: 1, server: { groups: 1 }, clock: { now: 2 }, estate: { log: [] } })
  })

  it('keeps the old world whole when the storage is full, says so until a write succeeds, and writes all then', () => {
    writeWorldSlice('server', () => ({ groups: 1 }))
    writeWorldSlice('clock', () => ({ now: 1 }))
    flushWorld()
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    writeWorldSlice('server', () => ({ groups: 2 }))
    writeWorldSlice('clock', () => ({ now: 2 }))
    flushWorld()
    flushWorld()
    expect(stored()).toEqual({ version: 1, server: { groups: 1 }, clock: { now: 1 } })
    expect(storageHealthStore.getState().failing).toEqual({
      [WORLD_STORAGE_KEY]: 'simulated world (DPM server, estate and clock)',
    })
    full.mockRestore()
    writeWorldSlice('clock', () => ({ now: 3 }))
    flushWorld()
    expect(stored()).toEqual({ version: 1, server: { groups: 2 }, clock: { now: 3 } })
    expect(storageHealthStore.getState().failing).toEqual({})
  })

  it('holds what a change of several steps writes until it is done, and writes nothing of it when the page goes first', async () => {
    writeWorldSlice('clock', () => ({ now: 1 }))
    flushWorld()
    let finishEstate = () => {}
    const change = writeTogether(async () => {
      writeWorldSlice('estate', () => ({ preset: 'empty' }))
      await new Promise<void>((resolve) => {
        finishEstate = resolve
      })
      writeWorldSlice('clock', () => ({ now: 9 }))
    })
    vi.advanceTimersByTime(1000)
    window.dispatchEvent(new Event('pagehide'))
    expect(stored()).toEqual({ version: 1, clock: { now: 1 } })
    finishEstate()
    await change
    expect(stored()).toEqual({ version: 1, clock: { now: 9 }, estate: { preset: 'empty' } })
  })

  it('writes what a change held after the write delay when asked to, or when the page goes away first', async () => {
    writeWorldSlice('clock', () => ({ now: 1 }))
    flushWorld()
    await writeTogether(async () => writeWorldSlice('clock', () => ({ now: 2 })), 'after-delay')
    expect(stored()).toEqual({ version: 1, clock: { now: 1 } })
    vi.advanceTimersByTime(WRITE_DELAY_MS)
    expect(stored()).toEqual({ version: 1, clock: { now: 2 } })
    await writeTogether(async () => writeWorldSlice('clock', () => ({ now: 3 })), 'after-delay')
    window.dispatchEvent(new Event('pagehide'))
    expect(stored()).toEqual({ version: 1, clock: { now: 3 } })
  })

  it('writes nothing in a tab that follows another one, and flushes what it wrote before it stopped writing', () => {
    writeWorldSlice('clock', () => ({ now: 1 }))
    setThisTabWriting(false)
    expect(stored()).toEqual({ version: 1, clock: { now: 1 } })
    writeWorldSlice('clock', () => ({ now: 2 }))
    setAsideWorldSlice('clock', 'simulated clock', 'no reason')
    vi.advanceTimersByTime(1000)
    flushWorld()
    expect(stored()).toEqual({ version: 1, clock: { now: 1 } })
    expect(localStorage.getItem('dpm-console:clock:unreadable')).toBeNull()
    expect(takeStorageNotices()).toEqual([
      'The stored simulated clock could not be read (no reason); starting fresh in this tab.',
    ])
  })

  it('carries a world stored one key per part over into the record, and sets an unreadable record aside', () => {
    localStorage.setItem('dpm-console:clock', JSON.stringify({ now: 5 }))
    localStorage.setItem('dpm-console:estate', '{not json')
    expect(readWorldSlice('clock')).toEqual({ now: 5 })
    expect(readWorldSlice('estate')).toBe('{not json')
    writeWorldSlice('server', () => ({ groups: 0 }))
    flushWorld()
    expect(stored()).toEqual({ version: 1, clock: { now: 5 }, estate: '{not json', server: { groups: 0 } })
    expect(localStorage.getItem('dpm-console:clock')).toBeNull()

    localStorage.setItem(WORLD_STORAGE_KEY, '{"version":1,')
    expect(readWorldSlice('clock')).toBeUndefined()
    expect(JSON.parse(localStorage.getItem(`${WORLD_STORAGE_KEY}:unreadable`) ?? '[]')[0].text).toBe(
      '{"version":1,',
    )
    expect(takeStorageNotices()).toEqual([
      expect.stringContaining('The stored simulated world could not be read (it is not JSON)'),
    ])
  })
})
