import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, type DpmServerState, EMPTY_SERVER_STATE } from '../protection/protection'
import { createProtectionGroup } from '../protection/protection-groups'
import { RecoveryPoints } from '../protection/recovery-points'
import { DAY_MS, MINUTE_MS } from './time'
import {
  advanceProblem,
  LATEST_SIM_TIME,
  MAX_ADVANCE_MINUTES,
  parseSimTimeText,
  serverHasHistory,
  serverStateProblems,
  simTimeProblem,
} from './world-limits'

const START = Date.parse('2026-01-05T09:00:00Z')

const withGroup = (state: DpmServerState, name: string) =>
  createProtectionGroup(
    state,
    {
      name,
      policy: DEFAULT_POLICY,
      autoProtectInstances: [],
      members: [
        {
          path: `SQL-STD01\\MSSQLSERVER\\${name}DB`,
          sizeMb: 100,
          logSizeMb: 10,
          recoveryModel: 'FULL',
          readOnly: false,
        },
      ],
    },
    START,
  ).state

describe('the simulated time in an address (?at=)', () => {
  it.each([
    ['2026-01-05T09:00:00Z', START],
    ['2026-01-05T09:00Z', START],
    ['2026-01-05T10:00:00.000+01:00', START],
    ['2026-02-28T23:59:59Z', Date.parse('2026-02-28T23:59:59Z')],
  ])('takes the ISO 8601 date-time %s', (text, time) => {
    expect(parseSimTimeText(text)).toBe(time)
  })

  it.each([
    '1',
    '2026',
    '2026-01-05',
    '2026-01-05 09:00',
    '2026-01-05T09:00:00',
    'Mon, 05 Jan 2026 09:00:00 GMT',
    '2026-02-30T09:00:00Z',
    '2026-13-01T09:00:00Z',
    '2026-01-05T24:00:00Z',
    ' 2026-01-05T09:00:00Z',
  ])('refuses "%s", which is not one', (text) => {
    expect(parseSimTimeText(text)).toEqual(
      new Error(`"${text}" is not an ISO 8601 date and time with a time zone, such as 2026-01-05T09:00:00Z`),
    )
  })

  it('refuses a time outside the clock range', () => {
    expect(String(parseSimTimeText('2300-01-01T00:00:00Z'))).toContain("outside the simulated clock's range")
    expect(String(parseSimTimeText('1999-12-31T23:59:59Z'))).toContain("outside the simulated clock's range")
  })
})

