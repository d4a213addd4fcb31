import { describe, expect, it } from 'vitest'
import { backupSeriesSchema, backupsResponse, seriesTimes } from './schemas'

const answer = (changes: Record<string, unknown>) => ({
  series: [{ failed: [], dataTransferredMb: [1.5, 2], durationSec: [60, 90], ...changes }],
})
const issuesOf = (value: unknown) =>
  backupsResponse.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)

describe('the backups API: series and their answers', () => {
  it('reads an answer whose figures are columns of numbers', () => {
    expect(backupsResponse.parse(answer({}))).toEqual(answer({}))
  })

  it('refuses a column with anything but finite numbers, and says which', () => {
    expect(issuesOf(answer({ dataTransferredMb: [1, '2'] }))).toEqual([
      'series.0.dataTransferredMb: Expected an array of numbers.',
    ])
    expect(issuesOf(answer({ durationSec: [60, null] }))).toEqual([
      'series.0.durationSec: Expected an array of numbers.',
    ])
    expect(issuesOf(answer({ durationSec: 60 }))).toHaveLength(1)
    expect(issuesOf(answer({ dataTransferredMb: [Number.POSITIVE_INFINITY] }))).toHaveLength(1)
  })

  it('gives a regular series’ times from its first one, `every` and `count`', () => {
    const series = backupSeriesSchema.parse({
      path: 'SQL-STD01\\MSSQLSERVER\\HRDB',
      kind: 'synchronization',
      at: [1_000],
      every: 900_000,
      count: 3,
    })
    expect(seriesTimes(series)).toEqual([1_000, 901_000, 1_801_000])
    expect(backupSeriesSchema.safeParse({ ...series, at: [1, 'x'] }).success).toBe(false)
  })
})
