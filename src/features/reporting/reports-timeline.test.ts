import { describe, expect, it } from 'vitest'
import { SALES_DB as SALES } from '../../agent-api/demo-estate'
import { AG_ORDERS, agOrders, ORDERS_AG01 } from '../../domain/engine/availability-test-support'
import { FAILOVER_CHECK_DELAY_MS } from '../../domain/engine/backup-rules'
import { advanceTo, FakeEstate, protect } from '../../domain/engine/engine-test-support'
import { type DpmServerState, EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import { RecoveryPoints } from '../../domain/protection/recovery-points'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../domain/world/time'
import { indexReportData } from './reports-index'
import { periodRange } from './reports-period'
import {
  outagesOf,
  pointsPerBucket,
  recoveryPointTimeline,
  replicasOf,
  timelineTable,
} from './reports-timeline'

const START = Date.parse('2026-01-05T09:00:00Z')
const FAILS_AT = START + HOUR_MS + 5 * MINUTE_MS

function mirroredSales() {
  const fake = new FakeEstate().add(SALES)
  fake.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', START - DAY_MS)
  let state = protect(EMPTY_SERVER_STATE, fake, [SALES], START, {}, 'Sales')
  state = advanceTo(state, fake, FAILS_AT)
  return { fake, state }
}

const timelineOf = (state: DpmServerState, now: number) => {
  const [timeline] = recoveryPointTimeline(state, indexReportData(state), periodRange('last-24-hours', now))
  if (!timeline) throw new Error('no data source')
  return timeline
}

describe('the recovery point timeline', () => {
  it('shows which replica each recovery point of an availability group database came from, across a failover', () => {
    const fake = new FakeEstate().addAvailabilityGroup(agOrders())
    let state = protect(EMPTY_SERVER_STATE, fake, [ORDERS_AG01], START, {}, 'Orders')
    state = advanceTo(state, fake, FAILS_AT)
    fake.availability.primaryFails(AG_ORDERS, fake.recorder(FAILS_AT))
    const now = FAILS_AT + HOUR_MS
    state = advanceTo(state, fake, now)
    const timeline = timelineOf(state, now)
    // One timeline, split where the replica changed: SQL-AG02 until the failover, SQL-AG03 after it.
    expect(timeline.outages).toEqual([])
    expect(timeline.events.map((event) => event.kind === 'recovery-points' && event.replica)).toEqual([
      'SQL-AG02\\MSSQLSERVER\\OrdersDB',
      'SQL-AG03\\MSSQLSERVER\\OrdersDB',
    ])
    expect(replicasOf(timeline)).toEqual(['SQL-AG02\\MSSQLSERVER', 'SQL-AG03\\MSSQLSERVER'])
    expect(timelineTable([timeline]).rows.map((row) => row[6])).toEqual([
      'From replica SQL-AG02\\MSSQLSERVER',
      'From replica SQL-AG03\\MSSQLSERVER',
    ])
  })

  it('S7: shows where backups stopped when the mirror took over and when they resumed after the check', () => {
    const { fake, state: before } = mirroredSales()
    fake.principalFails(SALES, FAILS_AT)
    const now = FAILS_AT + 2 * HOUR_MS
    const state = advanceTo(before, fake, now)
    const timeline = timelineOf(state, now)
    expect(timeline.events.map((event) => event.kind)).toEqual([
      'recovery-points',
      'stopped',
      'resumed',
      'recovery-points',
    ])
    const [outage] = timeline.outages
    expect(outage?.reasons).toEqual(['Mirror took over as principal: backups stopped'])
    // S7: detected at the next synchronization; nothing until the consistency check 30 minutes later.
    const stoppedAt = outage?.from as number
    expect(stoppedAt).toBeGreaterThanOrEqual(FAILS_AT)
    expect(outage?.resumedAt).toBeGreaterThan(stoppedAt + FAILOVER_CHECK_DELAY_MS)
    const beforeStop = timeline.events[0]
    expect(beforeStop?.kind === 'recovery-points' && beforeStop.to).toBeLessThan(stoppedAt)
    // The table says the same, row by row.
    const rows = timelineTable([timeline]).rows
    expect(rows.map((row) => row[2])).toEqual([
      'Recovery points created',
      'Backups stopped',
      'Backups resumed',
      'Recovery points created',
    ])
    expect(rows[1]?.[6]).toBe('Mirror took over as principal: backups stopped')
  })

  it('S7: an early backup adds its reason to the same stop, not a second outage', () => {
    const { fake, state: before } = mirroredSales()
    fake.principalFails(SALES, FAILS_AT)
    let state = advanceTo(before, fake, FAILS_AT + 15 * MINUTE_MS)
    state = {
      ...state,
      alerts: [
        ...state.alerts,
        {
          ...(state.alerts[0] as DpmServerState['alerts'][number]),
          id: 'alert-early',
          type: 'consistency-check-required',
          title: 'Consistency check required',
          raisedAt: FAILS_AT + 20 * MINUTE_MS,
        },
      ],
    }
    state = advanceTo(state, fake, FAILS_AT + 2 * HOUR_MS)
    const outages = timelineOf(state, FAILS_AT + 2 * HOUR_MS).outages
    expect(outages).toHaveLength(1)
    expect(outages[0]?.reasons).toEqual([
      'Mirror took over as principal: backups stopped',
      'Consistency check required',
    ])
  })

  it('S5: a broken mirror stops backups until the data source is protected again', () => {
    const { fake, state: before } = mirroredSales()
    fake.breakMirror(SALES, FAILS_AT)
    const now = FAILS_AT + 3 * HOUR_MS
    const timeline = timelineOf(advanceTo(before, fake, now), now)
    expect(timeline.outages).toEqual([
      {
        from: expect.any(Number),
        resumedAt: undefined,
        approximate: false,
        reasons: ['Database mirroring session is broken'],
      },
    ])
    expect(timeline.events.at(-1)?.kind).toBe('stopped')
    const counts = pointsPerBucket(timeline.record, periodRange('last-24-hours', now))
    expect(counts.slice(-3)).toEqual([0, 0, 0])
  })

  it('says so when no recovery point was created in the period', () => {
    const fake = new FakeEstate().add(SALES)
    const state = protect(EMPTY_SERVER_STATE, fake, [SALES], START, { replicaCreation: { method: 'manual' } })
    expect(timelineOf(state, START + HOUR_MS).events).toEqual([{ kind: 'none' }])
  })

  it('counts archived days by day and dates a resumption known only from them', () => {
    const { state } = mirroredSales()
    const dsId = Object.keys(state.dataSources)[0] as string
    const stopDay = Date.parse('2026-01-20T00:00:00Z')
    const now = Date.parse('2026-01-25T12:00:00Z')
    const archived: DpmServerState = {
      ...state,
      recoveryPoints: RecoveryPoints.NONE,
      alerts: [],
      reportHistory: {
        days: {
          [String(stopDay)]: { [dsId]: [10, 3, 0, 3, 8] },
          [String(stopDay + DAY_MS)]: { [dsId]: [96, 0, 0, 0, 96] },
        },
        disk: [],
        stoppages: [
          {
            dataSourceId: dsId,
            type: 'mirror-broken',
            raisedAt: stopDay + 10 * HOUR_MS,
            inactiveAt: stopDay + 30 * HOUR_MS,
          },
        ],
      },
    }
    const range = periodRange('last-7-days', now)
    const [timeline] = recoveryPointTimeline(archived, indexReportData(archived), range)
    expect(outagesOf(timeline?.record as never, range)).toEqual([
      {
        from: stopDay + 10 * HOUR_MS,
        resumedAt: stopDay + 30 * HOUR_MS,
        approximate: true,
        reasons: ['Database mirroring session is broken'],
      },
    ])
    expect(pointsPerBucket(timeline?.record as never, range).slice(1, 3)).toEqual([8, 96])
    expect(timelineTable([timeline as never]).rows.map((row) => [row[2], row[3]])).toEqual([
      ['Recovery points created', '2026-01-20'],
      ['Backups stopped', '2026-01-20 10:00 UTC'],
      ['Backups resumed', '2026-01-21'],
      ['Recovery points created', '2026-01-21'],
    ])
  })
})
