// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { takeStorageNotices } from '../browser-storage/storage-health'
import { flushWorld, WORLD_STORAGE_KEY } from '../browser-storage/world-record'
import { safeJsonStorage } from './safe-storage'

const readCount = (stored: unknown) => {
  const count = (stored as { count?: unknown } | null)?.count
  if (typeof count !== 'number') throw new Error('count: expected a number')
  return { count }
}
const storage = safeJsonStorage<{ count: number }>('test state', { version: 1, read: readCount })
const copiesUnder = (key: string) =>
  (JSON.parse(localStorage.getItem(key) ?? '[]') as { text: string; reason: string }[]).map(
    (copy) => copy.text,
  )

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
    expect(copiesUnder('k:unreadable')).toEqual(['{not json'])
    expect(localStorage.getItem('k')).toBeNull()
    expect(takeStorageNotices()).toEqual([
      'The stored test state could not be read (it is not JSON) and was set aside under "k:unreadable" (its last 5 copies are kept); starting fresh.',
    ])
  })

  it('treats well-formed JSON of the wrong shape as unreadable too, with the reason', () => {
    localStorage.setItem('k', JSON.stringify({ state: { count: 'three' }, version: 1 }))
    expect(storage.getItem('k')).toBeNull()
    expect(copiesUnder('k:unreadable')[0]).toContain('three')
    expect(takeStorageNotices()).toEqual([expect.stringContaining('(count: expected a number)')])
  })

  it('keeps every set-aside copy of a kind, newest first, not only the last one', () => {
    for (const text of ['{one', '{two', '{three']) {
      localStorage.setItem('k', text)
      storage.getItem('k')
    }
    expect(copiesUnder('k:unreadable')).toEqual(['{three', '{two', '{one'])
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

describe('safeJsonStorage over a part of the world record', () => {
  beforeEach(() => localStorage.clear())

  it('stores the packed form in the world record and reads back the unpacked one', () => {
    const packed = safeJsonStorage<{ count: number }, { c: number }>('test state', {
      version: 1,
      read: (stored) => ({ count: (stored as { c: number }).c }),
      pack: ({ count }) => ({ c: count }),
      slice: 'server',
    })
    packed.setItem('k', { state: { count: 7 }, version: 1 })
    flushWorld()
    expect(JSON.parse(localStorage.getItem(WORLD_STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      server: { state: { c: 7 }, version: 1 },
    })
    expect(localStorage.getItem('k')).toBeNull()
    expect(packed.getItem('k')).toEqual({ state: { count: 7 }, version: 1 })
  })
})
