import { describe, expect, it } from 'vitest'
import {
  HR_DB as HR,
  PAYROLL_DB,
  SALES_DB as SALES,
  SALES_MIRROR_COPY as SALES_MIRROR,
  WAREHOUSE_STD02 as WAREHOUSE_2,
  WAREHOUSE_STD03 as WAREHOUSE_3,
} from '../../agent-api/demo-estate'
import { type DpmServerState, EMPTY_SERVER_STATE, type Job } from '../protection/protection'
import { modifyProtectionGroup, stopProtection } from '../protection/protection-groups'
import { DAY_MS, MINUTE_MS } from '../world/time'
import { isActive, raiseAlert } from './alerts'
import {
  type BackupJobRequest,
  type BackupOutcome,
  BackupResults,
  cancelJob,
  requestAdminJob,
  requestRetry,
  runEngine,
} from './engine'
import { advanceTo, canonical, FakeEstate, protect } from './engine-test-support'

/** 2026-01-05 (a Monday) at HH:MM UTC. */
const at = (time: string, day = 0) => Date.parse(`2026-01-05T${time}:00Z`) + day * DAY_MS

function estate(): FakeEstate {
  const fake = new FakeEstate().add(SALES).add(HR).add(WAREHOUSE_2).add(WAREHOUSE_3).add(PAYROLL_DB, 'SIMPLE')
  fake.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', at('08:00'))
  return fake
}

/** Protects the paths at 09:00 and lets the replica creation finish. */
function protectedWorld(paths: string[], policy = {}) {
  const fake = estate()
  let state = protect(EMPTY_SERVER_STATE, fake, paths, at('09:00'), policy)
  state = advanceTo(state, fake, at('09:10'))
  return { fake, state }
}

const dsOf = (state: DpmServerState, path: string) => {
  const ds = Object.values(state.dataSources).find((candidate) => candidate.path === path)
  if (!ds) throw new Error(`no data source for ${path}`)
  return ds
}
const jobsOf = (state: DpmServerState, path: string, predicate: (job: Job) => boolean = () => true) =>
  state.jobs.filter((job) => job.dataSourceId === dsOf(state, path).id && predicate(job))
const activeAlerts = (state: DpmServerState, path: string) =>
  state.alerts.filter((alert) => isActive(alert) && alert.dataSourceId === dsOf(state, path).id)
const scheduledRows = (state: DpmServerState, path: string) =>
  jobsOf(state, path, (job) => job.status === 'scheduled')

