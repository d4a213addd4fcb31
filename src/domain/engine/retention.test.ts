import { expect, it } from 'vitest'
import { type DataSource, DEFAULT_POLICY, type RecoveryPoint } from '../protection/protection'
import { DAY_MS } from '../world/time'
import { RetentionIndex, retentionDaysOf, splitExpiredRecoveryPoints } from './retention'

const NOW = Date.parse('2026-01-10T00:00:00Z')
const ds = (id: string, changes: Partial<DataSource> = {}): DataSource => ({
  id,
  path: `S\\I\\${id}`,
  groupId: 'pg-1',
  protectedAt: 0,
  sizeMb: 1,
  logSizeMb: 1,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
  ...changes,
})
const point = (dataSourceId: string, daysAgo: number): RecoveryPoint => ({
  dataSourceId,
  at: NOW - daysAgo * DAY_MS,
  kind: 'express-full',
  sizeMb: 1,
})

const state = {
  groups: {
    'pg-1': {
      id: 'pg-1',
      name: 'G',
      policy: { ...DEFAULT_POLICY, retentionDays: 5 },
      createdAt: 0,
      autoProtectInstances: [],
    },
  },
  dataSources: { active: ds('active'), retained: ds('retained', { groupId: undefined, retentionDays: 2 }) },
}

it('expires recovery points after the group’s retention range, a retained data source’s after its own', () => {
  expect(retentionDaysOf(state, ds('active'))).toBe(5)
  const points = [
    point('active', 6),
    point('active', 5),
    point('active', 4.9),
    point('retained', 3),
    point('retained', 1),
  ]
  expect(splitExpiredRecoveryPoints(state, points, NOW).kept).toEqual([
    point('active', 4.9),
    point('retained', 1),
  ])
})

it('splits the points into those kept and those expired, each in their given order', () => {
  const points = [point('active', 6), point('retained', 1), point('active', 7), point('active', 1)]
  const { kept, expired } = splitExpiredRecoveryPoints(state, points, NOW)
  expect(kept).toEqual([point('retained', 1), point('active', 1)])
  expect(expired).toEqual([point('active', 6), point('active', 7)])
  const later = splitExpiredRecoveryPoints(
    state,
    [point('active', 1), point('retained', 3), point('active', 2)],
    NOW,
  )
  expect(later.kept).toEqual([point('active', 1), point('active', 2)])
  expect(later.expired).toEqual([point('retained', 3)])
  const recent = [point('active', 1), point('retained', 1)]
  expect(splitExpiredRecoveryPoints(state, recent, NOW)).toEqual({ kept: recent, expired: [] })
})

it('tells each point’s life by its own range, whatever the shortest range of the server', () => {
  const retention = new RetentionIndex(state)
  const alive = (p: RecoveryPoint) => retention.alive(p, NOW)
  expect([point('active', 1), point('active', 3), point('active', 5), point('active', 6)].map(alive)).toEqual(
    [true, true, false, false],
  )
  expect([point('retained', 1), point('retained', 3), point('gone', 30)].map(alive)).toEqual([
    true,
    false,
    true,
  ])
  expect(new RetentionIndex({ groups: {}, dataSources: {} }).alive(point('gone', 30), NOW)).toBe(true)
})
