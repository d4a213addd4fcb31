// Recovery points expire after the retention range (Specify Short-Term Goals); pruning happens as the clock
// moves. A retained data source (Inactive protection) keeps the range it had when protection stopped.
import type { SimTime } from '../estate/estate'
import type { DataSource, DpmServerState, RecoveryPoint } from '../protection/protection'
import { DAY_MS } from '../world/time'

/** The retention range of a data source's recovery points, in days. */
export function retentionDaysOf(state: Pick<DpmServerState, 'groups'>, ds: DataSource): number | undefined {
  if (ds.groupId !== undefined) return state.groups[ds.groupId]?.policy.retentionDays
  return ds.retentionDays
}

const expiresAt = (point: RecoveryPoint, retentionDays: number): SimTime => point.at + retentionDays * DAY_MS

/**
 * Whether recovery points are still within their data source's retention range, each range read once. Most
 * points of a long advance are younger than the shortest range: they are alive without a lookup (a scan of
 * 100,000s of points a day).
 */
export class RetentionIndex {
  private readonly days = new Map<string, number | undefined>()
  private readonly shortest: number

  constructor(private readonly state: Pick<DpmServerState, 'groups' | 'dataSources'>) {
    let shortest = Number.POSITIVE_INFINITY
    for (const ds of Object.values(state.dataSources))
      shortest = Math.min(shortest, retentionDaysOf(state, ds) ?? shortest)
    this.shortest = shortest
  }

  /** Alive at `at`: within the range, or of a data source without one (or unknown). */
  alive(point: RecoveryPoint, at: SimTime): boolean {
    if (expiresAt(point, this.shortest) > at) return true
    const days = this.daysOf(point.dataSourceId)
    return days === undefined || expiresAt(point, days) > at
  }

  private daysOf(dataSourceId: string): number | undefined {
    if (this.days.has(dataSourceId)) return this.days.get(dataSourceId)
    const ds = this.state.dataSources[dataSourceId]
    const days = ds ? retentionDaysOf(this.state, ds) : undefined
    this.days.set(dataSourceId, days)
    return days
  }
}

/**
 * The recovery points still within their retention range at `now`, and those past it, each in their given
 * order: the reports archive the expired ones, found in the same pass (not by a set of every point kept).
 */
export function splitExpiredRecoveryPoints(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  points: readonly RecoveryPoint[],
  now: SimTime,
): { kept: RecoveryPoint[]; expired: RecoveryPoint[] } {
  const retention = new RetentionIndex(state)
  // Most runs expire nothing, or only points at the start of the list (the oldest): the points before the
  // first expired one are copied at once, not one by one.
  const first = points.findIndex((point) => !retention.alive(point, now))
  if (first < 0) return { kept: points.slice(), expired: [] }
  const kept = points.slice(0, first)
  const expired: RecoveryPoint[] = []
  for (let index = first; index < points.length; index++) {
    const point = points[index] as RecoveryPoint
    ;(retention.alive(point, now) ? kept : expired).push(point)
  }
  return { kept, expired }
}
