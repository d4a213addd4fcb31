import { describe, expect, it } from 'vitest'
import {
  AnsweredRun,
  type BackupJobRequest,
  BackupResults,
  ByBackupJob,
  jobCountOf,
  jobsOf,
  requestsAt,
} from './backup-requests'

const sync = (at: number, path = 'SQL01\\MSSQLSERVER\\Sales'): BackupJobRequest => ({
  dataSourceId: 'ds-1',
  path,
  kind: 'synchronization',
  at,
})

describe('ByBackupJob', () => {
  it('finds a job by its data source, copy, kind and time, as set', () => {
    const jobs = new ByBackupJob<string>().set(sync(1000), 'first').set(sync(2000), 'second')
    expect(jobs.get(sync(1000))).toBe('first')
    expect(jobs.find('ds-1', 'SQL01\\MSSQLSERVER\\Sales', 'synchronization', 2000)).toBe('second')
    expect(jobs.get(sync(3000))).toBeUndefined()
    expect(jobs.get({ ...sync(1000), kind: 'express-full' })).toBeUndefined()
    expect(jobs.get({ ...sync(1000), dataSourceId: 'ds-2' })).toBeUndefined()
    expect(jobs.get(sync(1000, 'SQL02\\MSSQLSERVER\\Sales'))).toBeUndefined()
  })

  it('counts the same job set twice once, keeping the last value', () => {
    const jobs = new ByBackupJob<string>().set(sync(1000), 'projected').set(sync(1000), 'answered')
    expect([...jobs.values()]).toEqual(['answered'])
  })

  it('tells an admin job from the schedule’s job of the same time by its id', () => {
    const admin = { ...sync(1000), job: 'job-7' }
    const jobs = new ByBackupJob<string>().set(sync(1000), 'scheduled').set(admin, 'admin')
    expect(jobs.get(admin)).toBe('admin')
    expect(jobs.get({ ...admin, job: 'job-8' })).toBeUndefined()
    expect(jobs.get(sync(1000))).toBe('scheduled')
    expect([...jobs.values()]).toHaveLength(2)
  })

  it('lists the values of a data source, copy and kind in the order they were set', () => {
    const other = { ...sync(500), dataSourceId: 'ds-2' }
    const jobs = new ByBackupJob<number>()
      .set(sync(2000), 2)
      .set(other, 9)
      .set(sync(1000), 1)
      .set({ ...sync(3000), kind: 'express-full' }, 3)
    expect([...jobs.values()]).toEqual([2, 1, 3, 9])
  })
})

describe('runs of jobs', () => {
  it('asks the jobs of a data source, copy and kind as a run per stretch of a fixed step', () => {
    const job = { dataSourceId: 'ds-1', path: 'SQL01\\MSSQLSERVER\\Sales', kind: 'synchronization' as const }
    const requests = requestsAt(job, [0, 900, 1800, 2700, 5000, 9000])
    expect(requests).toEqual([
      { ...job, at: 0, every: 900, count: 4 },
      { ...job, at: 5000, every: 4000, count: 2 },
    ])
    expect(requestsAt(job, [7])).toEqual([{ ...job, at: 7 }])
    expect(requests.flatMap(jobsOf).map((one) => one.at)).toEqual([0, 900, 1800, 2700, 5000, 9000])
    expect(requests.map(jobCountOf)).toEqual([4, 2])
  })

  it('finds the answer of each job of an answered run, and of single jobs, in time order', () => {
    const run = new AnsweredRun(1000, 500, 3)
    run.durationSec.set([60, 70, 80])
    run.dataTransferredMb.set([1.5, 2.5, 3.5])
    run.errors.set(1, { code: 'AgentError', message: 'injected' })
    const results = new BackupResults()
      .setRun({ ...sync(1000), every: 500, count: 3 }, run)
      .set(sync(3000), { ok: true, durationSec: 90, dataTransferredMb: 4.5 })
    expect(run.indexOf(2000)).toBe(2)
    expect([run.indexOf(1250), run.indexOf(2500), run.indexOf(500)]).toEqual([-1, -1, -1])
    expect(results.find('ds-1', sync(0).path, 'synchronization', 2000)).toEqual({
      ok: true,
      durationSec: 80,
      dataTransferredMb: 3.5,
    })
    expect(results.find('ds-1', sync(0).path, 'synchronization', 1500)).toMatchObject({ ok: false })
    expect(results.find('ds-1', sync(0).path, 'synchronization', 2500)).toBeUndefined()
    const inOrder = results.inOrder('ds-1', sync(0).path, 'synchronization')
    const read = [1000, 1500, 2000, 2500, 3000].map((at) => [
      inOrder.read(at),
      inOrder.durationSec,
      inOrder.dataTransferredMb,
    ])
    expect(read).toEqual([
      ['ok', 60, 1.5],
      ['failed', 60, 1.5],
      ['ok', 80, 3.5],
      ['unknown', 80, 3.5],
      ['ok', 90, 4.5],
    ])
  })
})
