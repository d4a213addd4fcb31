// Disk utilization: the replica and recovery point space of each protection group at a moment, against the
// storage pool. A pure function of the data sources and the recovery points alive then, so that a snapshot
// taken at a past midnight is the same whenever the engine's run took it.

import { RetentionIndex } from '../engine/retention'
import type { SimTime } from '../estate/estate'
import { provisionedMbOf } from '../protection/disk-sizing'
import type { DataSource, DpmServerState, GroupDiskUsage, RecoveryPoint } from '../protection/protection'

/** DPM's name for the data sources whose protection stopped with their replicas retained. */
export const INACTIVE_PROTECTION = 'Inactive protection'

/** When DPM recorded the point at `index` of the points: its job's end (a point is dated by its job's start). */
export type PointRecordTime = (point: RecoveryPoint, index: number) => SimTime

/**
 * Space per protection group at `at`: replica space is the protected data (provisioned when the data source
 * was protected), recovery point space the recovery points alive then (the replica creation's own point is the
 * replica, not extra space). Groups by name; Inactive protection last.
 * Without `recordedAt`, a point counts from its date.
 */
export function diskUsageAt(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  points: readonly RecoveryPoint[],
  at: SimTime,
  recordedAt: PointRecordTime = (point) => point.at,
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
  const retention = new RetentionIndex(state)
  // Summed in tenths of a MB (the agent's precision), as integers: the same total in any order of the points.
  for (let index = 0; index < points.length; index++) {
    const point = points[index] as RecoveryPoint
    if (point.kind === 'replica' || recordedAt(point, index) > at) continue
    const ds = state.dataSources[point.dataSourceId]
    if (!ds || ds.protectedAt > at || !retention.alive(point, at)) continue
    usageOf(ds).recoveryPointMb += Math.round(point.sizeMb * 10)
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
