import { describe, expect, it } from 'vitest'
import { SALES_DB } from '../../agent-api/demo-estate'
import { DEFAULT_POLICY, EMPTY_SERVER_STATE, type Job, type JobStatus } from '../protection/protection'
import { HOUR_MS, MINUTE_MS } from '../world/time'
import { nextJobTime } from './next-job'

const NOW = Date.parse('2026-01-05T09:00:00Z')

const job = (id: number, status: JobStatus, scheduledAt: number, dueEndAt?: number): Job => ({
  id: `job-${id}`,
  type: 'synchronization',
  source: SALES_DB,
  computer: 'SQL-PRI01',
  groupName: 'Sales',
  status,
  scheduledAt,
  dueEndAt,
})

const withJobs = (...jobs: Job[]) => ({ ...EMPTY_SERVER_STATE, jobs })

describe('the next job time (Run to the next job)', () => {
  it('includes the daily auto protection job (00:00) when a group auto-protects an instance', () => {
    const group = {
      id: 'pg-1',
      name: 'Std',
      policy: DEFAULT_POLICY,
      createdAt: NOW,
      autoProtectInstances: ['SQL-STD01\\MSSQLSERVER'],
    }
    const state = { ...withJobs(job(1, 'scheduled', NOW + 20 * HOUR_MS)), groups: { 'pg-1': group } }
    expect(nextJobTime(state, NOW)).toBe(Date.parse('2026-01-06T00:00:00Z'))
    const withoutAuto = { ...state, groups: { 'pg-1': { ...group, autoProtectInstances: [] } } }
    expect(nextJobTime(withoutAuto, NOW)).toBe(NOW + 20 * HOUR_MS)
  })

  it('is undefined when the server has nothing planned', () => {
    expect(nextJobTime(EMPTY_SERVER_STATE, NOW)).toBeUndefined()
    expect(nextJobTime(withJobs(job(1, 'completed', NOW - MINUTE_MS)), NOW)).toBeUndefined()
  })

  it('is the earliest scheduled start after now', () => {
    const state = withJobs(
      job(1, 'scheduled', NOW + 30 * MINUTE_MS),
      job(2, 'scheduled', NOW + 15 * MINUTE_MS),
    )
    expect(nextJobTime(state, NOW)).toBe(NOW + 15 * MINUTE_MS)
  })

  it("counts a running job's end, which comes before the next start", () => {
    const state = withJobs(
      job(1, 'in-progress', NOW - MINUTE_MS, NOW + 2 * MINUTE_MS),
      job(2, 'scheduled', NOW + 15 * MINUTE_MS),
    )
    expect(nextJobTime(state, NOW)).toBe(NOW + 2 * MINUTE_MS)
  })

  // S7: the consistency check 30 minutes after the failover is a scheduled row like any other.
  it('skips a job already due (it waits for the running job) and finished or canceled jobs', () => {
    const state = withJobs(
      job(1, 'scheduled', NOW),
      job(2, 'canceled', NOW + MINUTE_MS),
      job(3, 'failed', NOW + MINUTE_MS),
      job(4, 'scheduled', NOW + 30 * MINUTE_MS),
    )
    expect(nextJobTime(state, NOW)).toBe(NOW + 30 * MINUTE_MS)
  })
})
