import { describe, expect, it } from 'vitest'
import { HR_DB, SALES_DB, SALES_MIRROR_COPY } from '../../agent-api/demo-estate'
import { backupsPerDay, diskAllocation, poolTotalMb, spaceToProvisionMb, storagePool } from './disk-sizing'
import {
  DEFAULT_POLICY,
  type DpmServerState,
  EMPTY_SERVER_STATE,
  type MemberSpec,
  type Weekday,
} from './protection'
import { createProtectionGroup } from './protection-groups'

const hr: MemberSpec = {
  path: HR_DB,
  sizeMb: 1000,
  logSizeMb: 200,
  recoveryModel: 'FULL',
  readOnly: false,
}
const sales = (path: string): MemberSpec => ({
  path,
  sizeMb: 2000,
  logSizeMb: 100,
  recoveryModel: 'FULL',
  readOnly: false,
  mirror: {
    sessionId: 'session-sales',
    partners: [SALES_DB, SALES_MIRROR_COPY],
  },
})

describe('SQL disk sizing', () => {
  it('applies DPM formula: data x (1 + 3% x retention x backups per day) x 1.05 + logs', () => {
    // 1000 x (1 + 0.03 x 5 x 1) x 1.05 + 200 = 1407.5
    expect(spaceToProvisionMb(hr, DEFAULT_POLICY)).toBeCloseTo(1407.5)
    const twiceDaily = {
      retentionDays: 10,
      expressFull: { times: ['08:00', '20:00'], days: [0, 1, 2, 3, 4, 5, 6] satisfies Weekday[] },
    }
    // 1000 x (1 + 0.03 x 10 x 2) x 1.05 + 200 = 1880
    expect(spaceToProvisionMb(hr, twiceDaily)).toBeCloseTo(1880)
  })

  it('averages backups per day over the week', () => {
    expect(backupsPerDay({ times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] })).toBe(1)
    expect(backupsPerDay({ times: ['08:00', '20:00'], days: [1] })).toBeCloseTo(2 / 7)
  })

  it('counts a mirrored database once, whichever copies are given (S2)', () => {
    const allocation = diskAllocation([hr, sales(SALES_DB), sales(SALES_MIRROR_COPY)], DEFAULT_POLICY, {
      totalMb: 100_000,
      freeMb: 100_000,
    })
    expect(allocation.rows.map((row) => row.path)).toEqual([HR_DB, SALES_DB])
    expect(allocation.rows[1]?.mirrorPartner).toBe(SALES_MIRROR_COPY)
    expect(allocation.totalDataMb).toBe(1200 + 2100)
    expect(allocation.toProvisionMb).toBeCloseTo(1407.5 + 2000 * 1.15 * 1.05 + 100)
    expect(allocation.underprovisionedMb).toBe(0)
  })

  it('reports underprovisioned space when the pool is too small', () => {
    const allocation = diskAllocation([hr], DEFAULT_POLICY, { totalMb: 1500, freeMb: 1000 })
    expect(allocation.freeStorageMb).toBe(1000)
    expect(allocation.underprovisionedMb).toBeCloseTo(407.5)
  })

  it('counts what the server already provisioned, by each group policy, except a group being modified', () => {
    let state: DpmServerState = EMPTY_SERVER_STATE
    const created = createProtectionGroup(
      state,
      {
        name: 'HR',
        members: [hr],
        autoProtectInstances: [],
        policy: { ...DEFAULT_POLICY, retentionDays: 10 },
      },
      0,
    )
    state = created.state
    // 1000 x 1.3 x 1.05 + 200
    expect(storagePool(state).provisionedMb).toBeCloseTo(1565)
    expect(storagePool(state).freeMb).toBeCloseTo(poolTotalMb(state) - 1565)
    expect(storagePool(state, created.groupId).provisionedMb).toBe(0)
  })
})
