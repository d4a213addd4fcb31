// Recovery point status: per data source, when recovery points were created, where backups stopped (a failover,
// a broken mirror: the alert that said so) and when they resumed (the first recovery point after the stop), so
// that the seed's scenarios read at a glance. S5: a broken mirror stops backups until the data source is
// protected again; S7: the mirror took over, backups stop until the consistency check 30 minutes later.
import { instancePathOf, type SimTime } from '../../domain/estate/estate'
import type { DpmServerState } from '../../domain/protection/protection'
import { ACTIVITY } from '../../domain/reports/reports-history'
import { DAY_MS, formatUtc, startOfUtcDay } from '../../domain/world/time'
import type { ReportTable } from './reports-csv'
import {
  alertTitle,
  countBetween,
  type DataSourceRecord,
  lowerBound,
  type ReportIndex,
  recordOf,
  reportDataSources,
} from './reports-index'
import type { PeriodRange } from './reports-period'

/** Backups stopped from `from` until `resumedAt` (undefined: not resumed yet). */
export interface Outage {
  from: SimTime
  resumedAt?: SimTime
  /** The resumption is known by day only: its recovery points left the live history. */
  approximate: boolean
  reasons: string[]
}

export type TimelineEvent =
  | {
      kind: 'recovery-points'
      from: SimTime
      to: SimTime
      count: number
      byDay: boolean
      /** A database of an availability group: the copy these points were taken on. */
      replica?: string
    }
  | { kind: 'stopped'; at: SimTime; reasons: string[] }
  | { kind: 'resumed'; at: SimTime; approximate: boolean; stoppedSince: SimTime }
  | { kind: 'none' }

export interface DataSourceTimeline {
  dataSourceId: string
  path: string
  groupName: string
  record: DataSourceRecord
  outages: Outage[]
  events: TimelineEvent[]
}

const EVENT_LABELS: Record<TimelineEvent['kind'], string> = {
  'recovery-points': 'Recovery points created',
  stopped: 'Backups stopped',
  resumed: 'Backups resumed',
  none: 'No recovery points created',
}

/** The first recovery point after `time`: live ones exactly; archived days (after the clearing) by day. */
function resumptionAfter(
  record: DataSourceRecord,
  time: SimTime,
  clearedAt: SimTime | undefined,
): { at: SimTime; approximate: boolean } | undefined {
  const live = record.pointTimes[lowerBound(record.pointTimes, time + 1)]
  if (live !== undefined) return { at: live, approximate: false }
  if (clearedAt === undefined) return undefined
  const archived = record.archivedDays.find(
    ({ day, activity }) => day + DAY_MS > clearedAt && activity[ACTIVITY.recoveryPoints] > 0,
  )
  return archived ? { at: Math.max(clearedAt, archived.day), approximate: true } : undefined
}

/** Stoppages merged into outages: alerts that end with the same resumption are one outage. */
export function outagesOf(record: DataSourceRecord, range: PeriodRange): Outage[] {
  const outages: Outage[] = []
  for (const stoppage of record.stoppages) {
    if (stoppage.raisedAt > range.to) continue
    const resumed = resumptionAfter(record, stoppage.raisedAt, stoppage.inactiveAt)
    if (resumed && resumed.at < range.from) continue
    const reason = alertTitle(stoppage.type)
    const same = outages.find((outage) => outage.resumedAt === resumed?.at)
    if (same) {
      same.from = Math.min(same.from, stoppage.raisedAt)
      if (!same.reasons.includes(reason)) same.reasons.push(reason)
      continue
    }
    outages.push({
      from: stoppage.raisedAt,
      resumedAt: resumed?.at,
      approximate: resumed?.approximate ?? false,
      reasons: [reason],
    })
  }
  return outages.sort((a, b) => a.from - b.from)
}

interface PointEntry {
  at: SimTime
  count: number
  byDay: boolean
  replica?: string
}

function pointEntries(record: DataSourceRecord, range: PeriodRange): PointEntry[] {
  const entries: PointEntry[] = []
  if (range.byDay) {
    for (const { day, activity } of record.archivedDays) {
      const count = activity[ACTIVITY.recoveryPoints]
      if (day >= range.from && day <= range.to && count > 0) entries.push({ at: day, count, byDay: true })
    }
  }
  const first = lowerBound(record.pointTimes, range.from)
  const last = lowerBound(record.pointTimes, range.to + 1)
  for (let i = first; i < last; i++) {
    const at = record.pointTimes[i] as SimTime
    entries.push({ at, count: 1, byDay: false, replica: record.pointReplicas?.get(at) })
  }
  return entries.sort((a, b) => a.at - b.at)
}

/**
 * Runs of recovery points, split where backups stopped and, for a database of an availability group, where the
 * replica they were taken on changed; with the stops and resumptions between them.
 */
