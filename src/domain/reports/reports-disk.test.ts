import { describe, expect, it } from 'vitest'
import { HR_DB as HR, PAYROLL_DB as PAYROLL } from '../../agent-api/demo-estate'
import { FakeEstate, protect } from '../engine/engine-test-support'
import { type DpmServerState, EMPTY_SERVER_STATE } from '../protection/protection'
import { stopProtection } from '../protection/protection-groups'
import { type RecoveryPoint, RecoveryPoints } from '../protection/recovery-points'
import { DAY_MS, HOUR_MS } from '../world/time'
import { diskUsageAt, INACTIVE_PROTECTION, poolShare } from './reports-disk'

const START = Date.parse('2026-01-05T09:00:00Z')

const pointsOf = (...list: RecoveryPoint[]) => RecoveryPoints.from(list)
const point = (
  dataSourceId: string,
  at: number,
  sizeMb: number,
  kind: RecoveryPoint['kind'],
): RecoveryPoint => ({
  dataSourceId,
  at,
  kind,
  sizeMb,
})

function twoGroups(): { state: DpmServerState; hr: string; payroll: string } {
  const fake = new FakeEstate().add(HR, 'FULL', 2000).add(PAYROLL, 'FULL', 500)
  let state = protect(EMPTY_SERVER_STATE, fake, [HR], START, { retentionDays: 2 }, 'HR')
  state = protect(state, fake, [PAYROLL], START + DAY_MS, { retentionDays: 2 }, 'Payroll')
  const [hr, payroll] = Object.keys(state.dataSources) as [string, string]
  return { state, hr, payroll }
}

describe('disk usage per protection group', () => {
  it('counts the replica from protection, and the recovery points alive then (not the replica creation)', () => {
    const { state, hr } = twoGroups()
    const points = pointsOf(
      point(hr, START + HOUR_MS, 2000, 'replica'),
      point(hr, START + 2 * HOUR_MS, 30, 'synchronization'),
      point(hr, START + 3 * HOUR_MS, 70, 'express-full'),
    )
    const [usage, ...others] = diskUsageAt(state, points, START + 4 * HOUR_MS)
    expect(others).toEqual([]) // Payroll was protected a day later
    expect(usage).toMatchObject({ groupName: 'HR', replicaMb: 2100, recoveryPointMb: 100 })
    expect(usage?.allocatedMb).toBeGreaterThan(2100)
    // After the 2-day retention range the recovery points are gone.
    const later = diskUsageAt(state, points, START + 2 * HOUR_MS + 2 * DAY_MS + 1)
    expect(later.find((u) => u.groupName === 'HR')?.recoveryPointMb).toBe(70)
  })

  it('gives the same total whatever the order of the points (a snapshot does not depend on how runs went)', () => {
    const { state, hr } = twoGroups()
    const points = [0.1, 0.2, 0.3].map((sizeMb, i) =>
      point(hr, START + (i + 1) * HOUR_MS, sizeMb, 'synchronization'),
    )
    const at = START + 4 * HOUR_MS
    expect(diskUsageAt(state, pointsOf(...points), at)[0]?.recoveryPointMb).toBe(0.6)
    expect(diskUsageAt(state, pointsOf(...points.reverse()), at)[0]?.recoveryPointMb).toBe(0.6)
  })

  it('files retained replicas under Inactive protection, after the groups', () => {
    const { state, hr } = twoGroups()
    const stopped = stopProtection(state, hr, 'retain', START + 2 * DAY_MS)
    const usage = diskUsageAt(stopped, RecoveryPoints.NONE, START + 3 * DAY_MS)
    expect(usage.map((u) => u.groupName)).toEqual(['Payroll', INACTIVE_PROTECTION])
    expect(usage[1]?.groupId).toBeUndefined()
    expect(usage[1]?.replicaMb).toBe(2100)
  })

  it('gives the share of the storage pool', () => {
    expect(poolShare({ replicaMb: 1000, recoveryPointMb: 1000 }, 4000)).toBe(50)
  })
})
