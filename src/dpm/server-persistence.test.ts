import { describe, expect, it } from 'vitest'
import { EMPTY_SERVER_STATE, type RecoveryPoint } from '../domain/protection'
import { packServerState, unpackServerState } from './server-persistence'

const point = (
  dataSourceId: string,
  at: number,
  kind: RecoveryPoint['kind'],
  sizeMb: number,
  id?: string,
) => ({
  id: id ?? `rp-${dataSourceId}-${at}`,
  dataSourceId,
  at,
  kind,
  sizeMb,
})

describe('packServerState', () => {
  const points: RecoveryPoint[] = [
    point('ds-1', 1_000_000, 'replica', 51200),
    point('ds-2', 1_000_000, 'synchronization', 3.5),
    point('ds-1', 1_900_000, 'synchronization', 12.25),
    point('ds-1', 2_800_000, 'express-full', 800, 'custom-id'),
  ]
  const state = { ...EMPTY_SERVER_STATE, recoveryPoints: points }

  it('round-trips every recovery point, in time order', () => {
    const back = unpackServerState(JSON.parse(JSON.stringify(packServerState(state))))
    expect(back.recoveryPoints).toEqual([points[0], points[1], points[2], points[3]])
    expect(back.groups).toEqual(state.groups)
  })

  it('stores times as deltas per data source and kinds as one letter each', () => {
    expect(packServerState(state).recoveryPoints['ds-1']).toEqual({
      kinds: 'rse',
      times: [1_000_000, 900_000, 900_000],
      sizes: [51200, 12.25, 800],
      ids: { 2: 'custom-id' },
    })
  })

  it('is far smaller than plain JSON for a long synchronization history', () => {
    const many = Array.from({ length: 480 }, (_, i) =>
      point('ds-7', 1_767_600_000_000 + i * 900_000, 'synchronization', 4),
    )
    const plain = JSON.stringify({ ...state, recoveryPoints: many }).length
    const packed = JSON.stringify(packServerState({ ...state, recoveryPoints: many })).length
    expect(packed * 8).toBeLessThan(plain)
  })
})
