import { beforeEach, describe, expect, it } from 'vitest'
import { INVENTORY_DB, SALES_DB as SALES, SALES_MIRROR_COPY } from '../agent-api/demo-estate'
import type { BackupKind } from '../agent-api/schemas'
import { type BackupJob, type BackupOutcome, runBackupJob } from './backup-simulation'
import type { Estate } from './estate-model'
import { setFaults } from './fault-operations'
import { breakMirror, principalFails } from './mirroring-operations'
import { defaultEstate } from './presets/default-preset'

const AT = Date.parse('2026-01-05T20:00:00Z')
let estate: Estate
beforeEach(() => {
  estate = defaultEstate()
})

const job = (kind: BackupKind, path = SALES, at = AT, adminJob?: string): BackupJob => ({
  path,
  kind,
  at,
  job: adminJob,
})
const ok = (result: BackupOutcome) => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result
}
const errorCode = (result: BackupOutcome) => (result.ok ? 'ok' : result.error.code)

describe('a backup job that runs', () => {
  it('synchronization moves a few % of the log in 1-5 minutes', () => {
    const result = ok(runBackupJob(estate, job('synchronization')))
    expect(result.dataTransferredMb).toBeGreaterThanOrEqual(2048 * 0.01)
    expect(result.dataTransferredMb).toBeLessThanOrEqual(2048 * 0.05)
    expect(result.durationSec).toBeGreaterThanOrEqual(60)
    expect(result.durationSec).toBeLessThanOrEqual(300)
  })

  it('express full moves a few % of the data in 5-15 minutes', () => {
    const result = ok(runBackupJob(estate, job('express-full')))
    expect(result.dataTransferredMb).toBeGreaterThanOrEqual(51200 * 0.01)
    expect(result.dataTransferredMb).toBeLessThanOrEqual(51200 * 0.05)
    expect(result.durationSec).toBeGreaterThanOrEqual(300)
    expect(result.durationSec).toBeLessThanOrEqual(900)
  })

  it.each(['consistency-check', 'replica-creation'] as const)(
    '%s reads the whole database at 100-200 MB/s',
    (kind) => {
      const result = ok(runBackupJob(estate, job(kind)))
      expect(result.dataTransferredMb).toBe(51200)
      expect(result.durationSec).toBeGreaterThanOrEqual(51200 / 200 - 1)
      expect(result.durationSec).toBeLessThanOrEqual(51200 / 100 + 1)
    },
  )

  it('is deterministic in (path, kind, time) and varies with the time', () => {
    expect(runBackupJob(estate, job('synchronization'))).toEqual(runBackupJob(estate, job('synchronization')))
    const amounts = new Set(
      [0, 1, 2, 3, 4].map(
        (n) => ok(runBackupJob(estate, job('synchronization', SALES, AT + n * 900_000))).dataTransferredMb,
      ),
    )
    expect(amounts.size).toBeGreaterThan(1)
  })

  it('runs against a clustered principal through its virtual server (S3)', () => {
    expect(errorCode(runBackupJob(estate, job('express-full', 'SQLCLU01\\SQLFCI\\ClaimsDB')))).toBe('ok')
  })
})

describe('a backup job that fails', () => {
  it('on an unknown database', () => {
    expect(errorCode(runBackupJob(estate, job('synchronization', 'SQL-PRI01\\MSSQLSERVER\\Nope')))).toBe(
      'DatabaseNotFound',
    )
  })

  it('on a mirror copy: DPM must never ask (S2, single replica of the principal)', () => {
    const result = runBackupJob(estate, job('express-full', SALES_MIRROR_COPY))
    expect(errorCode(result)).toBe('DatabaseIsMirrorCopy')
    expect(result.ok ? '' : result.error.message).toContain('RESTORING')
  })

  // S7: after the mirror took over, the old principal copy is a (lost) mirror.
  it('on the lost former principal after a forced service, while the new principal backs up', () => {
    principalFails(estate, SALES, AT)
    expect(errorCode(runBackupJob(estate, job('synchronization')))).toBe('DatabaseIsMirrorCopy')
    expect(errorCode(runBackupJob(estate, job('synchronization', SALES_MIRROR_COPY)))).toBe('ok')
  })

  // S5: a broken mirror leaves the former mirror copy RESTORING.
  it('on a RESTORING copy left by a broken mirror', () => {
    breakMirror(estate, SALES, AT)
    expect(errorCode(runBackupJob(estate, job('express-full', SALES_MIRROR_COPY)))).toBe(
      'DatabaseIsMirrorCopy',
    )
    expect(errorCode(runBackupJob(estate, job('express-full')))).toBe('ok')
  })

  it('where no agent is installed, and where the agent is unreachable', () => {
    expect(
      errorCode(runBackupJob(estate, job('express-full', 'SQL-NOAGENT01\\MSSQLSERVER\\ReportingDB'))),
    ).toBe('AgentNotInstalled')
    setFaults(estate, { unreachable: ['SQL-PRI01'] }, AT)
    const result = runBackupJob(estate, job('express-full'))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'AgentUnreachable', message: 'The protection agent on SQL-PRI01 is not reachable.' },
    })
  })

  it('with a log backup of a SIMPLE recovery model database (SQL Server error 4208)', () => {
    const inventory = INVENTORY_DB
    expect(errorCode(runBackupJob(estate, job('synchronization', inventory)))).toBe('LogBackupNotAllowed')
    expect(errorCode(runBackupJob(estate, job('express-full', inventory)))).toBe('ok')
  })

  it('for an injected error rate: the same share of jobs every run, decided per job and time', () => {
    setFaults(estate, { errorRate: 0.3 }, AT)
    const jobs = Array.from({ length: 400 }, (_, n) =>
      job('synchronization', SALES, AT + n * 60_000, `job-${n}`),
    )
    const failures = jobs.map((j) => errorCode(runBackupJob(estate, j)))
    expect(jobs.map((j) => errorCode(runBackupJob(estate, j)))).toEqual(failures)
    const share = failures.filter((code) => code === 'AgentError').length / jobs.length
    expect(share).toBeGreaterThan(0.22)
    expect(share).toBeLessThan(0.38)
    setFaults(estate, { errorRate: 1 }, AT)
    expect(errorCode(runBackupJob(estate, jobs[0] as BackupJob))).toBe('AgentError')
    setFaults(estate, {}, AT)
    expect(jobs.every((j) => runBackupJob(estate, j).ok)).toBe(true)
  })
})
