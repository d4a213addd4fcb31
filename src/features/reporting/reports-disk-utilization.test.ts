import { describe, expect, it } from 'vitest'
import { HR_DB, PAYROLL_DB, WAREHOUSE_STD02 } from '../../agent-api/demo-estate'
import { FakeEstate, protect } from '../../domain/engine/engine-test-support'
import { diskAllocation, poolTotalMb, storagePool } from '../../domain/protection/disk-sizing'
import { DEFAULT_POLICY, type DpmServerState, EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import { stopProtection } from '../../domain/protection/protection-groups'
import { RecoveryPoints } from '../../domain/protection/recovery-points'
import { DAY_MS, HOUR_MS } from '../../domain/world/time'
import { diskTotals, diskUtilization, diskUtilizationTable } from './reports-disk-utilization'
import { periodRange } from './reports-period'

const START = Date.parse('2026-01-05T09:00:00Z')

function twoGroups(): { state: DpmServerState; hr: string } {
  const fake = new FakeEstate().add(HR_DB, 'FULL', 2000).add(PAYROLL_DB, 'FULL', 500)
  let state = protect(EMPTY_SERVER_STATE, fake, [HR_DB], START, { retentionDays: 2 }, 'HR')
  state = protect(state, fake, [PAYROLL_DB], START + DAY_MS, { retentionDays: 2 }, 'Payroll')
  const [hr] = Object.keys(state.dataSources) as [string]
  return { state, hr }
}

describe('the disk utilization report', () => {
  it('lists the midnight snapshots within the period, then the space now', () => {
    const { state, hr } = twoGroups()
    const now = START + 5 * DAY_MS
    const snapshotAt = (days: number) => Date.parse('2026-01-05T00:00:00Z') + days * DAY_MS
    const withHistory: DpmServerState = {
      ...state,
      recoveryPoints: RecoveryPoints.from([
        { dataSourceId: hr, at: now - HOUR_MS, kind: 'synchronization', sizeMb: 40 },
      ]),
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

  it('gives the wizard and the report one free-space figure, a retained (inactive) replica counted in both', () => {
    const { state, hr } = twoGroups()
    const stopped = stopProtection(state, hr, 'retain', START + 2 * DAY_MS)
    const member = {
      path: WAREHOUSE_STD02,
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
})
