import { describe, expect, it } from 'vitest'
import { changesSince, recordChange } from './change-log'
import { createEstate } from './estate-model'

describe('the change log', () => {
  it('numbers changes in order and returns those after a seq', () => {
    const estate = createEstate('empty')
    estate.seq = 41
    for (const at of [100, 200, 300]) recordChange(estate, { at, kind: 'test', summary: `at ${at}` })
    expect(estate.changes.map((c) => c.seq)).toEqual([42, 43, 44])
    expect(changesSince(estate, 0).map((c) => c.seq)).toEqual([42, 43, 44])
    expect(changesSince(estate, 42).map((c) => c.at)).toEqual([200, 300])
    expect(changesSince(estate, 44)).toEqual([])
    expect(changesSince(estate, 1000)).toEqual([])
  })

  it('lists each affected database and computer once', () => {
    const estate = createEstate('empty')
    const change = recordChange(estate, {
      at: 1,
      kind: 'test',
      summary: 's',
      databases: ['a', 'a'],
      computers: ['c', 'c'],
    })
    expect(change).toMatchObject({ databases: ['a'], computers: ['c'] })
  })
})
