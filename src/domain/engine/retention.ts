// Recovery points expire after the retention range (Specify Short-Term Goals); pruning happens as the clock
// moves. A retained data source (Inactive protection) keeps the range it had when protection stopped.
import type { SimTime } from '../estate/estate'
import type { DataSource, DpmServerState } from '../protection/protection'
import type { RecoveryPoints } from '../protection/recovery-points'
import { DAY_MS } from '../world/time'

/** The retention range of a data source's recovery points, in days. */
export function retentionDaysOf(state: Pick<DpmServerState, 'groups'>, ds: DataSource): number | undefined {
  if (ds.groupId !== undefined) return state.groups[ds.groupId]?.policy.retentionDays
  return ds.retentionDays
}

/**
 * The time at or before which a data source's recovery points have expired at `now`; undefined when they never
 * expire (a data source without a range, or one the server no longer knows).
 */
export function expiredUntil(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  dataSourceId: string,
  now: SimTime,
): SimTime | undefined {
  const ds = state.dataSources[dataSourceId]
  const days = ds ? retentionDaysOf(state, ds) : undefined
  return days === undefined ? undefined : now - days * DAY_MS
}

/**
 * The recovery points still within their retention range at `now`, and those past it: the reports archive the
 * expired ones. A data source's points are in time order, so its expired ones are its oldest.
 */
export function splitExpiredRecoveryPoints(
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  points: RecoveryPoints,
  now: SimTime,
): { kept: RecoveryPoints; expired: RecoveryPoints } {
  const { kept, cut } = points.splitAt((dataSourceId) => expiredUntil(state, dataSourceId, now))
  return { kept, expired: cut }
}
