import { describe, expect, it } from 'vitest'
import type { DataSource, Job } from '../protection/protection'
import { backupToRetry, recommendedActions } from './alert-actions'
import { testAlert as alert, ALERT_TIME as T } from './alert-test-support'

const protectedDs = { id: 'ds-1', groupId: 'pg-1' } as DataSource

describe('recommendedActions', () => {
  it('S4, S5, S8: stop protection retaining data, then protect again', () => {
    for (const type of ['mirrored-after-protection', 'mirror-broken', 'protected-partners'] as const) {
      expect(recommendedActions(alert('a', { type }), protectedDs)).toEqual(['stop-and-reprotect'])
    }
  })
  it('S7: a consistency check now; when one is required, the check and then the retried backup', () => {
    expect(recommendedActions(alert('a', { type: 'mirror-took-over' }), protectedDs)).toEqual([
      'run-consistency-check',
    ])
    expect(recommendedActions(alert('a', { type: 'consistency-check-required' }), protectedDs)).toEqual([
      'run-consistency-check',
      'retry-backup',
    ])
  })
  it('offers nothing for an inactive alert or a data source no longer protected', () => {
    expect(recommendedActions(alert('a', { inactiveAt: T }), protectedDs)).toEqual([])
    expect(recommendedActions(alert('a'), { ...protectedDs, groupId: undefined })).toEqual([])
    expect(recommendedActions(alert('a'), undefined)).toEqual([])
  })
})

describe('backupToRetry', () => {
  const job = (id: string, type: Job['type'], status: Job['status'], dataSourceId = 'ds-1'): Job => ({
    id,
    type,
    status,
    dataSourceId,
    source: 's',
    computer: 'c',
    groupName: 'g',
    scheduledAt: T,
  })
  it('retries the kind of the latest failed backup of that data source', () => {
    const jobs = [
      job('1', 'express-full', 'failed'),
      job('2', 'synchronization', 'failed'),
      job('3', 'consistency-check', 'failed'),
      job('4', 'express-full', 'failed', 'ds-2'),
    ]
    expect(backupToRetry(jobs, 'ds-1')).toBe('synchronization')
    expect(backupToRetry(jobs, 'ds-2')).toBe('express-full')
  })
  it('defaults to an express full backup', () => {
    expect(backupToRetry([job('1', 'synchronization', 'completed')], 'ds-1')).toBe('express-full')
  })
})
