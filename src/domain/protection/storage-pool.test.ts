import { describe, expect, it } from 'vitest'
import { FakeEstate, protect } from '../engine/engine-test-support'
import { INACTIVE_PROTECTION } from '../reports/reports-disk'
import { DAY_MS } from '../world/time'
import { diskAllocation, poolTotalMb, SETUP_POOL_DISKS, storagePool, volumesMbOf } from './disk-sizing'
import { DEFAULT_POLICY, type DpmServerState, EMPTY_SERVER_STATE } from './protection'
import { stopProtection } from './protection-groups'
import { addDisksToPool, availableDisks, poolUse } from './storage-pool'

const HR = 'SQL-STD01\\MSSQLSERVER\\HRDB'
const PAYROLL = 'SQL-STD01\\MSSQLSERVER\\PayrollDB'
const START = Date.parse('2026-01-05T09:00:00Z')

/** HR (1,000 MB data) and Payroll (500 MB), each with a 100 MB log, in two groups, retention 5 days. */
function twoGroups(): { state: DpmServerState; hr: string; payroll: string } {
  const fake = new FakeEstate().add(HR, 'FULL', 1000).add(PAYROLL, 'FULL', 500)
  let state = protect(EMPTY_SERVER_STATE, fake, [HR], START, { retentionDays: 5 }, 'HR')
  state = protect(state, fake, [PAYROLL], START + DAY_MS, { retentionDays: 5 }, 'Payroll')
  const [hr, payroll] = Object.keys(state.dataSources) as [string, string]
  return { state, hr, payroll }
}

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('the storage pool', () => {
  it('is the disks the server was set up with until disks are added: two of 4 TB', () => {
    expect(poolTotalMb(EMPTY_SERVER_STATE)).toBe(8 * 1024 * 1024)
    expect(poolUse(EMPTY_SERVER_STATE).disks.map((use) => [use.disk.name, use.freeMb])).toEqual(
      SETUP_POOL_DISKS.map((disk) => [disk.name, disk.sizeMb]),
    )
  })

  it("splits a data source's provisioned space into its replica and recovery point volumes", () => {
    const { state, hr } = twoGroups()
    const ds = state.dataSources[hr]
    if (!ds) throw new Error('no HR')
    // 1000 x 1.05 + 100 (log) = 1150; 1000 x 0.03 x 5 x 1 x 1.05 = 157.5
    expect(volumesMbOf(state, ds).replicaMb).toBeCloseTo(1150)
    expect(volumesMbOf(state, ds).recoveryPointMb).toBeCloseTo(157.5)
  })

  it('shows on each disk the volumes of active and retained data sources, with the figures of the wizard', () => {
    const { state, hr } = twoGroups()
    const stopped = stopProtection(state, hr, 'retain', START + 2 * DAY_MS)
    const use = poolUse(stopped)
    const [first, second] = use.disks
    expect(first?.volumes.map((v) => [v.path, v.groupName, v.kind])).toEqual([
      [HR, INACTIVE_PROTECTION, 'replica'],
      [HR, INACTIVE_PROTECTION, 'recovery-point'],
      [PAYROLL, 'Payroll', 'replica'],
      [PAYROLL, 'Payroll', 'recovery-point'],
    ])
    expect(second?.volumes).toEqual([])
    // The same free space as Review Disk Storage Allocation and the disk utilization report read.
    const pool = storagePool(stopped)
    expect(sumOf(use.disks.map((d) => d.freeMb))).toBeCloseTo(pool.freeMb)
    expect(sumOf(use.disks.map((d) => d.usedMb))).toBeCloseTo(pool.provisionedMb)
    const wizard = diskAllocation([], DEFAULT_POLICY, pool)
    expect(wizard.totalStorageMb).toBe(sumOf(use.disks.map((d) => d.disk.sizeMb)))
  })

  it('puts a volume on the first disk with room for it, spans disks when none has, and counts what is left over', () => {
    const { state } = twoGroups()
    // HR: replica 1150, recovery points 157.5; Payroll: replica 625, recovery points 78.75.
    const small = {
      ...state,
      disks: [
        { name: 'Disk 1', sizeMb: 1200 },
        { name: 'Disk 2', sizeMb: 600 },
      ],
    }
    const use = poolUse(small)
    const onDisk = (index: number) =>
      use.disks[index]?.volumes.map((v) => [v.path, v.kind, Math.round(v.mb * 100) / 100])
    // HR's recovery point volume does not fit in what Disk 1 has left: it goes whole on Disk 2. Payroll's
    // replica fits on neither disk: it spans them, and what is left of it and its recovery point volume is over.
    expect(onDisk(0)).toEqual([
      [HR, 'replica', 1150],
      [PAYROLL, 'replica', 50],
    ])
    expect(onDisk(1)).toEqual([
      [HR, 'recovery-point', 157.5],
      [PAYROLL, 'replica', 442.5],
    ])
    expect(use.unplacedMb).toBeCloseTo(625 - 50 - 442.5 + 78.75)
    expect(use.unplacedMb).toBeCloseTo(storagePool(small).provisionedMb - 1800)
    expect(diskAllocation([], DEFAULT_POLICY, storagePool(small)).freeStorageMb).toBe(0)
  })

  it('grows by the disks added, and refuses a disk already in it', () => {
    const added = addDisksToPool(EMPTY_SERVER_STATE, [{ name: 'Disk 3', sizeMb: 2 * 1024 * 1024 }])
    expect(poolTotalMb(added)).toBe(10 * 1024 * 1024)
    expect(storagePool(added).freeMb).toBe(10 * 1024 * 1024)
    expect(poolUse(added).disks.map((use) => use.disk.name)).toEqual(['Disk 1', 'Disk 2', 'Disk 3'])
    expect(() => addDisksToPool(added, [{ name: 'disk 3', sizeMb: 1 }])).toThrow(
      'disk 3 is already in the storage pool.',
    )
    expect(addDisksToPool(added, [])).toBe(added)
  })

  it('offers the disks a rescan found that are not in the pool', () => {
    const found = [...SETUP_POOL_DISKS, { name: 'Disk 3', sizeMb: 2048 }]
    expect(availableDisks(EMPTY_SERVER_STATE, found)).toEqual([{ name: 'Disk 3', sizeMb: 2048 }])
    expect(
      availableDisks(addDisksToPool(EMPTY_SERVER_STATE, [{ name: 'Disk 3', sizeMb: 2048 }]), found),
    ).toEqual([])
  })
})
