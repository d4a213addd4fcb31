import { describe, expect, it } from 'vitest'
import { HR_DB as HR, PAYROLL_DB as PAYROLL } from '../../agent-api/demo-estate'
import { FakeEstate, protect } from '../../domain/engine/engine-test-support'
import { type DpmServerState, EMPTY_SERVER_STATE, type Job } from '../../domain/protection/protection'
import { type RecoveryPoint, RecoveryPoints } from '../../domain/protection/recovery-points'
import { DAY_MS, HOUR_MS } from '../../domain/world/time'
import { indexReportData } from './reports-index'
import { periodRange } from './reports-period'
import { jobsPerBucket, jobsTable, statusReport, statusReportTable } from './reports-status'

const START = Date.parse('2026-01-05T09:00:00Z')
const NOW = Date.parse('2026-01-12T12:00:00Z')
const TODAY = Date.parse('2026-01-12T00:00:00Z')

const point = (dataSourceId: string, at: number): RecoveryPoint => ({
  dataSourceId,
  at,
  kind: 'synchronization',
  sizeMb: 5,
})

const job = (id: string, dataSourceId: string, status: Job['status'], endedAt: number): Job => ({
  id,
  type: 'synchronization',
  dataSourceId,
  source: HR,
  computer: 'SQL-STD01',
  groupName: 'Finance',
  status,
  scheduledAt: endedAt,
  startedAt: endedAt,
  endedAt,
})

/** HRDB: 3 recovery points and 1 failed backup today, 10 points and 2 failed backups archived 3 days ago. */
function reportState(): { state: DpmServerState; hr: string; payroll: string } {
  const fake = new FakeEstate().add(HR).add(PAYROLL)
  const base = protect(EMPTY_SERVER_STATE, fake, [HR, PAYROLL], START, {}, 'Finance')
  const [hr, payroll] = Object.values(base.dataSources).map((ds) => ds.id) as [string, string]
  const state: DpmServerState = {
    ...base,
    dataSources: {
      ...base.dataSources,
      [hr]: {
        ...(base.dataSources[hr] as DpmServerState['dataSources'][string]),
        lastRecoveryPointAt: NOW - HOUR_MS,
      },
    },
    recoveryPoints: RecoveryPoints.from([
      point(hr, NOW - 3 * HOUR_MS),
      point(hr, NOW - 2 * HOUR_MS),
      point(hr, NOW - HOUR_MS),
    ]),
    jobs: [
      job('j1', hr, 'failed', NOW - 90 * 60_000),
      job('j2', hr, 'completed', NOW - 3 * HOUR_MS),
      job('j3', hr, 'canceled', NOW - 3 * HOUR_MS),
    ],
    alerts: [
      {
        id: 'alert-1',
        type: 'recovery-point-failed',
        severity: 'Critical',
        title: 'Recovery point creation failed',
        description: '',
        dataSourceId: hr,
        source: HR,
        computer: 'SQL-STD01',
        groupName: 'Finance',
        raisedAt: NOW - 90 * 60_000,
        lastSeenAt: NOW - 90 * 60_000,
        occurrences: 1,
      },
    ],
    reportHistory: {
      days: { [String(TODAY - 3 * DAY_MS)]: { [hr]: [12, 2, 0, 2, 10] } },
      disk: [],
      stoppages: [],
    },
  }
  return { state, hr, payroll }
}

describe('the status report', () => {
  it('gives each data source its share of successful recovery points, last good one and active alerts', () => {
    const { state } = reportState()
    const [group] = statusReport(state, indexReportData(state), periodRange('last-24-hours', NOW))
    expect(group?.groupName).toBe('Finance')
    const [hrRow, payrollRow] = group?.rows ?? []
    expect(hrRow).toMatchObject({
      path: HR,
      recoveryPoints: 3,
      failedBackups: 1,
      successRate: 75,
      lastRecoveryPointAt: NOW - HOUR_MS,
      activeAlerts: ['Recovery point creation failed'],
    })
    // Nothing was due for PayrollDB: no share rather than 0 %.
    expect(payrollRow).toMatchObject({
      path: PAYROLL,
      recoveryPoints: 0,
      failedBackups: 0,
      successRate: undefined,
    })
    expect(group).toMatchObject({ recoveryPoints: 3, failedBackups: 1, successRate: 75 })
  })

  it('counts the archived days when the period is shown by day', () => {
    const { state } = reportState()
    const [group] = statusReport(state, indexReportData(state), periodRange('last-7-days', NOW))
    expect(group?.rows[0]).toMatchObject({ recoveryPoints: 13, failedBackups: 3, successRate: 81.25 })
  })

  it('exports one row per data source, with the rate and the last good recovery point as text', () => {
    const { state } = reportState()
    const table = statusReportTable(
      statusReport(state, indexReportData(state), periodRange('last-7-days', NOW)),
    )
    expect(table.columns).toContain('Successful recovery points')
    expect(table.rows).toEqual([
      ['Finance', HR, 13, 3, '81.2 %', '2026-01-12 11:00 UTC', 'Recovery point creation failed'],
      ['Finance', PAYROLL, 0, 0, 'No backups due', 'None', ''],
    ])
  })

  it('charts successful and failed jobs per hour, or per day with the archived days', () => {
    const { state } = reportState()
    const hours = jobsPerBucket(state, periodRange('last-24-hours', NOW))
    expect(hours.reduce((sum, b) => sum + b.successful, 0)).toBe(1)
    expect(hours.find((b) => b.start === NOW - 2 * HOUR_MS)?.failed).toBe(1)
    const days = jobsPerBucket(state, periodRange('last-7-days', NOW))
    expect(days.map((b) => [b.successful, b.failed])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [12, 2],
      [0, 0],
      [0, 0],
      [1, 1],
    ])
    expect(jobsTable(periodRange('last-7-days', NOW), days).rows.at(-1)).toEqual(['2026-01-12', 1, 1])
  })
})
