import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HR_DB } from '../../agent-api/demo-estate'
import { type DataSource, DEFAULT_POLICY, type ProtectionPolicy } from '../protection/protection'
import {
  autoRowStands,
  cursorBefore,
  cursorPast,
  dailyCheckAtOrAfter,
  expressFullAtOrAfter,
  nextAutoJob,
  nextScheduledJob,
  nextSyncSlot,
  regularSynchronizations,
  syncSlotAtOrAfter,
} from './schedule'

const at = (iso: string) => Date.parse(`${iso}Z`)
const policy = (changes: Partial<ProtectionPolicy> = {}): ProtectionPolicy => ({
  ...DEFAULT_POLICY,
  ...changes,
})
const ds = (changes: Partial<DataSource> = {}): DataSource => ({
  id: 'ds-1',
  path: HR_DB,
  groupId: 'pg-1',
  protectedAt: at('2026-01-05T09:00:00'),
  sizeMb: 100,
  logSizeMb: 10,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
  ...changes,
})

describe('synchronization slots', () => {
  it('fall on multiples of the frequency from midnight UTC', () => {
    expect(syncSlotAtOrAfter(15, at('2026-01-05T09:07:00'))).toBe(at('2026-01-05T09:15:00'))
    expect(syncSlotAtOrAfter(15, at('2026-01-05T09:15:00'))).toBe(at('2026-01-05T09:15:00'))
    expect(syncSlotAtOrAfter(45, at('2026-01-05T09:07:00'))).toBe(at('2026-01-05T09:45:00'))
    expect(syncSlotAtOrAfter(1440, at('2026-01-05T09:07:00'))).toBe(at('2026-01-06T00:00:00'))
  })

  it('come strictly after the slot that just ran, and skip those that fell while the data source was busy', () => {
    const every15 = policy()
    expect(nextSyncSlot(every15, cursorPast(at('2026-01-05T09:15:00'), 'synchronization'))).toBe(
      at('2026-01-05T09:30:00'),
    )
    expect(nextSyncSlot(every15, cursorBefore(at('2026-01-05T09:15:00')))).toBe(at('2026-01-05T09:15:00'))
    const busyUntil = at('2026-01-05T09:52:00')
    expect(nextSyncSlot(every15, cursorPast(at('2026-01-05T09:15:00'), 'synchronization'), busyUntil)).toBe(
      at('2026-01-05T10:00:00'),
    )
  })

  it('"Just before a recovery point": only at the express full backup slots', () => {
    const beforePoint = policy({ syncFrequency: 'before-recovery-point' })
    expect(nextSyncSlot(beforePoint, cursorBefore(at('2026-01-05T09:00:00')))).toBe(at('2026-01-05T20:00:00'))
    // At one slot the synchronization runs first, then the express full backup.
    expect(nextScheduledJob(beforePoint, cursorBefore(at('2026-01-05T09:00:00')))).toEqual({
      type: 'synchronization',
      at: at('2026-01-05T20:00:00'),
      trigger: 'schedule',
    })
    expect(nextScheduledJob(beforePoint, cursorPast(at('2026-01-05T20:00:00'), 'synchronization'))).toEqual({
      type: 'express-full',
      at: at('2026-01-05T20:00:00'),
      trigger: 'schedule',
    })
  })
})

describe('a run of regular synchronizations', () => {
  it('gives the synchronization nextScheduledJob would, until the first slot of another kind', () => {
    const day = at('2026-01-05T00:00:00')
    fc.assert(
      fc.property(
        fc.constantFrom(15, 30, 60, 120),
        fc.subarray(['02:00', '08:00', '20:00', '20:07'], { minLength: 1 }),
        fc.option(fc.constantFrom('20:00', '03:30'), { nil: undefined }),
        fc.integer({ min: 0, max: 2 * 96 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }),
        (frequency, times, daily, first, minutesBusy) => {
          const schedule = policy({
            syncFrequency: frequency,
            expressFull: { times, days: [0, 1, 2, 3, 4, 5, 6] },
            consistencyCheck: {
              onInconsistent: true,
              daily: daily ? { start: daily, maxDurationHours: 4 } : undefined,
            },
          })
          let slot = day + first * 15 * 60_000
          const next = regularSynchronizations(schedule, cursorPast(slot, 'synchronization'))
          for (const busy of minutesBusy) {
            const ended = slot + busy * 60_000
            const regular = next(slot, ended)
            const plan = nextScheduledJob(schedule, cursorPast(slot, 'synchronization'), ended)
            if (regular === undefined) return
            expect(plan).toEqual({ type: 'synchronization', at: regular, trigger: 'schedule' })
            slot = regular
          }
        },
      ),
    )
  })

  it('leaves "Just before a recovery point" to nextAutoJob', () => {
    const next = regularSynchronizations(
      policy({ syncFrequency: 'before-recovery-point' }),
      cursorPast(at('2026-01-05T00:00:00'), 'synchronization'),
    )
    expect(next(at('2026-01-05T00:00:00'), at('2026-01-05T00:01:00'))).toBeUndefined()
  })
})

