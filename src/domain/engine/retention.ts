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

export const expiresAt = (point: RecoveryPoint, retentionDays: number): SimTime =>
  point.at + retentionDays * DAY_MS

/** The recovery points still within their data source's retention range at `now`. */
export function pruneExpiredRecoveryPoints(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  points: readonly RecoveryPoint[],
  now: SimTime,
): RecoveryPoint[] {
  return splitExpiredRecoveryPoints(state, points, now).kept
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
  const retention = new Map<string, number | undefined>()
  const daysOf = (dataSourceId: string) => {
    if (!retention.has(dataSourceId)) {
      const ds = state.dataSources[dataSourceId]
      retention.set(dataSourceId, ds ? retentionDaysOf(state, ds) : undefined)
    }
    return retention.get(dataSourceId)
  }
  const kept: RecoveryPoint[] = []
  const expired: RecoveryPoint[] = []
  for (const point of points) {
    const days = daysOf(point.dataSourceId)
    ;(days === undefined || expiresAt(point, days) > now ? kept : expired).push(point)
  }
  return { kept, expired }
}
