// Status report: per protection group and data source, the share of successful recovery points over the period
// (recovery points created against backups that failed), the last good recovery point and the active alerts;
// and the successful and failed jobs per hour or day.

import { endOf } from '../../domain/engine/history'
import type { SimTime } from '../../domain/estate/estate'
import type { DpmServerState } from '../../domain/protection/protection'
import { ACTIVITY } from '../../domain/reports/reports-history'
import { formatUtc } from '../../domain/world/time'
import type { ReportTable } from './reports-csv'
import {
  countBetween,
  type DataSourceRecord,
  type ReportIndex,
  recordOf,
  reportDataSources,
} from './reports-index'
import { bucketOf, type PeriodRange } from './reports-period'

export interface StatusCounts {
  recoveryPoints: number
  failedBackups: number
  /** Percent of backups that made a recovery point; undefined when none was due in the period. */
  successRate?: number
}

export interface StatusRow extends StatusCounts {
  dataSourceId: string
  path: string
  groupName: string
  lastRecoveryPointAt?: SimTime
  activeAlerts: string[]
}

export interface StatusGroup extends StatusCounts {
  groupName: string
  rows: StatusRow[]
}

const rateOf = (recoveryPoints: number, failedBackups: number): number | undefined =>
  recoveryPoints + failedBackups === 0 ? undefined : (recoveryPoints / (recoveryPoints + failedBackups)) * 100

/** Archived days count when buckets are days (the history keeps days, not hours). */
function archivedIn(record: DataSourceRecord, range: PeriodRange, field: number): number {
  if (!range.byDay) return 0
  let total = 0
  for (const { day, activity } of record.archivedDays) {
    if (day >= range.from && day <= range.to) total += activity[field] ?? 0
  }
  return total
}

function statusCountsOf(record: DataSourceRecord, range: PeriodRange): StatusCounts {
  const recoveryPoints =
    countBetween(record.pointTimes, range.from, range.to) + archivedIn(record, range, ACTIVITY.recoveryPoints)
  const failedBackups =
    countBetween(record.failedBackupTimes, range.from, range.to) +
    archivedIn(record, range, ACTIVITY.failedBackups)
  return { recoveryPoints, failedBackups, successRate: rateOf(recoveryPoints, failedBackups) }
}

/** The counts of several rows (or groups) together. */
export function totalsOf(items: readonly StatusCounts[]): StatusCounts {
  let recoveryPoints = 0
  let failedBackups = 0
  for (const item of items) {
    recoveryPoints += item.recoveryPoints
    failedBackups += item.failedBackups
  }
  return { recoveryPoints, failedBackups, successRate: rateOf(recoveryPoints, failedBackups) }
}

export function statusReport(state: DpmServerState, index: ReportIndex, range: PeriodRange): StatusGroup[] {
  const rowsByGroup = new Map<string, StatusRow[]>()
  for (const { ds, groupName } of reportDataSources(state)) {
    const record = recordOf(index, ds.id)
    const rows = rowsByGroup.get(groupName) ?? []
    rowsByGroup.set(groupName, rows)
    rows.push({
      dataSourceId: ds.id,
      path: ds.path,
      groupName,
      ...statusCountsOf(record, range),
      lastRecoveryPointAt: ds.lastRecoveryPointAt,
      activeAlerts: record.activeAlertTitles,
    })
  }
  return [...rowsByGroup].map(([groupName, rows]) => ({ groupName, rows, ...totalsOf(rows) }))
}

export interface JobsBucket {
  start: SimTime
  successful: number
  failed: number
}

/** Finished jobs per bucket: completed ones are successful; canceled ones are neither. */
export function jobsPerBucket(state: DpmServerState, range: PeriodRange): JobsBucket[] {
  const buckets = range.bucketStarts.map((start) => ({ start, successful: 0, failed: 0 }))
  for (const job of state.jobs) {
    if (job.status !== 'completed' && job.status !== 'failed') continue
    const bucket = buckets[bucketOf(range, endOf(job))]
    if (!bucket) continue
    if (job.status === 'completed') bucket.successful++
    else bucket.failed++
  }
  if (range.byDay) {
    for (const [day, byDataSource] of Object.entries(state.reportHistory?.days ?? {})) {
      const bucket = buckets[bucketOf(range, Number(day))]
      if (!bucket) continue
      for (const activity of Object.values(byDataSource)) {
        bucket.successful += activity[ACTIVITY.completed]
        bucket.failed += activity[ACTIVITY.failed]
      }
    }
  }
  return buckets
}

export const formatRate = (rate: number | undefined): string =>
  rate === undefined ? 'No backups due' : `${Math.floor(rate * 10) / 10} %`

export const STATUS_COLUMNS = [
  'Protection group',
  'Data source',
  'Recovery points',
  'Failed backups',
  'Successful recovery points',
  'Last good recovery point',
  'Active alerts',
]

export function statusRowCells(row: StatusRow): ReportTable['rows'][number] {
  return [
    row.groupName,
    row.path,
    row.recoveryPoints,
    row.failedBackups,
    formatRate(row.successRate),
    row.lastRecoveryPointAt === undefined ? 'None' : formatUtc(row.lastRecoveryPointAt),
    row.activeAlerts.join('; '),
  ]
}

export function statusReportTable(groups: readonly StatusGroup[]): ReportTable {
  return { columns: STATUS_COLUMNS, rows: groups.flatMap((group) => group.rows.map(statusRowCells)) }
}

/** 2026-01-05 09:00 for hours, 2026-01-05 for days. */
function bucketLabel(range: PeriodRange, start: SimTime): string {
  const text = formatUtc(start)
  return range.byDay ? text.slice(0, 10) : text.slice(0, 16)
}

export function jobsTable(range: PeriodRange, buckets: readonly JobsBucket[]): ReportTable {
  return {
    columns: [range.byDay ? 'Day (UTC)' : 'Hour (UTC)', 'Successful jobs', 'Failed jobs'],
    rows: buckets.map((bucket) => [bucketLabel(range, bucket.start), bucket.successful, bucket.failed]),
  }
}
