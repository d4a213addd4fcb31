import { describe, expect, it } from 'vitest'
import { HR_DB as HR, SALES_DB as SALES } from '../../agent-api/demo-estate'
import { advanceTo, FakeEstate, protect } from '../engine/engine-test-support'
import { JOB_HISTORY_DAYS } from '../engine/history'
import { type DayActivity, type DpmServerState, EMPTY_SERVER_STATE } from '../protection/protection'
import { DAY_MS, HOUR_MS, MINUTE_MS, startOfUtcDay } from '../world/time'
import { diskUsageAt } from './reports-disk'
import { ACTIVITY, REPORT_HISTORY_DAYS } from './reports-history'

const START = Date.parse('2026-01-05T09:00:00Z')
const MIDNIGHT = startOfUtcDay(START) + DAY_MS

/** Moves the clock a simulated day at a time, as the scheduler commits. */
function advanceInDays(state: DpmServerState, fake: FakeEstate, from: number, until: number) {
  let next = state
  for (let at = Math.min(until, from + DAY_MS); ; at = Math.min(until, at + DAY_MS)) {
    next = advanceTo(next, fake, at)
    if (at === until) return next
  }
}

function protectedHr(retentionDays = 1) {
  const fake = new FakeEstate().add(HR)
  const state = protect(EMPTY_SERVER_STATE, fake, [HR], START, { retentionDays })
  return { fake, state, dsId: Object.keys(state.dataSources)[0] as string }
}

/** Live and archived counts of one data source on one day. */
function dayTotals(state: DpmServerState, dsId: string, day: number) {
  const archived: DayActivity = state.reportHistory?.days[String(day)]?.[dsId] ?? [0, 0, 0, 0, 0]
  const inDay = (time: number) => startOfUtcDay(time) === day
  return {
    livePoints: state.recoveryPoints.toArray().filter((p) => p.dataSourceId === dsId && inDay(p.at)).length,
    points:
      state.recoveryPoints.toArray().filter((p) => p.dataSourceId === dsId && inDay(p.at)).length +
      archived[ACTIVITY.recoveryPoints],
    completed:
      state.jobs.filter((j) => j.status === 'completed' && inDay(j.endedAt ?? 0)).length +
      archived[ACTIVITY.completed],
  }
}

