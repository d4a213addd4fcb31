import { describe, expect, it } from 'vitest'
import { type BackupJobRequest, ByBackupJob } from './backup-requests'

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
    expect(jobs.has(sync(1000))).toBe(true)
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
