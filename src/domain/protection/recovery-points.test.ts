import { describe, expect, it } from 'vitest'
import { type RecoveryPoint, RecoveryPoints } from './recovery-points'

const point = (dataSourceId: string, at: number, changes: Partial<RecoveryPoint> = {}): RecoveryPoint => ({
  dataSourceId,
  at,
  kind: 'synchronization',
  sizeMb: at / 10,
  ...changes,
})
const timesOf = (points: RecoveryPoints, dataSourceId: string) =>
  points
    .of(dataSourceId)
    .toArray()
    .map((one) => one.at)

describe('RecoveryPoints', () => {
  it('reads back every field of every point, a data source’s oldest first', () => {
    const list = [
      point('a', 30, { kind: 'express-full' }),
      point('b', 10, { kind: 'replica', replica: 'SQL-AG02\\MSSQLSERVER\\OrdersDB' }),
      point('a', 10, { kind: 'replica' }),
      point('a', 20),
    ]
    const points = RecoveryPoints.from(list)
    expect(points).toHaveLength(4)
    expect(points.of('a').toArray()).toEqual([list[2], list[3], list[0]])
    expect(points.of('b').toArray()).toEqual([list[1]])
    expect(points.of('a').latest()).toBe(30)
    expect(points.of('none')).toHaveLength(0)
    expect(points.of('none').latest()).toBeUndefined()
    expect(points.of('a').find(20)).toEqual(list[3])
    expect(points.of('a').find(25)).toBeUndefined()
    expect(points.of('a').countUntil(20)).toBe(2)
    expect(points.of('a').countUntil(5)).toBe(0)
    // Written as JSON, as plain points (a test's reload, a debug dump).
    expect(JSON.parse(JSON.stringify({ points }))).toEqual({ points: [list[2], list[3], list[0], list[1]] })
  })

  it('leaves a version as it was when a draft adds to it, however many drafts start from it', () => {
    const base = RecoveryPoints.from([point('a', 10), point('a', 20)])
    const first = base.draft()
    first.record('a', 30, 'synchronization', 3)
    const second = base.draft()
    second.record('a', 40, 'synchronization', 4)
    expect(timesOf(base, 'a')).toEqual([10, 20])
    expect(timesOf(first.toPoints(), 'a')).toEqual([10, 20, 30])
    expect(timesOf(second.toPoints(), 'a')).toEqual([10, 20, 40])
  })

  it('leaves a draft’s result as it was when the draft goes on, in order or before older points', () => {
    const draft = RecoveryPoints.NONE.draft()
    draft.record('a', 10, 'synchronization', 1)
    draft.record('a', 30, 'synchronization', 3)
    const taken = draft.toPoints()
    draft.record('a', 40, 'synchronization', 4)
    draft.record('a', 20, 'express-full', 2)
    expect(timesOf(taken, 'a')).toEqual([10, 30])
    expect(timesOf(draft.toPoints(), 'a')).toEqual([10, 20, 30, 40])
    expect(draft.toPoints().of('a').kindOf(1)).toBe('express-full')
  })

  it('puts a point recorded late at its place in time, without changing the version it started from', () => {
    const base = RecoveryPoints.from([point('a', 10), point('a', 30)])
    const draft = base.draft()
    draft.record('a', 20, 'synchronization', 2, 'SQL-AG03\\MSSQLSERVER\\OrdersDB')
    expect(timesOf(base, 'a')).toEqual([10, 30])
    const next = draft.toPoints()
    expect(timesOf(next, 'a')).toEqual([10, 20, 30])
    expect([0, 1, 2].map((index) => next.of('a').replicaOf(index))).toEqual([
      undefined,
      'SQL-AG03\\MSSQLSERVER\\OrdersDB',
      undefined,
    ])
  })

  it('cuts each data source’s points at its own time, and leaves the version cut from as it was', () => {
    const points = RecoveryPoints.from([point('a', 10), point('a', 20), point('a', 30), point('b', 10)])
    const { kept, cut } = points.splitAt((id) => (id === 'a' ? 20 : undefined))
    expect(kept.toArray()).toEqual([point('a', 30), point('b', 10)])
    expect(cut.toArray()).toEqual([point('a', 10), point('a', 20)])
    expect(points).toHaveLength(4)
    // A data source cut to nothing is gone; nothing cut gives back the same version.
    expect(points.splitAt(() => 99).kept).toHaveLength(0)
    expect(points.splitAt(() => undefined)).toEqual({ kept: points, cut: RecoveryPoints.NONE })
    expect(points.splitAt(() => undefined).kept).toBe(points)
  })

  it('appends after a cut, and a version that keeps the cut points still reads them', () => {
    const draft = RecoveryPoints.NONE.draft()
    for (let at = 1; at <= 10; at++) draft.record('a', at, 'synchronization', at)
    const full = draft.toPoints()
    const { kept } = full.splitAt(() => 8) // more cut than kept: the kept ones move to columns of their own
    expect(kept.of('a').columns.times).toEqual([9, 10])
    const next = kept.draft()
    next.record('a', 11, 'synchronization', 11)
    expect(timesOf(next.toPoints(), 'a')).toEqual([9, 10, 11])
    const { kept: few } = full.splitAt(() => 2)
    const more = few.draft()
    more.record('a', 12, 'synchronization', 12)
    expect(timesOf(more.toPoints(), 'a')).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12])
    expect(timesOf(full, 'a')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('drops a data source’s points', () => {
    const points = RecoveryPoints.from([point('a', 10), point('b', 10)])
    expect(points.without('a').toArray()).toEqual([point('b', 10)])
    expect(points.without('none')).toBe(points)
    expect(points).toHaveLength(2)
  })
})