describe('protection on schedule', () => {
  it('runs one job at a time: a synchronization due while an express full runs waits for it, advanced whole or in two', () => {
    const { fake, state: created } = protectedWorld([HR])
    // The express full runs 09:12 to 09:22; the 09:15 synchronization starts at 09:22.
    const full = requestAdminJob(created, dsOf(created, HR).id, 'express-full', at('09:12'))
    const whole = advanceTo(full.state, fake, at('10:00'))
    const split = advanceTo(advanceTo(full.state, fake, at('09:14')), fake, at('10:00'))
    for (const state of [whole, split]) {
      expect(state.jobs.find((job) => job.id === full.jobId)).toMatchObject({
        startedAt: at('09:12'),
        endedAt: at('09:22'),
      })
      expect(
        jobsOf(state, HR, (job) => job.type === 'synchronization' && job.scheduledAt === at('09:15')),
      ).toEqual([expect.objectContaining({ status: 'completed', startedAt: at('09:22') })])
    }
  })

  it('creates the replica now, then synchronizes every 15 minutes with a recovery point each (FULL model)', () => {
    const { fake, state: created } = protectedWorld([HR])
    const replica = jobsOf(created, HR, (job) => job.type === 'replica-creation')[0]
    expect(replica).toMatchObject({ status: 'completed', startedAt: at('09:00'), endedAt: at('09:05') })
    expect(dsOf(created, HR).replica).toBe('ok')
    expect(scheduledRows(created, HR)).toEqual([
      expect.objectContaining({ type: 'synchronization', scheduledAt: at('09:15') }),
    ])

    const state = advanceTo(created, fake, at('10:00'))
    const syncs = jobsOf(state, HR, (job) => job.type === 'synchronization' && job.status === 'completed')
    expect(syncs.map((job) => job.startedAt)).toEqual(
      [at('09:15'), at('09:30'), at('09:45'), at('10:00')].slice(0, 3),
    )
    // 10:00's sync is running (120 s), the next slot is the only scheduled row.
    expect(jobsOf(state, HR, (job) => job.status === 'in-progress')).toEqual([
      expect.objectContaining({ type: 'synchronization', startedAt: at('10:00'), dueEndAt: at('10:02') }),
    ])
    expect(scheduledRows(state, HR)).toEqual([expect.objectContaining({ scheduledAt: at('10:15') })])
    const points = state.recoveryPoints.toArray().filter((point) => point.dataSourceId === dsOf(state, HR).id)
    expect(points.map((point) => point.kind)).toEqual([
      'replica',
      'synchronization',
      'synchronization',
      'synchronization',
    ])
  })

  it('makes an express full backup at 8:00 PM after that slot’s synchronization', () => {
    const { fake, state: created } = protectedWorld([HR])
    const state = advanceTo(created, fake, at('20:30'))
    const full = jobsOf(state, HR, (job) => job.type === 'express-full')
    expect(full).toEqual([
      expect.objectContaining({ status: 'completed', scheduledAt: at('20:00'), startedAt: at('20:02') }),
    ])
    expect(
      state.recoveryPoints
        .toArray()
        .some((point) => point.kind === 'express-full' && point.at === at('20:02')),
    ).toBe(true)
  })

  it('never synchronizes a SIMPLE recovery model database: only express full backups make recovery points', () => {
    const { fake, state: created } = protectedWorld([PAYROLL_DB])
    const state = advanceTo(created, fake, at('21:00'))
    const types = jobsOf(state, PAYROLL_DB).map((job) => `${job.type}:${job.status}`)
    expect(types).toEqual(['replica-creation:completed', 'express-full:completed', 'express-full:scheduled'])
  })

  it('keeps one scheduled row per data source, whatever the length of the advance', () => {
    const { fake, state: created } = protectedWorld([HR, SALES, WAREHOUSE_2])
    const state = advanceTo(created, fake, at('09:00', 3))
    for (const path of [HR, SALES, WAREHOUSE_2]) expect(scheduledRows(state, path)).toHaveLength(1)
  })

  it('replans the next job when the group’s synchronization frequency changes', () => {
    const { state: created } = protectedWorld([HR])
    const [groupId] = Object.keys(created.groups)
    const group = created.groups[groupId as string]
    if (!group) throw new Error('no group')
    const modified = modifyProtectionGroup(
      created,
      group.id,
      {
        name: group.name,
        members: [],
        autoProtectInstances: [],
        policy: { ...group.policy, syncFrequency: 60 },
      },
      at('09:10'),
    )
    // Modify with no members would stop protection; keep the member by passing it back.
    expect(modified.state.dataSources[dsOf(created, HR).id]?.groupId).toBeUndefined()
    const kept = modifyProtectionGroup(
      created,
      group.id,
      {
        name: group.name,
        members: [{ path: HR, sizeMb: 1000, logSizeMb: 100, recoveryModel: 'FULL', readOnly: false }],
        autoProtectInstances: [],
        policy: { ...group.policy, syncFrequency: 60 },
      },
      at('09:10'),
    ).state
    expect(scheduledRows(kept, HR)).toEqual([
      expect.objectContaining({ type: 'synchronization', scheduledAt: at('10:00') }),
    ])
  })
})

describe('S4: a protected database gets mirrored', () => {
  it('fails the next backup with "Protected database is now mirrored" and keeps failing with one alert', () => {
    const { fake, state: protectedState } = protectedWorld([HR])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.establish(HR, 'SQL-STD03\\MSSQLSERVER', at('09:20'))
    state = advanceTo(state, fake, at('10:00'))
    const failed = jobsOf(state, HR, (job) => job.status === 'failed')
    expect(failed.map((job) => job.startedAt)).toEqual([at('09:30'), at('09:45'), at('10:00')])
    expect(failed[0]?.error).toContain('is now mirrored')
    const alerts = activeAlerts(state, HR)
    expect(alerts).toEqual([
      expect.objectContaining({
        type: 'mirrored-after-protection',
        title: 'Protected database is now mirrored',
        occurrences: 3,
      }),
    ])
    expect(alerts[0]?.description).toContain('stop protection of this member retaining the replica on disk')
    expect(dsOf(state, HR).condition).toEqual({
      kind: 'failed',
      alert: 'mirrored-after-protection',
      since: at('09:30'),
    })
  })

  it('S8 with only one partner protected is S4 for it', () => {
    const { fake, state: protectedState } = protectedWorld([WAREHOUSE_2])
    const early = advanceTo(protectedState, fake, at('09:20'))
    fake.establish(WAREHOUSE_2, 'SQL-STD03\\MSSQLSERVER', at('09:20'))
    const state = advanceTo(early, fake, at('09:30'))
    expect(activeAlerts(state, WAREHOUSE_2).map((alert) => alert.type)).toEqual(['mirrored-after-protection'])
  })

  it('is resolved by stopping protection retaining data and protecting again: the same data source, now mirrored', () => {
    const { fake, state: protectedState } = protectedWorld([HR])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.establish(HR, 'SQL-STD03\\MSSQLSERVER', at('09:20'))
    state = advanceTo(state, fake, at('09:30'))
    const before = dsOf(state, HR)
    const points = state.recoveryPoints.toArray().filter((point) => point.dataSourceId === before.id)
    state = stopProtection(state, before.id, 'retain', at('09:31'))
    expect(activeAlerts(state, HR)).toEqual([])
    state = protect(state, fake, [HR], at('09:32'))
    const after = dsOf(state, HR)
    expect(after.id).toBe(before.id)
    expect(after.mirror?.partners).toEqual([HR, 'SQL-STD03\\MSSQLSERVER\\HRDB'])
    expect(scheduledRows(state, HR)).toEqual([
      expect.objectContaining({
        type: 'consistency-check',
        trigger: 'reprotection',
        scheduledAt: at('09:32'),
      }),
    ])
    state = advanceTo(state, fake, at('10:00'))
    expect(jobsOf(state, HR, (job) => job.status === 'failed' && (job.startedAt ?? 0) > at('09:32'))).toEqual(
      [],
    )
    expect(
      state.recoveryPoints.toArray().filter((point) => point.dataSourceId === after.id).length,
    ).toBeGreaterThan(points.length)
    for (const point of points) expect(state.recoveryPoints.toArray()).toContainEqual(point)
  })
})

