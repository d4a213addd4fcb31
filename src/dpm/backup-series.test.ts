import { describe, expect, it } from 'vitest'
import { type BackupJobRequest, BackupResults } from '../domain/engine/engine'
import { asRuns, batchesOf, recordAnswer, recordFailure, toBackupSeries } from './backup-series'

const STEP = 15 * 60_000
const job = { dataSourceId: 'ds-1', path: 'SQL01\\MSSQLSERVER\\Sales', kind: 'synchronization' as const }
const at = (slot: number) => slot * STEP

describe('the agent API series of the engine requests', () => {
  it('asks a day of synchronizations as one series, the first one asked apart and an admin job apart', () => {
    const missing: BackupJobRequest[] = [
      { ...job, at: at(0) },
      { ...job, at: at(1), every: STEP, count: 10 },
      { ...job, at: at(11) },
      { ...job, at: at(12), every: STEP, count: 5 },
      { ...job, at: at(3), job: 'job-7' },
      { ...job, kind: 'express-full', at: at(11) },
    ]
    expect(asRuns(missing).map(toBackupSeries)).toEqual([
      { path: job.path, kind: 'synchronization', at: [0], every: STEP, count: 17 },
      { path: job.path, kind: 'synchronization', at: [at(3)], job: 'job-7' },
      { path: job.path, kind: 'express-full', at: [at(11)] },
    ])
  })

  it('sends at most the largest batch of jobs per request, cutting a longer run', () => {
    const batches = batchesOf(
      [
        { ...job, at: 0, every: STEP, count: 7 },
        { ...job, at: at(20) },
      ],
      3,
    )
    expect(batches.map((batch) => batch.map((one) => [one.at, one.count]))).toEqual([
      [[0, 3]],
      [[at(3), 3]],
      [
        [at(6), 1],
        [at(20), undefined],
      ],
    ])
  })

  it('records each job of a series: its figures, its failure, or no answer', () => {
    const results = new BackupResults()
    const run = { ...job, at: 0, every: STEP, count: 4 }
    const error = { code: 'AgentError', message: 'injected' }
    recordAnswer(
      run,
      { failed: [{ index: 1, error }], dataTransferredMb: [1.5, 2.5], durationSec: [60, 70] },
      results,
    )
    const outcome = (time: number) => results.find(job.dataSourceId, job.path, job.kind, time)
    expect(outcome(0)).toEqual({ ok: true, dataTransferredMb: 1.5, durationSec: 60 })
    expect(outcome(at(1))).toEqual({ ok: false, error })
    expect(outcome(at(2))).toEqual({ ok: true, dataTransferredMb: 2.5, durationSec: 70 })
    expect(outcome(at(3))).toMatchObject({ ok: false, error: { code: 'NoAnswer' } })
    recordAnswer({ ...job, at: at(9) }, undefined, results)
    expect(outcome(at(9))).toMatchObject({ ok: false, error: { code: 'NoAnswer' } })
  })

  it('fails every job of a request the agent API refused, a run as a single job', () => {
    const results = new BackupResults()
    const error = { code: 'AgentUnreachable', message: 'The agent API could not be reached.' }
    recordFailure({ ...job, at: 0, every: STEP, count: 3 }, error, results)
    recordFailure({ ...job, at: at(5) }, error, results)
    const outcome = (time: number) => results.find(job.dataSourceId, job.path, job.kind, time)
    expect([0, 1, 2, 5].map((slot) => outcome(at(slot)))).toEqual(Array(4).fill({ ok: false, error }))
    expect(outcome(at(3))).toBeUndefined()
  })
})
