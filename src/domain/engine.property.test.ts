// Invariants of the engine over random sequences of lab events, clock advances and admin actions.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { isActive } from './alerts'
import { cancelJob, requestAdminJob, requestRetry } from './engine'
import { advanceTo, FakeEstate, protect } from './engine-test-support'
import { type DpmServerState, EMPTY_SERVER_STATE } from './protection'
import { DAY_MS, MINUTE_MS } from './time'

const SALES = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
const HR = 'SQL-STD01\\MSSQLSERVER\\HRDB'
const WAREHOUSE_2 = 'SQL-STD02\\MSSQLSERVER\\WarehouseDB'
const WAREHOUSE_3 = 'SQL-STD03\\MSSQLSERVER\\WarehouseDB'
const START = Date.parse('2026-01-05T09:00:00Z')
const RETENTION_DAYS = 1

type Action =
  | { kind: 'advance'; minutes: number; cut: number }
  | {
      kind: 'lab'
      operation: 'failover' | 'principalFails' | 'failback' | 'break' | 'establish' | 'unreachable'
    }
  | {
      kind: 'admin'
      operation: 'consistency-check' | 'express-full' | 'synchronization' | 'retry' | 'cancel'
      target: number
    }

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.integer({ min: 1, max: 300 }),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('lab' as const),
      operation: fc.constantFrom(
        'failover',
        'principalFails',
        'failback',
        'break',
        'establish',
        'unreachable',
      ) as fc.Arbitrary<'failover' | 'principalFails' | 'failback' | 'break' | 'establish' | 'unreachable'>,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('admin' as const),
      operation: fc.constantFrom(
        'consistency-check',
        'express-full',
        'synchronization',
        'retry',
        'cancel',
      ) as fc.Arbitrary<'consistency-check' | 'express-full' | 'synchronization' | 'retry' | 'cancel'>,
      target: fc.nat(),
    }),
  },
)

/** The same records in a stable order: arrays are collections here. */
function canonical(state: DpmServerState) {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    ...state,
    jobs: byId(state.jobs),
    recoveryPoints: byId(state.recoveryPoints),
    alerts: byId(state.alerts),
  }
}

function applyLab(
  fake: FakeEstate,
  operation: Extract<Action, { kind: 'lab' }>['operation'],
  now: number,
): void {
  try {
    if (operation === 'failover') fake.failover(SALES, now)
    else if (operation === 'principalFails') fake.principalFails(SALES, now)
    else if (operation === 'failback') fake.failback(SALES, now)
    else if (operation === 'break') fake.breakMirror(SALES, now)
    else if (operation === 'establish') fake.establish(WAREHOUSE_2, 'SQL-STD03\\MSSQLSERVER', now)
    else fake.setUnreachable('SQL-STD01', !fake.unreachable.has('SQL-STD01'), now)
  } catch {
    // An operation SQL Server would refuse in this state (failing back a database that is not mirrored...).
  }
}

function applyAdmin(
  state: DpmServerState,
  admin: Extract<Action, { kind: 'admin' }>,
  now: number,
): DpmServerState {
  const active = Object.values(state.dataSources).filter((ds) => ds.groupId !== undefined)
  const ds = active[admin.target % Math.max(1, active.length)]
  try {
    if (admin.operation === 'retry' || admin.operation === 'cancel') {
      const candidates = state.jobs.filter((job) =>
        admin.operation === 'retry'
          ? job.status === 'failed'
          : job.status === 'scheduled' || job.status === 'in-progress',
      )
      const job = candidates[admin.target % Math.max(1, candidates.length)]
      if (!job) return state
      return admin.operation === 'retry'
        ? requestRetry(state, job.id, now).state
        : cancelJob(state, job.id, now)
    }
    return ds ? requestAdminJob(state, ds.id, admin.operation, now).state : state
  } catch {
    return state
  }
}

function checkInvariants(before: DpmServerState, after: DpmServerState, fake: FakeEstate, now: number): void {
  // Never two active alerts for the same data source and condition.
  const active = after.alerts.filter(isActive).map((alert) => `${alert.dataSourceId}|${alert.type}`)
  expect(new Set(active).size).toBe(active.length)
  // Recovery points disappear only by retention (nothing is deleted in these sequences).
  const kept = new Set(after.recoveryPoints.map((point) => point.id))
  for (const point of before.recoveryPoints) {
    if (!kept.has(point.id)) expect(point.at + RETENTION_DAYS * DAY_MS).toBeLessThanOrEqual(now)
  }
  // No job ever runs against a mirror copy.
  expect(fake.mirrorCopyRequests).toEqual([])
  // One automatic row at most per data source.
  const autoRows = after.jobs
    .filter((job) => job.status === 'scheduled' && job.trigger !== 'admin')
    .map((job) => job.dataSourceId)
  expect(new Set(autoRows).size).toBe(autoRows.length)
}

it('keeps its invariants over random lab events, advances and admin actions; A then B equals A + B', () => {
  fc.assert(
    fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
      const fake = new FakeEstate().add(SALES).add(HR).add(WAREHOUSE_2).add(WAREHOUSE_3)
      fake.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', START - DAY_MS)
      let now = START
      let state = protect(EMPTY_SERVER_STATE, fake, [SALES, HR, WAREHOUSE_2, WAREHOUSE_3], now, {
        retentionDays: RETENTION_DAYS,
      })
      state = advanceTo(state, fake, now)
      for (const step of actions) {
        const before = state
        if (step.kind === 'lab') {
          applyLab(fake, step.operation, now)
          continue
        }
        if (step.kind === 'admin') {
          state = advanceTo(applyAdmin(state, step, now), fake, now)
        } else {
          const until = now + step.minutes * MINUTE_MS
          const cut = now + Math.floor(step.minutes * step.cut) * MINUTE_MS
          const whole = advanceTo(state, fake, until)
          const split = advanceTo(advanceTo(state, fake, cut), fake, until)
          expect(canonical(split)).toEqual(canonical(whole))
          state = whole
          now = until
        }
        checkInvariants(before, state, fake, now)
      }
    }),
    {
      numRuns: 60,
      // A job waiting for a running one that a lab change then interrupts starts at once, wherever the run stops.
      examples: [
        [
          [
            { kind: 'admin', operation: 'consistency-check', target: 209880209 },
            { kind: 'lab', operation: 'unreachable' },
            { kind: 'advance', minutes: 1, cut: 0 },
          ],
        ],
      ],
    },
  )
}, 120_000)