describe('S5: a mirror is broken', () => {
  it('fails backups with "Database mirroring session is broken", quoting error 30164', () => {
    const { fake, state: protectedState } = protectedWorld([SALES])
    const early = advanceTo(protectedState, fake, at('09:20'))
    fake.breakMirror(SALES, at('09:20'))
    const state = advanceTo(early, fake, at('09:45'))
    expect(jobsOf(state, SALES, (job) => job.status === 'failed').map((job) => job.startedAt)).toEqual([
      at('09:30'),
      at('09:45'),
    ])
    const [alert] = activeAlerts(state, SALES)
    expect(alert).toMatchObject({
      type: 'mirror-broken',
      title: 'Database mirroring session is broken',
      occurrences: 2,
    })
    expect(alert?.description).toContain(
      '...If the database was part of a mirroring session, either re-establish mirroring or remove the database from protection and recreate the protection group.',
    )
  })

  it('a break while a backup runs fails that job with the broken-mirror alert', () => {
    const { fake, state: protectedState } = protectedWorld([SALES])
    let state = advanceTo(protectedState, fake, at('09:31'))
    fake.breakMirror(SALES, at('09:31'))
    state = advanceTo(state, fake, at('09:35'))
    expect(jobsOf(state, SALES, (job) => job.status === 'failed')).toEqual([
      expect.objectContaining({ startedAt: at('09:30'), endedAt: at('09:31') }),
    ])
    expect(activeAlerts(state, SALES).map((alert) => alert.type)).toEqual(['mirror-broken'])
  })
})

describe('S6: failover and failback between two backups', () => {
  it('does not affect protection: no job fails, no alert', () => {
    const { fake, state: protectedState } = protectedWorld([SALES])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.failover(SALES, at('09:20'))
    state = advanceTo(state, fake, at('09:25'))
    fake.failback(SALES, at('09:25'))
    state = advanceTo(state, fake, at('10:30'))
    expect(jobsOf(state, SALES, (job) => job.status === 'failed')).toEqual([])
    expect(activeAlerts(state, SALES)).toEqual([])
    expect(
      jobsOf(state, SALES, (job) => job.status === 'completed').every((job) => job.source === SALES),
    ).toBe(true)
  })

  it('fails a backup in progress at the moment of the failover, and S7 applies', () => {
    const { fake, state: protectedState } = protectedWorld([SALES])
    let state = advanceTo(protectedState, fake, at('09:31'))
    expect(jobsOf(state, SALES, (job) => job.status === 'in-progress')).toHaveLength(1)
    fake.failover(SALES, at('09:31'))
    state = advanceTo(state, fake, at('09:40'))
    const [stopped] = jobsOf(state, SALES, (job) => job.status === 'failed')
    expect(stopped).toMatchObject({ type: 'synchronization', startedAt: at('09:30'), endedAt: at('09:31') })
    expect(stopped?.error).toContain('interrupted')
    expect(dsOf(state, SALES).condition).toEqual({
      kind: 'cc-scheduled',
      at: at('10:01'),
      detectedAt: at('09:31'),
    })
    expect(activeAlerts(state, SALES).map((alert) => alert.type)).toEqual(['mirror-took-over'])
    expect(scheduledRows(state, SALES)).toEqual([
      expect.objectContaining({
        type: 'consistency-check',
        trigger: 'mirror-took-over',
        scheduledAt: at('10:01'),
      }),
    ])
  })

  it('a failover and failback both while the backup runs: the job fails, the check runs at the next slot on the original principal', () => {
    const { fake, state: protectedState } = protectedWorld([SALES])
    let state = advanceTo(protectedState, fake, at('09:31'))
    fake.failover(SALES, at('09:31'))
    fake.failback(SALES, at('09:31'))
    state = advanceTo(state, fake, at('09:50'))
    const check = jobsOf(state, SALES, (job) => job.type === 'consistency-check')[0]
    expect(check).toMatchObject({ scheduledAt: at('09:45'), source: SALES, status: 'completed' })
    expect(dsOf(state, SALES).mirror?.activePath).toBe(SALES)
  })
})

