// One pass over the DPM server's records, per data source, for the Reporting tab: reports then count by binary
// search instead of scanning the history for every row (the large preset has tens of thousands of members).
import { ALERT_CATALOG, isActive } from '../../domain/engine/alerts'
import { endOf } from '../../domain/engine/history'
import type { SimTime } from '../../domain/estate/estate'
import { partitionPoint } from '../../domain/partition-point'
import type { AlertType, DataSource, DayActivity, DpmServerState } from '../../domain/protection/protection'
import { INACTIVE_PROTECTION } from '../../domain/reports/reports-disk'
import { isFailedBackup, STOPPING_ALERTS } from '../../domain/reports/reports-history'

/** An alert that stopped backups: live (maybe still active) or archived. */
export interface Stoppage {
  type: AlertType
  raisedAt: SimTime
  inactiveAt?: SimTime
}

export interface DataSourceRecord {
  /** Live recovery points' times, ascending. */
  pointTimes: SimTime[]
  /** A database of an availability group: the copy each live recovery point was taken on, by its time. */
  pointReplicas?: Map<SimTime, string>
  /** Live failed backups' end times, ascending. */
  failedBackupTimes: SimTime[]
  /** The report history's days, ascending. */
  archivedDays: { day: SimTime; activity: DayActivity }[]
  activeAlertTitles: string[]
  /** Ascending by the time they were raised. */
  stoppages: Stoppage[]
}

export interface ReportIndex {
  byDataSource: Map<string, DataSourceRecord>
}

export interface ReportDataSource {
  ds: DataSource
  groupName: string
}

const EMPTY_RECORD: DataSourceRecord = {
  pointTimes: [],
  failedBackupTimes: [],
  archivedDays: [],
  activeAlertTitles: [],
  stoppages: [],
}

export function indexReportData(state: DpmServerState): ReportIndex {
  const byDataSource = new Map<string, DataSourceRecord>()
  const recordOf = (dataSourceId: string): DataSourceRecord => {
    let record = byDataSource.get(dataSourceId)
    if (!record) {
      record = {
        pointTimes: [],
        failedBackupTimes: [],
        archivedDays: [],
        activeAlertTitles: [],
        stoppages: [],
      }
      byDataSource.set(dataSourceId, record)
    }
    return record
  }
  for (const series of state.recoveryPoints.series()) {
    const record = recordOf(series.dataSourceId) // a data source's points come oldest first
    for (let index = 0; index < series.length; index++) {
      const at = series.atOf(index)
      record.pointTimes.push(at)
      const replica = series.replicaOf(index)
      if (replica === undefined) continue
      record.pointReplicas ??= new Map()
      record.pointReplicas.set(at, replica)
    }
  }
  for (const job of state.jobs) {
    if (job.dataSourceId !== undefined && isFailedBackup(job))
      recordOf(job.dataSourceId).failedBackupTimes.push(endOf(job))
  }
  const history = state.reportHistory
  for (const [day, byId] of Object.entries(history?.days ?? {})) {
    for (const [dataSourceId, activity] of Object.entries(byId)) {
      if (dataSourceId !== '') recordOf(dataSourceId).archivedDays.push({ day: Number(day), activity })
    }
  }
  for (const alert of state.alerts) {
    if (alert.dataSourceId === undefined) continue
    if (isActive(alert)) recordOf(alert.dataSourceId).activeAlertTitles.push(alert.title)
    if (STOPPING_ALERTS.has(alert.type))
      recordOf(alert.dataSourceId).stoppages.push({
        type: alert.type,
        raisedAt: alert.raisedAt,
        inactiveAt: alert.inactiveAt,
      })
  }
  for (const stoppage of history?.stoppages ?? []) {
    const { type, raisedAt, inactiveAt } = stoppage
    recordOf(stoppage.dataSourceId).stoppages.push({ type, raisedAt, inactiveAt })
  }
  for (const record of byDataSource.values()) {
    record.failedBackupTimes.sort((a, b) => a - b)
    record.archivedDays.sort((a, b) => a.day - b.day)
    record.stoppages.sort((a, b) => a.raisedAt - b.raisedAt)
  }
  return { byDataSource }
}

export const recordOf = (index: ReportIndex, dataSourceId: string): DataSourceRecord =>
  index.byDataSource.get(dataSourceId) ?? EMPTY_RECORD

/** The first index whose value is >= time (values ascending). */
export const lowerBound = (values: readonly number[], time: number): number =>
  partitionPoint(values, (value) => value < time)

/** How many values lie in [from, to]. */
export const countBetween = (values: readonly number[], from: number, to: number): number =>
  lowerBound(values, to + 1) - lowerBound(values, from)

/** Every data source the server knows, by protection group name then path; Inactive protection last. */
export function reportDataSources(state: DpmServerState): ReportDataSource[] {
  const rows = Object.values(state.dataSources).map((ds) => {
    const group = ds.groupId === undefined ? undefined : state.groups[ds.groupId]
    return { ds, groupName: group?.name ?? INACTIVE_PROTECTION, inactive: group === undefined }
  })
  rows.sort(
    (a, b) =>
      Number(a.inactive) - Number(b.inactive) ||
      a.groupName.localeCompare(b.groupName) ||
      a.ds.path.localeCompare(b.ds.path),
  )
  return rows.map(({ ds, groupName }) => ({ ds, groupName }))
}

export const alertTitle = (type: AlertType): string => ALERT_CATALOG[type].title
