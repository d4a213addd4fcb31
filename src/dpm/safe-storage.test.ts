// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { safeJsonStorage, takeStorageNotices } from './safe-storage'

const storage = safeJsonStorage<{ count: number }>(
  'test state',
  (state) => typeof (state as { count?: unknown })?.count === 'number',
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