describe('S7: the principal fails and the mirror takes over', () => {
  /** Protected SalesDB; the principal fails at 09:20; the 09:30 backup detects it. */
  function tookOver() {
    const { fake, state: protectedState } = protectedWorld([SALES])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.principalFails(SALES, at('09:20'))
    state = advanceTo(state, fake, at('09:30'))
    return { fake, state }
  }

  it('stops the backup job and schedules a consistency check 30 minutes after detection', () => {
    const { state } = tookOver()
    const [stopped] = jobsOf(state, SALES, (job) => job.status === 'failed')
    expect(stopped).toMatchObject({ type: 'synchronization', startedAt: at('09:30'), source: SALES })
    expect(stopped?.error).toContain('2026-01-05 10:00 UTC')
    expect(dsOf(state, SALES).condition).toEqual({
      kind: 'cc-scheduled',
      at: at('10:00'),
      detectedAt: at('09:30'),
    })
    const [alert] = activeAlerts(state, SALES)
    expect(alert).toMatchObject({
      type: 'mirror-took-over',
      severity: 'Warning',
      title: 'Mirror took over as principal: backups stopped',
      computer: 'SQL-MIR01',
    })
    expect(alert?.description).toContain(
      'consistency check on the failed-over database at 2026-01-05 10:00 UTC',
    )
  })

  it('S7 then S5: the mirror broken inside the window fails the check at its time; nothing is promised for the past', () => {
    const { fake, state: detected } = tookOver()
    fake.breakMirror(SALES_MIRROR, at('09:40'))
    const state = advanceTo(detected, fake, at('12:00'))
    const [check] = jobsOf(state, SALES, (job) => job.type === 'consistency-check')
    expect(check).toMatchObject({ status: 'failed', startedAt: at('10:00') })
    expect(dsOf(state, SALES).condition).toMatchObject({ kind: 'failed', alert: 'mirror-broken' })
    expect(
      activeAlerts(state, SALES)
        .map((alert) => alert.type)
        .sort(),
    ).toEqual(['mirror-broken', 'replica-inconsistent'])
    expect(scheduledRows(state, SALES).every((job) => job.scheduledAt >= at('12:00'))).toBe(true)
  })

  it('an agent unreachable at the time of the check fails it; once back, the next check detects the failover again and protects the new principal', () => {
    const { fake, state: detected } = tookOver()
    fake.setUnreachable('SQL-MIR01', true, at('09:45'))
    let state = advanceTo(detected, fake, at('10:05'))
    expect(dsOf(state, SALES).condition).toMatchObject({ kind: 'failed', alert: 'agent-unreachable' })
    expect(activeAlerts(state, SALES).map((alert) => alert.type)).not.toContain('mirror-took-over')
    fake.setUnreachable('SQL-MIR01', false, at('10:05'))
    // The failed check ended the booking: the 10:15 check is the first job after the failover again.
    state = advanceTo(state, fake, at('10:15'))
    expect(dsOf(state, SALES).condition).toEqual({
      kind: 'cc-scheduled',
      at: at('10:45'),
      detectedAt: at('10:15'),
    })
    state = advanceTo(state, fake, at('11:00'))
    expect(dsOf(state, SALES)).toMatchObject({
      condition: { kind: 'ok' },
      replica: 'ok',
      mirror: { activePath: SALES_MIRROR },
    })
    expect(activeAlerts(state, SALES)).toEqual([])
  })

  it('a consistency check that is the first job after the failover detects it as a backup would', () => {
    const { fake, state: protectedState } = protectedWorld([SALES])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.failover(SALES, at('09:20'))
    state = advanceTo(
      requestAdminJob(state, dsOf(state, SALES).id, 'consistency-check', at('09:20')).state,
      fake,
      at('09:20'),
    )
    const [check] = jobsOf(state, SALES, (job) => job.type === 'consistency-check' && job.trigger === 'admin')
    expect(check).toMatchObject({ status: 'failed', source: SALES })
    expect(dsOf(state, SALES).condition).toEqual({
      kind: 'cc-scheduled',
      at: at('09:50'),
      detectedAt: at('09:20'),
    })
    expect(activeAlerts(state, SALES).map((alert) => alert.type)).toEqual(['mirror-took-over'])
  })

  it('runs no scheduled backup in the window, then checks the new principal at +30 minutes and protects it', () => {
    const { fake, state: detected } = tookOver()
    const state = advanceTo(detected, fake, at('10:30'))
    const after = jobsOf(state, SALES, (job) => (job.startedAt ?? job.scheduledAt) > at('09:30'))
    expect(after.map((job) => [job.type, job.status, job.source, job.startedAt])).toEqual([
      ['consistency-check', 'completed', SALES_MIRROR, at('10:00')],
      ['synchronization', 'completed', SALES_MIRROR, at('10:15')],
      ['synchronization', 'in-progress', SALES_MIRROR, at('10:30')],
      ['synchronization', 'scheduled', SALES_MIRROR, undefined],
    ])
    expect(dsOf(state, SALES)).toMatchObject({
      condition: { kind: 'ok' },
      mirror: { activePath: SALES_MIRROR },
    })
    expect(activeAlerts(state, SALES)).toEqual([])
    expect(state.alerts.find((alert) => alert.type === 'mirror-took-over')?.inactiveAt).toBe(at('10:05'))
  })

  it('a backup tried at 29 minutes does not start and raises "Consistency check required" until the check', () => {
    const { fake, state: detected } = tookOver()
    let state = advanceTo(detected, fake, at('09:59'))
    const requested = requestAdminJob(state, dsOf(state, SALES).id, 'express-full', at('09:59'))
    state = advanceTo(requested.state, fake, at('09:59'))
    expect(state.jobs.find((job) => job.id === requested.jobId)).toMatchObject({
      status: 'failed',
      startedAt: at('09:59'),
    })
    expect(activeAlerts(state, SALES).map((alert) => [alert.type, alert.severity])).toEqual([
      ['mirror-took-over', 'Warning'],
      ['consistency-check-required', 'Critical'],
    ])
    expect(dsOf(state, SALES).condition.kind).toBe('cc-scheduled')
    state = advanceTo(state, fake, at('10:06'))
    expect(activeAlerts(state, SALES)).toEqual([])
  })

  it('a manual consistency check clears it at once; the stopped backup can be retried and runs on the new principal', () => {
    const { fake, state: detected } = tookOver()
    const check = requestAdminJob(detected, dsOf(detected, SALES).id, 'consistency-check', at('09:35'))
    let state = advanceTo(check.state, fake, at('09:35'))
    const stopped = jobsOf(state, SALES, (job) => job.status === 'failed')[0] as Job
    // Retried while the check runs: it waits for the check, then runs.
    const retry = requestRetry(state, stopped.id, at('09:35'))
    state = advanceTo(retry.state, fake, at('09:45'))
    expect(state.jobs.find((job) => job.id === check.jobId)).toMatchObject({
      status: 'completed',
      source: SALES_MIRROR,
      endedAt: at('09:40'),
    })
    expect(state.jobs.find((job) => job.id === retry.jobId)).toMatchObject({
      type: 'synchronization',
      status: 'completed',
      startedAt: at('09:40'),
      source: SALES_MIRROR,
    })
    expect(activeAlerts(state, SALES)).toEqual([])
    expect(dsOf(state, SALES).condition).toEqual({ kind: 'ok' })
    // The check at 10:00 is gone: protection continues on the schedule.
    expect(scheduledRows(state, SALES)).toEqual([
      expect.objectContaining({ type: 'synchronization', scheduledAt: at('10:00'), trigger: 'schedule' }),
    ])
  })

  it('a failback at 29 minutes: the check runs on the original principal and protection resumes there', () => {
    const { fake, state: detected } = tookOver()
    let state = advanceTo(detected, fake, at('09:59'))
    fake.failback(SALES, at('09:59'))
    state = advanceTo(state, fake, at('10:20'))
    const check = jobsOf(state, SALES, (job) => job.type === 'consistency-check')[0]
    expect(check).toMatchObject({ status: 'completed', startedAt: at('10:00'), source: SALES })
    expect(dsOf(state, SALES).mirror?.activePath).toBe(SALES)
    expect(
      jobsOf(state, SALES, (job) => job.type === 'synchronization' && (job.startedAt ?? 0) > at('10:00'))[0],
    ).toMatchObject({ source: SALES, status: 'completed' })
    expect(activeAlerts(state, SALES)).toEqual([])
  })

  it('a failback within the window is detected at the next scheduled slot', () => {
    const { fake, state: detected } = tookOver()
    let state = advanceTo(detected, fake, at('09:40'))
    fake.failback(SALES, at('09:40'))
    state = advanceTo(state, fake, at('09:50'))
    expect(jobsOf(state, SALES, (job) => job.type === 'consistency-check')[0]).toMatchObject({
      startedAt: at('09:45'),
      source: SALES,
      status: 'completed',
    })
  })

  it('a failback at 31 minutes, while the check runs: the check stops and runs at the next slot on the original principal', () => {
    const { fake, state: detected } = tookOver()
    let state = advanceTo(detected, fake, at('10:01'))
    fake.failback(SALES, at('10:01'))
    state = advanceTo(state, fake, at('10:25'))
    const checks = jobsOf(state, SALES, (job) => job.type === 'consistency-check')
    expect(checks.map((job) => [job.status, job.source, job.startedAt])).toEqual([
      ['failed', SALES_MIRROR, at('10:00')],
      ['completed', SALES, at('10:15')],
    ])
    expect(dsOf(state, SALES)).toMatchObject({ condition: { kind: 'ok' }, mirror: { activePath: SALES } })
    expect(activeAlerts(state, SALES)).toEqual([])
  })

  it('a failback after the check moved protection to the mirror is another role change: the next backup detects it', () => {
    const { fake, state: detected } = tookOver()
    let state = advanceTo(detected, fake, at('10:06'))
    fake.failback(SALES, at('10:06'))
    state = advanceTo(state, fake, at('10:20'))
    expect(jobsOf(state, SALES, (job) => job.type === 'consistency-check')[0]).toMatchObject({
      source: SALES_MIRROR,
      status: 'completed',
    })
    expect(dsOf(state, SALES).condition).toEqual({
      kind: 'cc-scheduled',
      at: at('10:45'),
      detectedAt: at('10:15'),
    })
    const tookOverAlerts = state.alerts.filter((alert) => alert.type === 'mirror-took-over')
    expect(tookOverAlerts.map((alert) => isActive(alert))).toEqual([false, true])
    state = advanceTo(state, fake, at('10:50'))
    expect(dsOf(state, SALES).mirror?.activePath).toBe(SALES)
  })
})

