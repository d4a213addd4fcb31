import { describe, expect, it } from 'vitest'
import { type SetAsideCopy, withSetAsideCopy } from './storage-health'

const copy = (text: string): SetAsideCopy => ({ setAsideAt: '2026-12-06T02:00:00.000Z', reason: 'r', text })

describe('the set-aside copies of one kind of stored value', () => {
  it('keeps every copy, newest first, up to the limit', () => {
    let stored: string | null = null
    for (const text of ['1', '2', '3', '4']) stored = JSON.stringify(withSetAsideCopy(stored, copy(text), 3))
    expect(JSON.parse(stored ?? '').map((c: SetAsideCopy) => c.text)).toEqual(['4', '3', '2'])
  })

  it('keeps a copy set aside before copies were listed as the oldest one', () => {
    expect(withSetAsideCopy('{"now":"yesterday"}', copy('new'), 5)).toEqual([
      copy('new'),
      { setAsideAt: '', reason: 'set aside earlier', text: '{"now":"yesterday"}' },
    ])
    expect(withSetAsideCopy('not json', copy('new'), 5)[1]?.text).toBe('not json')
  })
})
