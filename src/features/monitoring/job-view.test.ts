import { describe, expect, it } from 'vitest'
import { HR_DB } from '../../agent-api/demo-estate'
import type { Job } from '../../domain/protection/protection'
import { canCancelJob, canRetryJob, filterJobs, groupJobs, jobElapsedMs, jobProgress } from './job-view'

const T = Date.parse('2026-01-05T09:00:00Z')
const HOUR = 3_600_000

const job = (id: string, over: Partial<Job> = {}): Job => ({
  id,
  type: 'synchronization',
  source: HR_DB,
  computer: 'SQL-STD01',
  groupName: 'HR',
  status: 'completed',
  scheduledAt: T,
  startedAt: T,
  endedAt: T + 60_000,
  ...over,
})

describe('filterJobs', () => {
  const now = T + 48 * HOUR
  const jobs = [
    job('old', { startedAt: T, scheduledAt: T }),
    job('recent', { startedAt: now - 2 * HOUR, status: 'failed' }),
    job('future', { startedAt: undefined, scheduledAt: now + HOUR, status: 'scheduled' }),
  ]
  it('keeps the time range, scheduled jobs included, the most recent first', () => {
    expect(filterJobs(jobs, { status: 'all', range: 'day' }, now).map((j) => j.id)).toEqual([
      'future',
      'recent',
    ])
    expect(filterJobs(jobs, { status: 'all', range: 'hour' }, now).map((j) => j.id)).toEqual(['future'])
    expect(filterJobs(jobs, { status: 'all', range: 'all' }, now).map((j) => j.id)).toEqual([
      'future',
      'recent',
      'old',
    ])
  })
  it('keeps one status', () => {
    expect(filterJobs(jobs, { status: 'failed', range: 'all' }, now).map((j) => j.id)).toEqual(['recent'])
  })
})

describe('groupJobs', () => {
  const jobs = [
    job('a', { status: 'completed', type: 'express-full', computer: 'B' }),
    job('b', { status: 'failed', computer: 'A' }),
    job('c', { status: 'in-progress', type: 'consistency-check', computer: 'B' }),
  ]
  it('groups by status with failed and running jobs first, in DPM words', () => {
    expect(groupJobs(jobs, 'status').map((g) => g.label)).toEqual(['Failed', 'In progress', 'Completed'])
  })
  it('groups by type in the catalog order, and by computer by name', () => {
    expect(groupJobs(jobs, 'type').map((g) => g.label)).toEqual([
      'Synchronization',
      'Express full backup',
      'Consistency check',
    ])
    expect(groupJobs(jobs, 'computer').map((g) => [g.label, g.items.length])).toEqual([
      ['A', 1],
      ['B', 2],
    ])
  })
})

describe('jobElapsedMs and row actions', () => {
  it('counts a running job up to now and a finished one from start to end', () => {
    expect(jobElapsedMs(job('a', { status: 'in-progress', endedAt: undefined }), T + 90_000)).toBe(90_000)
    expect(jobElapsedMs(job('a'), T + 10 * HOUR)).toBe(60_000)
    expect(jobElapsedMs(job('a', { status: 'scheduled', startedAt: undefined }), T)).toBeUndefined()
  })
  it('offers Retry on failed jobs and Cancel on scheduled or running ones', () => {
    expect(canRetryJob(job('a', { status: 'failed' }))).toBe(true)
    expect(canRetryJob(job('a'))).toBe(false)
    // The next daily auto protection job tries every database again: no Retry.
    expect(canRetryJob(job('a', { type: 'auto-protection', status: 'failed' }))).toBe(false)
    expect(canCancelJob(job('a', { status: 'scheduled' }))).toBe(true)
    expect(canCancelJob(job('a', { status: 'in-progress' }))).toBe(true)
    expect(canCancelJob(job('a', { status: 'canceled' }))).toBe(false)
  })
})

describe('jobProgress', () => {
  const running = job('a', { status: 'in-progress', endedAt: undefined, dueEndAt: T + 4 * 60_000 })
  it('measures a running job against the duration the agent reported', () => {
    expect(jobProgress(running, T + 60_000)).toBe(0.25)
    expect(jobProgress(running, T + 10 * 60_000)).toBe(1)
  })
  it('is unknown without a reported duration or once the job finished', () => {
    expect(jobProgress({ ...running, dueEndAt: undefined }, T)).toBeUndefined()
    expect(jobProgress({ ...running, status: 'completed' }, T)).toBeUndefined()
  })
})