describe('S8: one protected database is made the mirror of another', () => {
  it('fails the next backups of both, one "protected partners" alert per partner', () => {
    const { fake, state: protectedState } = protectedWorld([WAREHOUSE_2, WAREHOUSE_3])
    const early = advanceTo(protectedState, fake, at('09:20'))
    fake.establish(WAREHOUSE_2, 'SQL-STD03\\MSSQLSERVER', at('09:20'))
    const state = advanceTo(early, fake, at('09:30'))
    for (const path of [WAREHOUSE_2, WAREHOUSE_3]) {
      expect(jobsOf(state, path, (job) => job.status === 'failed')).toHaveLength(1)
      expect(activeAlerts(state, path).map((alert) => alert.title)).toEqual([
        'Protection failed: protected databases are now mirror partners',
      ])
    }
    expect(activeAlerts(state, WAREHOUSE_3)[0]?.description).toContain(`protect the principal ${WAREHOUSE_2}`)
    expect(fake.mirrorCopyRequests).toEqual([])
  })

  it('is resolved by stopping both retaining data and protecting the principal: one replica, all data kept', () => {
    const { fake, state: protectedState } = protectedWorld([WAREHOUSE_2, WAREHOUSE_3])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.establish(WAREHOUSE_2, 'SQL-STD03\\MSSQLSERVER', at('09:20'))
    state = advanceTo(state, fake, at('09:30'))
    const principal = dsOf(state, WAREHOUSE_2)
    const mirror = dsOf(state, WAREHOUSE_3)
    const mirrorPoints = state.recoveryPoints.toArray().filter((point) => point.dataSourceId === mirror.id)
    state = stopProtection(
      stopProtection(state, principal.id, 'retain', at('09:31')),
      mirror.id,
      'retain',
      at('09:31'),
    )
    state = protect(state, fake, [WAREHOUSE_2], at('09:32'))
    expect(dsOf(state, WAREHOUSE_2)).toMatchObject({
      id: principal.id,
      mirror: { partners: [WAREHOUSE_2, WAREHOUSE_3] },
    })
    expect(dsOf(state, WAREHOUSE_3)).toMatchObject({ id: mirror.id, groupId: undefined })
    state = advanceTo(state, fake, at('10:30'))
    expect(
      jobsOf(state, WAREHOUSE_2, (job) => job.status === 'failed' && (job.startedAt ?? 0) > at('09:32')),
    ).toEqual([])
    expect(state.recoveryPoints.toArray().filter((point) => point.dataSourceId === mirror.id)).toEqual(
      mirrorPoints,
    )
    expect(state.alerts.filter(isActive)).toEqual([])
  })
})

