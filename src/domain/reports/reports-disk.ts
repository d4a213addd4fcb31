// Disk utilization: the replica and recovery point space of each protection group at a moment, against the
// storage pool. A pure function of the data sources and the recovery points alive then, so that a snapshot
// taken at a past midnight is the same whenever the engine's run took it.

import { expiredUntil } from '../engine/retention'
import type { SimTime } from '../estate/estate'
import { provisionedMbOf } from '../protection/disk-sizing'
import type { DataSource, DpmServerState, GroupDiskUsage } from '../protection/protection'
import type { RecoveryPoints } from '../protection/recovery-points'

/** DPM's name for the data sources whose protection stopped with their replicas retained. */
export const INACTIVE_PROTECTION = 'Inactive protection'

/** When DPM recorded a data source's point dated `at`: its job's end (a point is dated by its job's start). */
export type PointRecordTime = (dataSourceId: string, at: SimTime) => SimTime

/**
 * Space per protection group at `at`: replica space is the protected data (provisioned when the data source
 * was protected), recovery point space the recovery points alive then (the replica creation's own point is the
 * replica, not extra space). Groups by name; Inactive protection last.
 * Without `recordedAt`, a point counts from its date.
 */
export function diskUsageAt(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  points: RecoveryPoints,
  at: SimTime,
  recordedAt?: PointRecordTime,
): GroupDiskUsage[] {
  const byKey = new Map<string, GroupDiskUsage>()
  const usageOf = (ds: DataSource): GroupDiskUsage => {
    const group = ds.groupId === undefined ? undefined : state.groups[ds.groupId]
    const key = group?.id ?? ''
    let usage = byKey.get(key)
    if (!usage) {
      usage = group
        ? { groupId: group.id, groupName: group.name, replicaMb: 0, recoveryPointMb: 0, allocatedMb: 0 }
        : { groupName: INACTIVE_PROTECTION, replicaMb: 0, recoveryPointMb: 0, allocatedMb: 0 }
      byKey.set(key, usage)
    }
    return usage
  }
  for (const ds of Object.values(state.dataSources)) {
    if (ds.protectedAt > at) continue
    const usage = usageOf(ds)
    usage.replicaMb += ds.sizeMb + ds.logSizeMb
    usage.allocatedMb += provisionedMbOf(state, ds)
  }
  // Summed in tenths of a MB (the agent's precision), as integers: the same total in any order of the points.
  for (const series of points.series()) {
    const ds = state.dataSources[series.dataSourceId]
    if (!ds || ds.protectedAt > at) continue
    const expired = series.countUntil(expiredUntil(state, ds.id, at) ?? Number.NEGATIVE_INFINITY)
    const dated = series.countUntil(at)
    let tenths = 0
    for (let index = expired; index < dated; index++) {
      if (series.kindOf(index) === 'replica') continue
      if (recordedAt && recordedAt(ds.id, series.atOf(index)) > at) continue
      tenths += Math.round(series.sizeMbOf(index) * 10)
    }
    usageOf(ds).recoveryPointMb += tenths
  }
  for (const usage of byKey.values()) usage.recoveryPointMb /= 10
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.groupId === undefined) - Number(b.groupId === undefined) ||
      a.groupName.localeCompare(b.groupName),
  )
}

/** The share of the storage pool (of `poolMb`, its capacity) a usage takes, in percent. */
export const poolShare = (
  usage: Pick<GroupDiskUsage, 'replicaMb' | 'recoveryPointMb'>,
  poolMb: number,
): number => ((usage.replicaMb + usage.recoveryPointMb) / poolMb) * 100
