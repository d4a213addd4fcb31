// Disk utilization report: replica and recovery point space per protection group over the period, against the
// storage pool. Past points are the report history's midnight snapshots; the last one is now.
import type { SimTime } from '../../domain/estate/estate'
import type { DiskSnapshot, DpmServerState, GroupDiskUsage } from '../../domain/protection/protection'
import { diskUsageAt, poolShare } from '../../domain/reports/reports-disk'
import { formatUtc } from '../../domain/world/time'
import type { ReportTable } from './reports-csv'
import type { PeriodRange } from './reports-period'

export interface DiskTotals {
  at: SimTime
  replicaMb: number
  recoveryPointMb: number
  allocatedMb: number
}

/** The snapshots within the period, then the space now. */
export function diskUtilization(state: DpmServerState, range: PeriodRange): DiskSnapshot[] {
  const past = (state.reportHistory?.disk ?? []).filter(
    (snapshot) => snapshot.at >= range.from && snapshot.at < range.to,
  )
  return [...past, { at: range.to, groups: diskUsageAt(state, state.recoveryPoints, range.to) }]
}

/** Names of the groups that appear in the snapshots, in their order (Inactive protection last). */
export function diskGroupNames(snapshots: readonly DiskSnapshot[]): string[] {
  const names = new Set<string>()
  for (const snapshot of snapshots) for (const usage of snapshot.groups) names.add(usage.groupName)
  return [...names]
}

/** One group's space over time (or every group's together when `groupName` is undefined). */
export function diskTotals(snapshots: readonly DiskSnapshot[], groupName?: string): DiskTotals[] {
  return snapshots.map(({ at, groups }) => {
    const totals: DiskTotals = { at, replicaMb: 0, recoveryPointMb: 0, allocatedMb: 0 }
    for (const usage of groups) {
      if (groupName !== undefined && usage.groupName !== groupName) continue
      totals.replicaMb += usage.replicaMb
      totals.recoveryPointMb += usage.recoveryPointMb
      totals.allocatedMb += usage.allocatedMb
    }
    return totals
  })
}

const megabytes = (mb: number) => Math.round(mb * 10) / 10
const percent = (value: number) => Math.round(value * 1000) / 1000

const DISK_COLUMNS = [
  'Time',
  'Protection group',
  'Replica space (MB)',
  'Recovery point space (MB)',
  'Allocated space (MB)',
  'Share of storage pool (%)',
]

function diskUsageCells(at: SimTime, usage: GroupDiskUsage, poolMb: number): ReportTable['rows'][number] {
  return [
    formatUtc(at),
    usage.groupName,
    megabytes(usage.replicaMb),
    megabytes(usage.recoveryPointMb),
    megabytes(usage.allocatedMb),
    percent(poolShare(usage, poolMb)),
  ]
}

/** The report as a table; the share of the storage pool is of its capacity now (`poolMb`). */
export function diskUtilizationTable(snapshots: readonly DiskSnapshot[], poolMb: number): ReportTable {
  return {
    columns: DISK_COLUMNS,
    rows: snapshots.flatMap(({ at, groups }) => groups.map((usage) => diskUsageCells(at, usage, poolMb))),
  }
}
