import { expect, it } from 'vitest'
import { splitDatabasePath } from '../estate/estate'
import type { Job } from '../protection/protection'
import { computerOf, jobRow, type StartedRun, startedRow } from './job-rows'

it('reads the computer of a path as splitDatabasePath does', () => {
  for (const path of [
    'SQL01\\MSSQLSERVER\\SalesDB',
    'SQL01\\INST\\Db\\With\\Slashes',
    'SQL01',
    '',
    '\\I\\D',
  ]) {
    expect(computerOf(path)).toBe(splitDatabasePath(path).computer)
  }
})

const SCHEDULED: Job = {
  id: 'job-ds-1-synchronization-900000',
  type: 'synchronization',
  dataSourceId: 'ds-1',
  source: 'SQL01\\MSSQLSERVER\\SalesDB',
  computer: 'SQL01',
  groupName: 'Sales',
  status: 'scheduled',
  scheduledAt: 900_000,
  trigger: 'schedule',
}
const STARTED: StartedRun = {
  source: 'SQL02\\MSSQLSERVER\\SalesDB',
  computer: 'SQL02',
  startedAt: 960_000,
  dueEndAt: 1_080_000,
  dataTransferredMb: 12.5,
}

it('writes a started row as the spread of the job and its start, every row with the same fields in one order', () => {
  const running = startedRow(SCHEDULED, STARTED, 'in-progress')
  expect(running).toEqual({ ...SCHEDULED, ...STARTED, status: 'in-progress' })
  const completed = startedRow(running, running, 'completed', 1_080_000)
  expect(completed).toEqual({ ...running, status: 'completed', endedAt: 1_080_000, dueEndAt: undefined })
  expect(startedRow(SCHEDULED, STARTED, 'completed', 1_080_000)).toEqual(completed)
  const order = Object.keys(jobRow(SCHEDULED))
  for (const row of [running, completed]) expect(Object.keys(row)).toEqual(order)
})