describe('express full backups', () => {
  it('run at the schedule’s times on its days (UTC)', () => {
    const weekdaysTwice = { times: ['20:00', '08:00'], days: [1, 2, 3, 4, 5] as const }
    const schedule = {
      times: weekdaysTwice.times,
      days: [...weekdaysTwice.days] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
    }
    // 2026-01-05 is a Monday.
    expect(expressFullAtOrAfter(schedule, at('2026-01-05T09:00:00'))).toBe(at('2026-01-05T20:00:00'))
    expect(expressFullAtOrAfter(schedule, at('2026-01-05T20:00:01'))).toBe(at('2026-01-06T08:00:00'))
    // Friday evening -> Monday morning.
    expect(expressFullAtOrAfter(schedule, at('2026-01-09T20:30:00'))).toBe(at('2026-01-12T08:00:00'))
  })

  it('come back a week later for a weekly schedule whose time has passed, and never for an empty one', () => {
    expect(expressFullAtOrAfter({ times: ['06:00'], days: [1] }, at('2026-01-05T07:00:00'))).toBe(
      at('2026-01-12T06:00:00'),
    )
    expect(expressFullAtOrAfter({ times: [], days: [1] }, at('2026-01-05T07:00:00'))).toBeUndefined()
    expect(expressFullAtOrAfter({ times: ['06:00'], days: [] }, at('2026-01-05T07:00:00'))).toBeUndefined()
  })

  it('are never coalesced: one that fell while the data source was busy still runs', () => {
    const job = nextScheduledJob(
      policy(),
      cursorPast(at('2026-01-05T19:45:00'), 'synchronization'),
      at('2026-01-05T20:30:00'),
    )
    expect(job).toEqual({ type: 'express-full', at: at('2026-01-05T20:00:00'), trigger: 'schedule' })
  })
})

describe('the daily consistency check', () => {
  it('runs each day at its start time', () => {
    expect(dailyCheckAtOrAfter('02:00', at('2026-01-05T09:00:00'))).toBe(at('2026-01-06T02:00:00'))
    const withDaily = policy({
      syncFrequency: 1440,
      consistencyCheck: { onInconsistent: true, daily: { start: '02:00', maxDurationHours: 2 } },
    })
    expect(nextScheduledJob(withDaily, cursorBefore(at('2026-01-05T21:00:00')))).toEqual({
      type: 'synchronization',
      at: at('2026-01-06T00:00:00'),
      trigger: 'schedule',
    })
    expect(nextScheduledJob(withDaily, cursorPast(at('2026-01-06T00:00:00'), 'synchronization'))).toEqual({
      type: 'consistency-check',
      at: at('2026-01-06T02:00:00'),
      trigger: 'schedule',
    })
  })
})

describe('the next automatic job of a data source', () => {
  const from = cursorBefore(at('2026-01-05T09:05:00'))

  it('waits for the admin while a manual replica is pending', () => {
    expect(nextAutoJob(ds({ replica: 'manual-pending' }), policy(), from)).toBeUndefined()
  })

  it('retries a replica creation at the next synchronization slot', () => {
    expect(nextAutoJob(ds({ replica: 'creation-pending' }), policy(), from)).toEqual({
      type: 'replica-creation',
      at: at('2026-01-05T09:15:00'),
      trigger: 'replica-creation',
    })
  })

  it('checks an inconsistent replica at the next slot when the option is on, and waits otherwise', () => {
    expect(nextAutoJob(ds({ replica: 'inconsistent' }), policy(), from)).toMatchObject({
      type: 'consistency-check',
      trigger: 'inconsistent-replica',
    })
    expect(
      nextAutoJob(
        ds({ replica: 'inconsistent' }),
        policy({ consistencyCheck: { onInconsistent: false } }),
        from,
      ),
    ).toBeUndefined()
  })

  it('S7: only the consistency check at its time while it is scheduled', () => {
    const checkAt = at('2026-01-05T09:45:00')
    expect(
      nextAutoJob(
        ds({ condition: { kind: 'cc-scheduled', at: checkAt, detectedAt: checkAt - 1800_000 } }),
        policy(),
        from,
      ),
    ).toEqual({
      type: 'consistency-check',
      at: checkAt,
      trigger: 'mirror-took-over',
    })
  })

  it('a SIMPLE recovery model database only gets express full backups', () => {
    expect(nextAutoJob(ds({ recoveryModel: 'SIMPLE' }), policy(), from)).toEqual({
      type: 'express-full',
      at: at('2026-01-05T20:00:00'),
      trigger: 'schedule',
    })
  })

  it('none once protection stopped', () => {
    expect(nextAutoJob(ds({ groupId: undefined }), policy(), from)).toBeUndefined()
  })
})

describe('the automatic row stands', () => {
  const row = (trigger: 'schedule' | 'reprotection' | 'mirror-took-over', scheduledAt: number) => ({
    id: 'job-1',
    type: 'consistency-check' as const,
    source: '',
    computer: '',
    groupName: '',
    status: 'scheduled' as const,
    scheduledAt,
    trigger,
  })
  it('while its kind is still the plan; an S7 check only at its own time; a reprotection check always', () => {
    const plan = { type: 'synchronization' as const, at: 2, trigger: 'schedule' as const }
    expect(autoRowStands(row('schedule', 1), plan)).toBe(true)
    expect(autoRowStands(row('mirror-took-over', 1), plan)).toBe(false)
    expect(
      autoRowStands(row('mirror-took-over', 1), {
        type: 'consistency-check',
        at: 1,
        trigger: 'mirror-took-over',
      }),
    ).toBe(true)
    expect(
      autoRowStands(row('mirror-took-over', 1), {
        type: 'consistency-check',
        at: 3,
        trigger: 'mirror-took-over',
      }),
    ).toBe(false)
    expect(autoRowStands(row('reprotection', 1), undefined)).toBe(true)
    expect(autoRowStands(row('schedule', 1), undefined)).toBe(false)
  })
})
