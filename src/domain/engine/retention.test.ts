import { expect, it } from 'vitest'
import { type DataSource, DEFAULT_POLICY } from '../protection/protection'
import { type RecoveryPoint, RecoveryPoints } from '../protection/recovery-points'
import { DAY_MS } from '../world/time'
import { expiredUntil, retentionDaysOf, splitExpiredRecoveryPoints } from './retention'

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

const points = (...list: RecoveryPoint[]) => RecoveryPoints.from(list)

it('expires recovery points after the group’s retention range, a retained data source’s after its own', () => {
  expect(retentionDaysOf(state, ds('active'))).toBe(5)
  const all = points(
    point('active', 6),
    point('active', 5),
    point('active', 4.9),
    point('retained', 3),
    point('retained', 1),
  )
  expect(splitExpiredRecoveryPoints(state, all, NOW).kept.toArray()).toEqual([
    point('active', 4.9),
    point('retained', 1),
  ])
})

it('splits the points into those kept and those expired, a data source’s oldest first', () => {
  const all = points(point('active', 6), point('retained', 1), point('active', 7), point('active', 1))
  const { kept, expired } = splitExpiredRecoveryPoints(state, all, NOW)
  expect(kept.toArray()).toEqual([point('active', 1), point('retained', 1)])
  expect(expired.toArray()).toEqual([point('active', 7), point('active', 6)])
  const later = splitExpiredRecoveryPoints(state, points(point('active', 1), point('retained', 3)), NOW)
  expect(later.kept.toArray()).toEqual([point('active', 1)])
  expect(later.expired.toArray()).toEqual([point('retained', 3)])
  // Nothing expired: the same points, and no new version of them.
  const recent = points(point('active', 1), point('retained', 1))
  expect(splitExpiredRecoveryPoints(state, recent, NOW)).toEqual({
    kept: recent,
    expired: RecoveryPoints.NONE,
  })
})

it('tells each data source’s points by its own range, and keeps those of a data source it does not know', () => {
  expect(expiredUntil(state, 'active', NOW)).toBe(NOW - 5 * DAY_MS)
  expect(expiredUntil(state, 'retained', NOW)).toBe(NOW - 2 * DAY_MS)
  expect(expiredUntil(state, 'gone', NOW)).toBeUndefined()
  const { kept } = splitExpiredRecoveryPoints(state, points(point('gone', 30), point('retained', 3)), NOW)
  expect(kept.toArray()).toEqual([point('gone', 30)])
})
