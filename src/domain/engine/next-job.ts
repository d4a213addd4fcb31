// "Run to the next job" of the lab's clock controls: the first moment after `now` at which the DPM server has
// something to do, read from its own records (a scheduled job starts, a running job ends, the daily auto
// protection job of a group with auto-protected instances runs).

import type { SimTime } from '../estate/estate'
import { nextAutoProtectionAt } from '../protection/auto-protection'
import type { DpmServerState } from '../protection/protection'

/**
 * The earliest start of a scheduled job or end of a running one that lies after `now`, or undefined when the
 * server has nothing planned (no protection group, or every job finished). A scheduled job already due is
 * waiting for its data source's running job (DPM runs one job per data source at a time): that job's end is
 * the next event, so only times after `now` count.
 */
export function nextJobTime(
  state: Pick<DpmServerState, 'jobs' | 'groups'>,
  now: SimTime,
): SimTime | undefined {
  const autoProtection = Object.values(state.groups).some((group) => group.autoProtectInstances.length > 0)
  let next: SimTime | undefined = autoProtection ? nextAutoProtectionAt(now) : undefined
  for (const job of state.jobs) {
    const time =
      job.status === 'scheduled' ? job.scheduledAt : job.status === 'in-progress' ? job.dueEndAt : undefined
    if (time !== undefined && time > now && (next === undefined || time < next)) next = time
  }
  return next
}
