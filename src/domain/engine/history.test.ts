import { describe, expect, it, vi } from 'vitest'
import type { Alert, Job, JobStatus } from '../protection/protection'
import { DAY_MS } from '../world/time'
import { CompletedSynchronizations } from './completed-synchronizations'
import {
  ALERT_HISTORY_MAX_INACTIVE,
  boundAlertHistory,
  boundJobHistory,
  JOB_HISTORY_MAX_ROWS,
  rowsOf,
} from './history'

const NOW = Date.parse('2026-02-01T00:00:00Z')
const job = (id: number, status: JobStatus, endedAt: number): Job => ({
  id: `job-${id}`,
  type: 'synchronization',
  source: 'S\\I\\D',
  computer: 'S',
  groupName: 'G',
  status,
  scheduledAt: endedAt,
  endedAt: status === 'scheduled' ? undefined : endedAt,
})

describe('the jobs history', () => {
  it('keeps the last 7 days and counts the older finished jobs by status', () => {
    const jobs = [
      job(1, 'completed', NOW - 8 * DAY_MS),
      job(2, 'failed', NOW - 8 * DAY_MS),
      job(3, 'completed', NOW - DAY_MS),
      job(4, 'scheduled', NOW + 1),
    ]
    const { jobs: kept, summary } = boundJobHistory(jobs, undefined, NOW)
    expect(kept.map((j) => j.id)).toEqual(['job-3', 'job-4'])
    expect(summary).toEqual({
      trimmed: { completed: 1, failed: 1, canceled: 0 },
      trimmedUntil: NOW - 8 * DAY_MS,
    })
    expect(boundJobHistory(jobs, undefined, NOW).removed).toEqual([jobs[0], jobs[1]])
    // Counts add up over runs.
    const again = boundJobHistory([...kept, job(5, 'canceled', NOW - 9 * DAY_MS)], summary, NOW)
    expect(again.summary?.trimmed).toEqual({ completed: 1, failed: 1, canceled: 1 })
  })

  it('caps the rows kept, keeping failed ones before completed ones', () => {
    const jobs = Array.from({ length: JOB_HISTORY_MAX_ROWS + 10 }, (_, i) =>
      job(i, 'completed', NOW - i * 1000),
    )
    jobs.push(job(99_999, 'failed', NOW - 5 * DAY_MS))
    const { jobs: kept, summary } = boundJobHistory(jobs, undefined, NOW)
    expect(kept).toHaveLength(JOB_HISTORY_MAX_ROWS)
    expect(kept.some((j) => j.id === 'job-99999')).toBe(true)
    expect(summary?.trimmed.completed).toBe(11)
  })

  it('keeps the rows a sort of the whole history would keep (ties by id), in any order, without sorting it', () => {
    const statuses: JobStatus[] = ['completed', 'completed', 'completed', 'failed', 'canceled']
    // Many jobs end at the same moments (one synchronization slot): the cap falls among ties.
    const jobs = Array.from({ length: JOB_HISTORY_MAX_ROWS * 3 }, (_, i) =>
      job(i, statuses[(i * 7) % statuses.length] as JobStatus, NOW - ((i * 37) % 500) * 60_000),
    )
    const sorted = jobs
      .slice()
      .sort(
        (a, b) =>
          Number(a.status === 'completed') - Number(b.status === 'completed') ||
          (b.endedAt ?? 0) - (a.endedAt ?? 0) ||
          (a.id < b.id ? -1 : 1),
      )
    const expected = new Set(sorted.slice(0, JOB_HISTORY_MAX_ROWS))
    expect(boundJobHistory(jobs, undefined, NOW).jobs).toEqual(jobs.filter((j) => expected.has(j)))
    const reversed = jobs.slice().reverse()
    expect(boundJobHistory(reversed, undefined, NOW).jobs).toEqual(reversed.filter((j) => expected.has(j)))
  })

  it('builds rows only for the unbuilt jobs it keeps, and keeps what it would keep of their rows', () => {
    const synchronizations = new CompletedSynchronizations()
    const dataSources = Array.from({ length: 40 }, (_, i) => `ds-${i}`)
    for (const dataSourceId of dataSources) {
      synchronizations.startRun({ dataSourceId, source: 'S\\I\\D', computer: 'S', groupName: 'G' })
      // Two days of 15-minute synchronizations, ending at the same moments across the data sources.
      for (let at = NOW - 2 * DAY_MS; at < NOW; at += 15 * 60_000)
        synchronizations.add(at, at, at + 60_000, 1.5)
    }
    const built = vi.spyOn(synchronizations, 'row')
    const jobs = [job(1, 'failed', NOW - DAY_MS), job(2, 'scheduled', NOW + 1)]
    const bounded = boundJobHistory(jobs, undefined, NOW, synchronizations)
    // The rows kept, and those tied at the cap (one synchronization slot of every data source).
    expect(synchronizations.length).toBe(40 * 2 * 96)
    expect(built.mock.calls.length).toBeLessThanOrEqual(JOB_HISTORY_MAX_ROWS + dataSources.length)
    const asRows = boundJobHistory([...jobs, ...rowsOf(synchronizations)], undefined, NOW)
    const ids = (rows: readonly Job[]) => rows.map((row) => row.id).sort()
    expect(ids(bounded.jobs)).toEqual(ids(asRows.jobs))
    expect(bounded.summary).toEqual(asRows.summary)
    expect(bounded.removedUnbuilt?.map((index) => synchronizations.row(index).id).sort()).toEqual(
      ids(asRows.removed ?? []),
    )
    expect(bounded.removedUnbuilt?.length).toBeGreaterThan(0)
    expect(bounded.jobs.find((row) => row.dataSourceId === 'ds-3')).toMatchObject({
      type: 'synchronization',
      status: 'completed',
      trigger: 'schedule',
      dataTransferredMb: 1.5,
    })
  })

  it('leaves a history within its bounds as it is', () => {
    const jobs = [job(1, 'completed', NOW - DAY_MS)]
    expect(boundJobHistory(jobs, undefined, NOW)).toEqual({ jobs, summary: undefined })
  })
})

describe('the alerts history', () => {
  const alert = (id: number, inactiveAt?: number): Alert => ({
    id: `alert-${id}`,
    type: 'recovery-point-failed',
    severity: 'Critical',
    title: 't',
    description: 'd',
    source: 's',
    computer: 'c',
    groupName: 'g',
    raisedAt: 0,
    lastSeenAt: 0,
    occurrences: 1,
    inactiveAt,
  })
  it('keeps active alerts and the recent inactive ones, up to a cap', () => {
    const alerts = [alert(1), alert(2, NOW - 8 * DAY_MS), alert(3, NOW - DAY_MS)]
    expect(boundAlertHistory(alerts, NOW).map((a) => a.id)).toEqual(['alert-1', 'alert-3'])
    const many = Array.from({ length: ALERT_HISTORY_MAX_INACTIVE + 5 }, (_, i) => alert(i, NOW - i))
    expect(boundAlertHistory(many, NOW)).toHaveLength(ALERT_HISTORY_MAX_INACTIVE)
  })
})