function timelineEvents(record: DataSourceRecord, range: PeriodRange, outages: readonly Outage[]) {
  const events: { at: SimTime; order: number; event: TimelineEvent }[] = []
  const stops = outages.map((outage) => outage.from)
  let run: Extract<TimelineEvent, { kind: 'recovery-points' }> | undefined
  for (const entry of pointEntries(record, range)) {
    const runEnd = run?.to
    const splits = runEnd !== undefined && stops.some((stop) => runEnd < stop && stop <= entry.at)
    // Archived days keep no replica: they join the run they fall in.
    const otherReplica = entry.replica !== undefined && run?.replica !== entry.replica
    if (!run || splits || otherReplica) {
      run = { kind: 'recovery-points', from: entry.at, to: entry.at, count: 0, byDay: entry.byDay }
      if (entry.replica !== undefined) run.replica = entry.replica
      events.push({ at: entry.at, order: 2, event: run })
    }
    run.to = entry.at
    run.count += entry.count
    run.byDay = run.byDay && entry.byDay
  }
  for (const outage of outages) {
    events.push({
      at: outage.from,
      order: 0,
      event: { kind: 'stopped', at: outage.from, reasons: outage.reasons },
    })
    if (outage.resumedAt !== undefined)
      events.push({
        // Known by day only: placed with that day's archived recovery points, before them.
        at: outage.approximate ? startOfUtcDay(outage.resumedAt) : outage.resumedAt,
        order: 1,
        event: {
          kind: 'resumed',
          at: outage.resumedAt,
          approximate: outage.approximate,
          stoppedSince: outage.from,
        },
      })
  }
  if (events.length === 0) return [{ kind: 'none' } as const]
  return events.sort((a, b) => a.at - b.at || a.order - b.order).map(({ event }) => event)
}

export function recoveryPointTimeline(
  state: DpmServerState,
  index: ReportIndex,
  range: PeriodRange,
): DataSourceTimeline[] {
  return reportDataSources(state).map(({ ds, groupName }) => {
    const record = recordOf(index, ds.id)
    const outages = outagesOf(record, range)
    return {
      dataSourceId: ds.id,
      path: ds.path,
      groupName,
      record,
      outages,
      events: timelineEvents(record, range, outages),
    }
  })
}

/** The replicas an availability group database's recovery points came from in the period, in time order. */
export function replicasOf(timeline: DataSourceTimeline): string[] {
  const replicas: string[] = []
  for (const event of timeline.events) {
    if (event.kind !== 'recovery-points' || event.replica === undefined) continue
    const instance = instancePathOf(event.replica)
    if (replicas.at(-1) !== instance) replicas.push(instance)
  }
  return replicas
}

/** Recovery points per bucket of the period, for the chart. */
export function pointsPerBucket(record: DataSourceRecord, range: PeriodRange): number[] {
  const counts = range.bucketStarts.map((start) =>
    countBetween(record.pointTimes, start, Math.min(range.to, start + range.bucketMs - 1)),
  )
  if (range.byDay) {
    for (const { day, activity } of record.archivedDays) {
      const bucket = range.bucketStarts.indexOf(day)
      if (bucket >= 0) counts[bucket] = (counts[bucket] ?? 0) + activity[ACTIVITY.recoveryPoints]
    }
  }
  return counts
}

const dayOf = (time: SimTime) => formatUtc(time).slice(0, 10)

/** Where an availability group database's recovery points came from: the replica's instance. */
export const replicaText = (copy: string): string => `From replica ${instancePathOf(copy)}`
const timeText = (time: SimTime, byDay: boolean) => (byDay ? dayOf(time) : formatUtc(time))

const TIMELINE_COLUMNS = [
  'Protection group',
  'Data source',
  'Event',
  'From',
  'To',
  'Recovery points',
  'Details',
]

function eventCells(timeline: DataSourceTimeline, event: TimelineEvent): ReportTable['rows'][number] {
  const head = [timeline.groupName, timeline.path, EVENT_LABELS[event.kind]]
  switch (event.kind) {
    case 'recovery-points':
      return [
        ...head,
        timeText(event.from, event.byDay),
        timeText(event.to, event.byDay),
        event.count,
        event.replica === undefined ? '' : replicaText(event.replica),
      ]
    case 'stopped':
      return [...head, formatUtc(event.at), '', 0, event.reasons.join('; ')]
    case 'resumed':
      return [
        ...head,
        event.approximate ? dayOf(event.at) : formatUtc(event.at),
        '',
        '',
        `Backups stopped since ${formatUtc(event.stoppedSince)}`,
      ]
    case 'none':
      return [...head, '', '', 0, '']
  }
}

export function timelineTable(timelines: readonly DataSourceTimeline[]): ReportTable {
  return {
    columns: TIMELINE_COLUMNS,
    rows: timelines.flatMap((timeline) => timeline.events.map((event) => eventCells(timeline, event))),
  }
}