describe('agent errors', () => {
  it('an unreachable agent fails the job with "Protection agent is not reachable"; the next success clears it', () => {
    const { fake, state: protectedState } = protectedWorld([HR])
    let state = advanceTo(protectedState, fake, at('09:20'))
    fake.setUnreachable('SQL-STD01', true, at('09:20'))
    state = advanceTo(state, fake, at('09:30'))
    expect(activeAlerts(state, HR)).toEqual([
      expect.objectContaining({
        type: 'agent-unreachable',
        title: 'Protection agent is not reachable',
        computer: 'SQL-STD01',
      }),
    ])
    expect(scheduledRows(state, HR)).toEqual([expect.objectContaining({ scheduledAt: at('09:45') })])
    state = advanceTo(state, fake, at('09:40'))
    fake.setUnreachable('SQL-STD01', false, at('09:40'))
    state = advanceTo(state, fake, at('09:50'))
    expect(activeAlerts(state, HR)).toEqual([])
    expect(dsOf(state, HR).condition).toEqual({ kind: 'ok' })
  })

  it('another agent error raises "Recovery point creation failed" with the agent’s message', () => {
    const { fake, state } = protectedWorld([HR])
    const facts = new Map([[HR, fake.facts(HR)]])
    const ds = dsOf(state, HR)
    const job = scheduledRows(state, HR)[0] as Job
    const failing = new BackupResults().set(
      { dataSourceId: ds.id, path: HR, kind: 'synchronization', at: job.scheduledAt },
      { ok: false, error: { code: 'AgentError', message: 'VSS writer failed.' } },
    )
    const { state: next, missing } = runEngine(state, { until: at('09:15'), facts, results: failing })
    expect(missing).toEqual([])
    expect(next.jobs.find((candidate) => candidate.id === job.id)).toMatchObject({
      status: 'failed',
      error: 'VSS writer failed.',
    })
    expect(activeAlerts(next, HR)[0]).toMatchObject({
      type: 'recovery-point-failed',
      title: 'Recovery point creation failed',
    })
    expect(activeAlerts(next, HR)[0]?.description).toContain('VSS writer failed.')
  })
})

