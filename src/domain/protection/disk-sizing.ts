// Review Disk Storage Allocation: DPM's default SQL sizing, data size x (1 + log change x retention days x
// backups per day) x 1.05 + logs, with a 3 % log change, against the DPM storage pool.
import { dataSourceKeyOf } from './protectability'
import {
  type DataSource,
  DEFAULT_POLICY,
  type DpmServerState,
  type ExpressFullSchedule,
  type MemberSpec,
  type ProtectionPolicy,
} from './protection'

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

/**
 * Space provisioned for one data source's replica and recovery point volumes: by its group's policy, or, for a
 * retained replica (Inactive protection), by the range it was protected with; its volumes stay until removed.
 */
export function provisionedMbOf(state: Pick<DpmServerState, 'groups'>, ds: DataSource): number {
  const group = ds.groupId === undefined ? undefined : state.groups[ds.groupId]
  const policy = group?.policy ?? { ...DEFAULT_POLICY, retentionDays: ds.retentionDays ?? 0 }
  return spaceToProvisionMb(ds, policy)
}

export interface StoragePool {
  totalMb: number
  /** Provisioned for every data source, active and retained (inactive) alike. */
  provisionedMb: number
  freeMb: number
}

/**
 * The storage pool's one free-space figure: the wizard's Review Disk Storage Allocation, its sizing check
 * (Underprovisioned Space) and the disk utilization report all read it. A Modify leaves out the group's own
 * active members: the draft sizes them again.
 */
export function storagePool(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  ignoreGroupId?: string,
): StoragePool {
  let provisionedMb = 0
  for (const ds of Object.values(state.dataSources)) {
    if (ignoreGroupId !== undefined && ds.groupId === ignoreGroupId) continue
    provisionedMb += provisionedMbOf(state, ds)
  }
  return {
    totalMb: DPM_STORAGE_POOL_MB,
    provisionedMb,
    freeMb: Math.max(0, DPM_STORAGE_POOL_MB - provisionedMb),
  }
}

export function diskAllocation(
  members: readonly MemberSpec[],
  policy: ProtectionPolicy,
  pool: Pick<StoragePool, 'totalMb' | 'freeMb'>,
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
  const freeStorageMb = pool.freeMb
  return {
    rows,
    totalDataMb: rows.reduce((sum, row) => sum + row.dataSizeMb, 0),
    toProvisionMb,
    totalStorageMb: pool.totalMb,
    freeStorageMb,
    underprovisionedMb: Math.max(0, toProvisionMb - freeStorageMb),
  }
}
