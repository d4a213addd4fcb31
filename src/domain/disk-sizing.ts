// Review Disk Storage Allocation: DPM's default SQL sizing, data size x (1 + log change x retention days x
// backups per day) x 1.05 + logs, with a 3 % log change, against the DPM storage pool.
import { dataSourceKeyOf } from './protectability'
import type { DpmServerState, ExpressFullSchedule, MemberSpec, ProtectionPolicy } from './protection'

export const SQL_LOG_CHANGE_RATE = 0.03
export const SQL_SIZING_OVERHEAD = 1.05
/** The storage pool of this simulated DPM server (design: 8 TB of disks). */
export const DPM_STORAGE_POOL_MB = 8 * 1024 * 1024

/** Express full backups per day, averaged over the week. */
export function backupsPerDay(schedule: ExpressFullSchedule): number {
  return (schedule.times.length * new Set(schedule.days).size) / 7
}

export function spaceToProvisionMb(
  member: Pick<MemberSpec, 'sizeMb' | 'logSizeMb'>,
  policy: Pick<ProtectionPolicy, 'retentionDays' | 'expressFull'>,
): number {
  const growth = 1 + SQL_LOG_CHANGE_RATE * policy.retentionDays * backupsPerDay(policy.expressFull)
  return member.sizeMb * growth * SQL_SIZING_OVERHEAD + member.logSizeMb
}

export interface AllocationRow {
  /** The data source as protected (the principal copy of a mirrored database). */
  path: string
  mirrorPartner?: string
  dataSizeMb: number
  spaceToProvisionMb: number
}

export interface DiskAllocation {
  rows: AllocationRow[]
  totalDataMb: number
  toProvisionMb: number
  totalStorageMb: number
  freeStorageMb: number
  /** What does not fit in the free storage (0 when it fits). */
  underprovisionedMb: number
}

/** Space already provisioned for the server's active data sources, each by its own group's policy. */
export function provisionedOnServer(state: DpmServerState, ignoreGroupId?: string): number {
  let total = 0
  for (const ds of Object.values(state.dataSources)) {
    const group = ds.groupId === undefined ? undefined : state.groups[ds.groupId]
    if (!group || group.id === ignoreGroupId) continue
    total += spaceToProvisionMb(ds, group.policy)
  }
  return total
}

export function diskAllocation(
  members: readonly MemberSpec[],
  policy: ProtectionPolicy,
  pool: { totalMb: number; usedMb: number },
): DiskAllocation {
  // S2: a mirrored database is one data source with one replica, whichever copies were handed in.
  const unique = new Map<string, MemberSpec>()
  for (const member of members) {
    const key = dataSourceKeyOf(member)
    if (!unique.has(key)) unique.set(key, member)
  }
  const rows = [...unique.values()].map((member) => ({
    path: member.path,
    mirrorPartner: member.mirror?.partners[1],
    dataSizeMb: member.sizeMb + member.logSizeMb,
    spaceToProvisionMb: spaceToProvisionMb(member, policy),
  }))
  const toProvisionMb = rows.reduce((sum, row) => sum + row.spaceToProvisionMb, 0)
  const freeStorageMb = Math.max(0, pool.totalMb - pool.usedMb)
  return {
    rows,
    totalDataMb: rows.reduce((sum, row) => sum + row.dataSizeMb, 0),
    toProvisionMb,
    totalStorageMb: pool.totalMb,
    freeStorageMb,
    underprovisionedMb: Math.max(0, toProvisionMb - freeStorageMb),
  }
}