describe('admin jobs', () => {
  it('cancels a running consistency check: the replica is inconsistent and a check runs at the next slot', () => {
    const { fake, state: created } = protectedWorld([HR])
    const check = requestAdminJob(created, dsOf(created, HR).id, 'consistency-check', at('09:10'))
    let state = advanceTo(check.state, fake, at('09:11'))
    state = cancelJob(state, check.jobId, at('09:11'))
    expect(state.jobs.find((job) => job.id === check.jobId)).toMatchObject({
      status: 'canceled',
      endedAt: at('09:11'),
    })
    expect(dsOf(state, HR).replica).toBe('inconsistent')
    expect(activeAlerts(state, HR).map((alert) => alert.type)).toEqual(['replica-inconsistent'])
    expect(scheduledRows(state, HR)).toEqual([
      expect.objectContaining({
        type: 'consistency-check',
        trigger: 'inconsistent-replica',
        scheduledAt: at('09:15'),
      }),
    ])
    state = advanceTo(state, fake, at('09:25'))
    expect(dsOf(state, HR).replica).toBe('ok')
    expect(activeAlerts(state, HR)).toEqual([])
  })

  it('cancels a scheduled synchronization: the next slot is planned', () => {
    const { state: created } = protectedWorld([HR])
    const row = scheduledRows(created, HR)[0] as Job
    const state = cancelJob(created, row.id, at('09:10'))
    expect(scheduledRows(state, HR)).toEqual([expect.objectContaining({ scheduledAt: at('09:30') })])
  })

  it('refuses to cancel a finished job and to retry a completed one, with a clear message', () => {
    const { state } = protectedWorld([HR])
    const done = jobsOf(state, HR, (job) => job.status === 'completed')[0] as Job
    expect(() => cancelJob(state, done.id, at('09:10'))).toThrow(
      'Only scheduled or running jobs can be canceled',
    )
    expect(() => requestRetry(state, done.id, at('09:10'))).toThrow(
      'Only failed or canceled jobs can be retried',
    )
  })

  it('a manual replica waits for the admin’s consistency check', () => {
    const fake = estate()
    let state = protect(EMPTY_SERVER_STATE, fake, [HR], at('09:00'), {
      replicaCreation: { method: 'manual' },
    })
    state = advanceTo(state, fake, at('12:00'))
    expect(jobsOf(state, HR)).toEqual([])
    expect(activeAlerts(state, HR).map((alert) => alert.type)).toEqual(['manual-replica-pending'])
    state = advanceTo(
      requestAdminJob(state, dsOf(state, HR).id, 'consistency-check', at('12:00')).state,
      fake,
      at('12:20'),
    )
    expect(dsOf(state, HR).replica).toBe('ok')
    expect(activeAlerts(state, HR)).toEqual([])
    expect(
      jobsOf(state, HR, (job) => job.type === 'synchronization' && job.status === 'completed')[0],
    ).toMatchObject({ startedAt: at('12:15') })
  })

  it('creates the replica later at its time', () => {
    const fake = estate()
    let state = protect(EMPTY_SERVER_STATE, fake, [HR], at('09:00'), {
      replicaCreation: { method: 'later', at: at('22:00') },
    })
    state = advanceTo(state, fake, at('21:00'))
    expect(jobsOf(state, HR).map((job) => [job.type, job.status, job.scheduledAt])).toEqual([
      ['replica-creation', 'scheduled', at('22:00')],
    ])
    state = advanceTo(state, fake, at('22:10'))
    expect(dsOf(state, HR).replica).toBe('ok')
  })
})

describe('memory stays flat', () => {
  it('prunes recovery points past the retention range, and keeps those of retained data sources until they expire', () => {
    const { fake, state: created } = protectedWorld([HR, WAREHOUSE_2], { retentionDays: 1 })
    let state = advanceTo(created, fake, at('09:10', 1))
    state = stopProtection(state, dsOf(state, WAREHOUSE_2).id, 'retain', at('09:10', 1))
    state = advanceTo(state, fake, at('12:00', 2))
    for (const point of state.recoveryPoints) expect(point.at + DAY_MS).toBeGreaterThan(at('12:00', 2))
    expect(state.recoveryPoints.toArray().some((point) => point.dataSourceId === dsOf(state, HR).id)).toBe(
      true,
    )
    // The retained one's last points (made on day 1) expired on day 2.
    expect(
      state.recoveryPoints.toArray().some((point) => point.dataSourceId === dsOf(state, WAREHOUSE_2).id),
    ).toBe(false)
  })

  it('keeps the jobs of the last 7 days and counts the others', () => {
    const { fake, state: created } = protectedWorld([HR], { syncFrequency: 60 })
    const state = advanceTo(created, fake, at('09:10', 10))
    const finished = state.jobs.filter((job) => job.status !== 'scheduled' && job.status !== 'in-progress')
    expect(Math.min(...finished.map((job) => job.endedAt ?? 0))).toBeGreaterThan(at('09:10', 3))
    expect(state.jobHistory?.trimmed.completed).toBeGreaterThan(60)
    expect(finished.length + (state.jobHistory?.trimmed.completed ?? 0)).toBe(1 + 10 * 24 + 10)
  })
})

