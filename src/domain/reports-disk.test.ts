import { describe, expect, it } from 'vitest'
import { diskAllocation, poolTotalMb, storagePool } from './disk-sizing'
import { FakeEstate, protect } from './engine-test-support'
import { DEFAULT_POLICY, type DpmServerState, EMPTY_SERVER_STATE, type RecoveryPoint } from './protection'
import { stopProtection } from './protection-groups'
import { diskUsageAt, INACTIVE_PROTECTION, poolShare } from './reports-disk'
import { diskTotals, diskUtilization, diskUtilizationTable } from './reports-disk-utilization'
import { periodRange } from './reports-period'
import { DAY_MS, HOUR_MS } from './time'

const HR = 'SQL-STD01\\MSSQLSERVER\\HRDB'
const PAYROLL = 'SQL-STD01\\MSSQLSERVER\\PayrollDB'
const START = Date.parse('2026-01-05T09:00:00Z')

const point = (
  dataSourceId: string,
  at: number,
  sizeMb: number,
  kind: RecoveryPoint['kind'],
): RecoveryPoint => ({
  id: `rp-${dataSourceId}-${at}`,
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
    const points = [
      point(hr, START + HOUR_MS, 2000, 'replica'),
      point(hr, START + 2 * HOUR_MS, 30, 'synchronization'),
      point(hr, START + 3 * HOUR_MS, 70, 'express-full'),
    ]
    const [usage, ...others] = diskUsageAt(state, points, START + 4 * HOUR_MS)
    expect(others).toEqual([]) // Payroll was protected a day later
    expect(usage).toMatchObject({ groupName: 'HR', replicaMb: 2100, recoveryPointMb: 100 })
    expect(usage?.allocatedMb).toBeGreaterThan(2100)
    // After the 2-day retention range the recovery points are gone.
    const later = diskUsageAt(state, points, START + 2 * HOUR_MS + 2 * DAY_MS + 1)
    expect(later.find((u) => u.groupName === 'HR')?.recoveryPointMb).toBe(70)
  })

  it('gives the wizard and the report one free-space figure, a retained (inactive) replica counted in both', () => {
    const { state, hr } = twoGroups()
    const stopped = stopProtection(state, hr, 'retain', START + 2 * DAY_MS)
    const member = {
      path: 'SQL-STD02\\MSSQLSERVER\\WarehouseDB',
      sizeMb: 100,
      logSizeMb: 10,
      recoveryModel: 'FULL' as const,
      readOnly: false,
    }
    const wizard = diskAllocation([member], DEFAULT_POLICY, storagePool(stopped))
    // The report's allocated space, every group and Inactive protection, now.
    const [now] = diskTotals(
      diskUtilization(stopped, periodRange('last-24-hours', START + 3 * DAY_MS)).slice(-1),
    )
    expect(now?.allocatedMb).toBeGreaterThan(0)
    expect(wizard.freeStorageMb).toBeCloseTo(poolTotalMb(stopped) - (now?.allocatedMb ?? 0))
    // The retained replica keeps its space: stopping protection with the replica retained frees nothing.
    expect(storagePool(stopped).freeMb).toBeCloseTo(storagePool(state).freeMb)
  })

  it('files retained replicas under Inactive protection, after the groups', () => {
    const { state, hr } = twoGroups()
    const stopped = stopProtection(state, hr, 'retain', START + 2 * DAY_MS)
    const usage = diskUsageAt(stopped, [], START + 3 * DAY_MS)
    expect(usage.map((u) => u.groupName)).toEqual(['Payroll', INACTIVE_PROTECTION])
    expect(usage[1]?.groupId).toBeUndefined()
    expect(usage[1]?.replicaMb).toBe(2100)
  })

  it('gives the share of the storage pool', () => {
    expect(poolShare({ replicaMb: 1000, recoveryPointMb: 1000 }, 4000)).toBe(50)
  })
})

describe('the disk utilization report', () => {
  it('lists the midnight snapshots within the period, then the space now', () => {
    const { state, hr } = twoGroups()
    const now = START + 5 * DAY_MS
    const snapshotAt = (days: number) => Date.parse('2026-01-05T00:00:00Z') + days * DAY_MS
    const withHistory: DpmServerState = {
      ...state,
      recoveryPoints: [point(hr, now - HOUR_MS, 40, 'synchronization')],
      reportHistory: {
        days: {},
        stoppages: [],
        disk: [1, 2, 3, 4, 5].map((days) => ({
          at: snapshotAt(days),
          groups: [
            { groupId: 'g', groupName: 'HR', replicaMb: 2100, recoveryPointMb: days, allocatedMb: 3000 },
          ],
        })),
      },
    }
    const week = diskUtilization(withHistory, periodRange('last-7-days', now))
    expect(week.map((s) => s.at)).toEqual([1, 2, 3, 4, 5].map(snapshotAt).concat(now))
    const day = diskUtilization(withHistory, periodRange('last-24-hours', now))
    expect(day.map((s) => s.at)).toEqual([snapshotAt(5), now])
    expect(diskTotals(day, 'HR').map((t) => t.recoveryPointMb)).toEqual([5, 40])
    expect(diskTotals(day).at(-1)?.replicaMb).toBe(2100 + 600)
    expect(diskUtilizationTable(day, 1_000_000).rows.at(-1)?.slice(0, 4)).toEqual([
      '2026-01-10 09:00 UTC',
      'Payroll',
      600,
      0,
    ])
  })
})