describe('the report history', () => {
  it('keeps per-day counts of the jobs and recovery points that the live history trimmed', () => {
    const { fake, state, dsId } = protectedHr()
    const end = START + 10 * DAY_MS
    const after = advanceInDays(state, fake, START, end)
    const fullDays = Array.from({ length: 9 }, (_, i) => MIDNIGHT + i * DAY_MS)
    const totals = fullDays.map((day) => dayTotals(after, dsId, day))
    // Retention is 1 day and jobs are kept 7: the first days are no longer in the live history...
    expect(totals[0]?.livePoints).toBe(0)
    expect(after.jobs.some((job) => (job.endedAt ?? end) < end - JOB_HISTORY_DAYS * DAY_MS)).toBe(false)
    // ...yet every full day counts the same: a synchronization every 15 minutes and the express full backup.
    expect(new Set(totals.map((t) => t.points)).size).toBe(1)
    expect(new Set(totals.map((t) => t.completed)).size).toBe(1)
    expect(totals[0]?.points).toBeGreaterThanOrEqual(96)
  })

  it('stays bounded: days, disk snapshots and stoppages older than the longest report period go', () => {
    const { fake, state } = protectedHr()
    const end = START + 45 * DAY_MS
    const after = advanceInDays(state, fake, START, end)
    const cutoff = startOfUtcDay(end) - REPORT_HISTORY_DAYS * DAY_MS
    const days = Object.keys(after.reportHistory?.days ?? {}).map(Number)
    expect(days.length).toBeGreaterThan(20)
    expect(days.length).toBeLessThanOrEqual(REPORT_HISTORY_DAYS + 1)
    expect(Math.min(...days)).toBeGreaterThanOrEqual(cutoff)
    expect(after.reportHistory?.disk.length).toBeLessThanOrEqual(REPORT_HISTORY_DAYS + 1)
    expect(after.reportHistory?.disk[0]?.at).toBeGreaterThanOrEqual(cutoff)
  })

  it('advancing by A then B gives the history of advancing by A + B, across midnights and trims', () => {
    const { fake, state } = protectedHr()
    const base = advanceInDays(state, fake, START, START + 8 * DAY_MS + 5 * HOUR_MS)
    const from = START + 8 * DAY_MS + 5 * HOUR_MS
    const until = from + 2 * DAY_MS + 7 * HOUR_MS
    const whole = advanceTo(base, fake, until)
    for (const cut of [from + 17 * MINUTE_MS, from + DAY_MS - 3 * HOUR_MS, from + 40 * HOUR_MS]) {
      const split = advanceTo(advanceTo(base, fake, cut), fake, until)
      expect(split.reportHistory).toEqual(whole.reportHistory)
    }
  })

  it('snapshots the space of each group at every midnight the clock passes', () => {
    const { fake, state } = protectedHr(5)
    const after = advanceInDays(state, fake, START, START + 2 * DAY_MS)
    const snapshots = after.reportHistory?.disk ?? []
    expect(snapshots.map((s) => s.at)).toEqual([MIDNIGHT, MIDNIGHT + DAY_MS])
    const first = snapshots[0]?.groups[0]
    expect(first).toMatchObject({ groupName: 'Group 1', replicaMb: 1100 })
    expect(first?.recoveryPointMb).toBeGreaterThan(0)
    // The same as the space computed afterwards for that midnight, counting the points whose jobs had ended
    // by then: nothing had expired yet.
    const jobEnds = new Map(after.jobs.map((job) => [`${job.dataSourceId}@${job.startedAt}`, job.endedAt]))
    expect(snapshots[0]?.groups).toEqual(
      diskUsageAt(
        after,
        after.recoveryPoints,
        MIDNIGHT,
        (dataSourceId, at) => jobEnds.get(`${dataSourceId}@${at}`) ?? at,
      ),
    )
  })

  it('a snapshot does not depend on where a run ended: a job over midnight counts after it ends', () => {
    const { fake, state } = protectedHr(5)
    const base = advanceTo(state, fake, MIDNIGHT - 10 * MINUTE_MS)
    const whole = advanceTo(base, fake, MIDNIGHT + HOUR_MS)
    // The synchronization that starts at midnight is still running one minute later.
    const running = advanceTo(base, fake, MIDNIGHT + MINUTE_MS)
    expect(running.jobs.some((job) => job.startedAt === MIDNIGHT && job.status === 'in-progress')).toBe(true)
    expect(advanceTo(running, fake, MIDNIGHT + HOUR_MS).reportHistory).toEqual(whole.reportHistory)
  })

  it('keeps a stoppage after its alert left the alerts history (S7: the mirror took over)', () => {
    const fake = new FakeEstate().add(SALES).add(HR)
    fake.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', START - DAY_MS)
    let state = protect(EMPTY_SERVER_STATE, fake, [SALES], START)
    state = advanceTo(state, fake, START + HOUR_MS)
    fake.principalFails(SALES, START + HOUR_MS)
    state = advanceTo(state, fake, START + 2 * HOUR_MS)
    const alert = state.alerts.find((a) => a.type === 'mirror-took-over')
    expect(alert?.inactiveAt).toBeDefined()
    state = advanceInDays(state, fake, START + 2 * HOUR_MS, START + 9 * DAY_MS)
    expect(state.alerts.some((a) => a.id === alert?.id)).toBe(false)
    expect(state.reportHistory?.stoppages).toContainEqual({
      dataSourceId: alert?.dataSourceId,
      type: 'mirror-took-over',
      raisedAt: alert?.raisedAt,
      inactiveAt: alert?.inactiveAt,
    })
  })

  it('stays absent while there is nothing to keep (older stored state reads the same)', () => {
    const { fake, state } = protectedHr()
    const after = advanceTo(state, fake, START + HOUR_MS)
    expect(after.reportHistory).toBeUndefined()
    const { reportHistory: _none, ...older } = advanceTo(state, fake, START + DAY_MS)
    // Without a history, the first snapshot is the midnight after the earliest protection.
    const snapshots = advanceTo(older, fake, START + 2 * DAY_MS).reportHistory?.disk
    expect(snapshots?.map((snapshot) => snapshot.at)).toEqual([MIDNIGHT, MIDNIGHT + DAY_MS])
  })
})