it('advancing by A then B equals advancing by A + B', () => {
  const { fake, state: created } = protectedWorld([HR, SALES, PAYROLL_DB])
  const whole = advanceTo(created, fake, at('09:10', 2))
  let split = created
  for (const step of [at('09:11'), at('20:01'), at('20:02'), at('09:10', 1), at('09:10', 2)])
    split = advanceTo(split, fake, step)
  expect(canonical(split)).toEqual(canonical(whole))
  expect(MINUTE_MS).toBe(60_000)
})

/** The fake agent, with one synchronization that fails and one that runs over its next slot. */
class UnevenEstate extends FakeEstate {
  override backup(request: BackupJobRequest): BackupOutcome {
    const answer = super.backup(request)
    if (request.kind !== 'synchronization' || !answer.ok) return answer
    if (request.path === HR && request.at === at('13:00'))
      return { ok: false, error: { code: 'AgentError', message: 'injected' } }
    if (request.path === SALES && request.at === at('15:00')) return { ...answer, durationSec: 20 * 60 }
    return answer
  }
}

it("runs a data source's synchronizations in one go as the queue runs them one by one", () => {
  const fake = new UnevenEstate().add(SALES).add(HR).add(WAREHOUSE_2).add(PAYROLL_DB, 'SIMPLE')
  fake.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', at('08:00'))
  let created = protect(EMPTY_SERVER_STATE, fake, [HR, SALES, WAREHOUSE_2, PAYROLL_DB], at('09:00'))
  created = advanceTo(created, fake, at('09:10'))
  created = requestAdminJob(created, dsOf(created, WAREHOUSE_2).id, 'express-full', at('11:05')).state
  // Until a minute into the next day's 09:00 synchronization, which is then still running.
  const until = at('09:01', 1)
  const whole = advanceTo(created, fake, until)
  // A run per 15 minutes: each run starts at most one synchronization per data source.
  let stepped = created
  for (let time = at('09:20'); time < until; time += 15 * MINUTE_MS) stepped = advanceTo(stepped, fake, time)
  stepped = advanceTo(stepped, fake, until)
  expect(canonical(whole)).toEqual(canonical(stepped))
  // What the runs went through: HR's failure, SALES's long synchronization, the admin's express full.
  expect(jobsOf(whole, HR, (job) => job.status === 'failed')).toEqual([
    expect.objectContaining({ type: 'synchronization', scheduledAt: at('13:00') }),
  ])
  const sales = jobsOf(whole, SALES, (job) => job.type === 'synchronization').map((job) => job.scheduledAt)
  expect(sales).toContain(at('15:30'))
  expect(sales).not.toContain(at('15:15'))
  expect(jobsOf(whole, WAREHOUSE_2, (job) => job.trigger === 'admin')).toEqual([
    expect.objectContaining({ status: 'completed', startedAt: at('11:05') }),
  ])
  expect(jobsOf(whole, HR, (job) => job.status === 'in-progress')).toEqual([
    expect.objectContaining({ type: 'synchronization', scheduledAt: at('09:00', 1) }),
  ])
  expect(
    whole.recoveryPoints.toArray().filter((point) => point.dataSourceId === dsOf(whole, HR).id).length,
  ).toBe(jobsOf(whole, HR, (job) => job.status === 'completed').length)
})

it('lets "Recovery succeeded" go inactive three simulated days after it was raised', () => {
  const { fake, state: created } = protectedWorld([HR])
  const raisedAt = at('09:30')
  const withAlert = raiseAlert(
    created,
    'recovery-succeeded',
    { source: HR, computer: 'SQL-STD01', groupName: 'PG' },
    'Recovered',
    raisedAt,
  )
  const before = advanceTo(withAlert, fake, raisedAt + 3 * DAY_MS - MINUTE_MS)
  expect(before.alerts.find((alert) => alert.type === 'recovery-succeeded')?.inactiveAt).toBeUndefined()
  const after = advanceTo(before, fake, raisedAt + 3 * DAY_MS + MINUTE_MS)
  expect(after.alerts.find((alert) => alert.type === 'recovery-succeeded')?.inactiveAt).toBe(
    raisedAt + 3 * DAY_MS,
  )
})
