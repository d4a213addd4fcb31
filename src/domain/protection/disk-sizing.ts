// Review Disk Storage Allocation: DPM's default SQL sizing, data size x (1 + log change x retention days x
// backups per day) x 1.05 + logs, with a 3 % log change, against the DPM storage pool (the disks the admin
// added in Management > Disks). The wizard, the disk utilization report and Management > Disks read the pool's
// figures here.
import { dataSourceKeyOf } from './protectability'
import {
  type DataSource,
  DEFAULT_POLICY,
  type DpmServerState,
  type ExpressFullSchedule,
  type MemberSpec,
  type ProtectionPolicy,
  type StorageDisk,
} from './protection'

export const SQL_LOG_CHANGE_RATE = 0.03
export const SQL_SIZING_OVERHEAD = 1.05
const TB_MB = 1024 * 1024
/**
 * The disks the simulated DPM server was set up with in its storage pool (design: two 4 TB disks); its third
 * disk (2 TB) is attached but not in the pool, for Management > Disks > Add.
 */
export const SETUP_POOL_DISKS: readonly StorageDisk[] = [
  { name: 'Disk 1', sizeMb: 4 * TB_MB },
  { name: 'Disk 2', sizeMb: 4 * TB_MB },
]

export const poolDisksOf = (state: Pick<DpmServerState, 'disks'>): readonly StorageDisk[] =>
  state.disks ?? SETUP_POOL_DISKS

/** The storage pool's capacity: its disks together. */
export const poolTotalMb = (state: Pick<DpmServerState, 'disks'>): number =>
  poolDisksOf(state).reduce((sum, disk) => sum + disk.sizeMb, 0)

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

/**
 * DPM's two volumes of a data source: the replica volume holds the copy of the data (with the sizing's 5 %) and
 * its logs, the recovery point volume the changes kept over the retention range; together, what was provisioned.
 */
export function volumesMbOf(
  state: Pick<DpmServerState, 'groups'>,
  ds: DataSource,
): { replicaMb: number; recoveryPointMb: number } {
  const replicaMb = ds.sizeMb * SQL_SIZING_OVERHEAD + ds.logSizeMb
  return { replicaMb, recoveryPointMb: provisionedMbOf(state, ds) - replicaMb }
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
  state: Pick<DpmServerState, 'groups' | 'dataSources' | 'disks'>,
  ignoreGroupId?: string,
): StoragePool {
  let provisionedMb = 0
  for (const ds of Object.values(state.dataSources)) {
    if (ignoreGroupId !== undefined && ds.groupId === ignoreGroupId) continue
    provisionedMb += provisionedMbOf(state, ds)
  }
  const totalMb = poolTotalMb(state)
  return { totalMb, provisionedMb, freeMb: Math.max(0, totalMb - provisionedMb) }
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