describe('the clock range', () => {
  it('takes the times of the range and refuses what lies outside or is no number', () => {
    expect(simTimeProblem(START)).toBeUndefined()
    expect(simTimeProblem(LATEST_SIM_TIME)).toBeUndefined()
    expect(simTimeProblem(1e16)).toMatch(/outside the simulated clock's range, 2000-01-01 00:00 UTC to 2100/)
    expect(simTimeProblem(1)).toMatch(/outside/)
    expect(simTimeProblem(Number.NaN)).toBe('it is not a number of milliseconds')
  })

  it('bounds one advance to a simulated year and the clock to its range', () => {
    expect(advanceProblem(START, START + MAX_ADVANCE_MINUTES * MINUTE_MS)).toBeUndefined()
    expect(advanceProblem(START, START + MAX_ADVANCE_MINUTES * MINUTE_MS + 1)).toMatch(
      /at most 365 days \(525600 minutes\)/,
    )
    expect(advanceProblem(LATEST_SIM_TIME - DAY_MS, LATEST_SIM_TIME + 1)).toMatch(/cannot go past 2100/)
  })
})

describe('a DPM server state that replaces the console', () => {
  it('passes when the wizard made it', () => {
    const state = withGroup(withGroup(EMPTY_SERVER_STATE, 'Sales'), 'HR')
    expect(serverStateProblems(state)).toEqual([])
    expect(serverHasHistory(state)).toBe(true)
    expect(serverHasHistory(EMPTY_SERVER_STATE)).toBe(false)
  })

  it('refuses ids that are used twice or not below the next id', () => {
    const state = withGroup(EMPTY_SERVER_STATE, 'Sales')
    const [job] = state.jobs
    if (!job) throw new Error('creating a group schedules a job')
    expect(serverStateProblems({ ...state, jobs: [job, job] })).toEqual([`the id "${job.id}" is used twice`])
    expect(serverStateProblems({ ...state, nextId: 2 })).toContain(
      `the id "${job.id}" is not below the next id, 2`,
    )
  })

  it('refuses a record filed under another id and a member of a missing group', () => {
    const state = withGroup(EMPTY_SERVER_STATE, 'Sales')
    const [groupId, group] = Object.entries(state.groups)[0] ?? []
    if (!groupId || !group) throw new Error('a group was created')
    expect(serverStateProblems({ ...state, groups: { 'pg-0': group } })).toEqual([
      `the record filed under "pg-0" has the id "${groupId}"`,
      'the data source "SQL-STD01\\MSSQLSERVER\\SalesDB" belongs to a protection group that is not there',
    ])
  })

  it('refuses a time outside the clock range', () => {
    const state = withGroup(EMPTY_SERVER_STATE, 'Sales')
    const jobs = state.jobs.map((job) => ({ ...job, scheduledAt: 1e16 }))
    expect(serverStateProblems({ ...state, jobs })).toEqual([
      `the time of job "${jobs[0]?.id}", 10000000000000000: it is outside the simulated clock's range, 2000-01-01 00:00 UTC to 2100-01-01 00:00 UTC`,
    ])
  })

  it('refuses a recovery point’s time outside the clock range, after the other records’ times', () => {
    const state = withGroup(EMPTY_SERVER_STATE, 'Sales')
    const [ds] = Object.values(state.dataSources)
    if (!ds) throw new Error('a data source was created')
    const recoveryPoints = RecoveryPoints.from([
      { dataSourceId: ds.id, at: 1e16, kind: 'synchronization', sizeMb: 1 },
    ])
    expect(serverStateProblems({ ...state, recoveryPoints })).toEqual([
      `the time of a recovery point of "${ds.path}", 10000000000000000: it is outside the simulated clock's range, 2000-01-01 00:00 UTC to 2100-01-01 00:00 UTC`,
    ])
    const jobs = state.jobs.map((job) => ({ ...job, scheduledAt: 1e16 }))
    expect(serverStateProblems({ ...state, jobs, recoveryPoints })[0]).toContain(`job "${jobs[0]?.id}"`)
  })

  it('refuses two disks of the storage pool with one name', () => {
    const state = withGroup(EMPTY_SERVER_STATE, 'Sales')
    const disks = [
      { name: 'Disk 1', sizeMb: 1_000 },
      { name: 'Disk 2', sizeMb: 2_000 },
    ]
    expect(serverStateProblems({ ...state, disks })).toEqual([])
    expect(serverStateProblems({ ...state, disks: [...disks, { name: 'disk 2', sizeMb: 500 }] })).toEqual([
      'the disk name "disk 2" is used twice',
    ])
  })

  it('refuses group names by the wizard rules', () => {
    const state = withGroup(withGroup(EMPTY_SERVER_STATE, 'Sales'), 'HR')
    const groups = Object.fromEntries(
      Object.entries(state.groups).map(([id, group]) => [id, { ...group, name: 'Sales' }]),
    )
    expect(serverStateProblems({ ...state, groups })).toEqual([
      'protection group "Sales": A protection group named "Sales" already exists on this DPM server.',
      'protection group "Sales": A protection group named "Sales" already exists on this DPM server.',
    ])
    const [id, group] = Object.entries(state.groups)[0] ?? []
    if (!id || !group) throw new Error('a group was created')
    expect(
      serverStateProblems({ ...state, groups: { ...state.groups, [id]: { ...group, name: 'a/b' } } }),
    ).toEqual([
      'protection group "a/b": The protection group name cannot contain the characters | / ( ) . (found: /).',
    ])
  })
})
