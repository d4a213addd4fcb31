// The limits of a simulated world: the range its clock may show, how far one advance may move it, and the
// checks an imported or stored world must pass before it replaces the one in the console. A world outside
// them would break a screen on every load (a clock of 1e16 is past what a date can show) or let the next
// new record take the id of an existing one.
import type { SimTime } from '../estate/estate'
import { validateGroupName } from '../protection/group-name'
import type { DpmServerState } from '../protection/protection'
import { DAY_MS, formatUtc, MINUTE_MS } from './time'

/** The simulated clock stays within 2000-01-01 and 2100-01-01 (UTC). */
export const EARLIEST_SIM_TIME = Date.UTC(2000, 0, 1)
export const LATEST_SIM_TIME = Date.UTC(2100, 0, 1)

/** One advance (window.dpmLab.advance, the lab's jumps, Run to the next job) moves at most one simulated year. */
export const MAX_ADVANCE_DAYS = 365
export const MAX_ADVANCE_MINUTES = MAX_ADVANCE_DAYS * (DAY_MS / MINUTE_MS)

/** Why `time` cannot be the simulated time, or undefined when it can. */
export function simTimeProblem(time: number): string | undefined {
  if (!Number.isFinite(time)) return 'it is not a number of milliseconds'
  if (time < EARLIEST_SIM_TIME || time > LATEST_SIM_TIME) {
    return `it is outside the simulated clock's range, ${formatUtc(EARLIEST_SIM_TIME)} to ${formatUtc(LATEST_SIM_TIME)}`
  }
  return undefined
}

// YYYY-MM-DDTHH:MM, optional seconds and fraction, then Z or an offset: what ISO 8601 calls a date-time
// with a time zone. Date.parse alone takes "1" (the year 2001) and local times that differ per machine.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/

/** The time an ISO 8601 date-time with a time zone names (`2026-01-05T09:00:00Z`), or an Error saying why not. */
export function parseSimTimeText(text: string): SimTime | Error {
  const time = isoDateTime(text)
  if (time === undefined) {
    return new Error(
      `"${text}" is not an ISO 8601 date and time with a time zone, such as 2026-01-05T09:00:00Z`,
    )
  }
  const problem = simTimeProblem(time)
  return problem ? new Error(`"${text}" cannot be the simulated time: ${problem}`) : time
}

function isoDateTime(text: string): SimTime | undefined {
  const match = ISO_DATE_TIME.exec(text)
  if (!match) return undefined
  const [year, month, day, hours, minutes, seconds = 0] = match.slice(1, 7).map((field) => Number(field ?? 0))
  const [fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] = match.slice(7)
  if (year === undefined || month === undefined || day === undefined) return undefined
  if (hours === undefined || minutes === undefined) return undefined
  // Each field within its range: Date.UTC would roll 2026-02-30 over into March.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * (sign === '-' ? -1 : 1)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined
  if (hours > 23 || minutes > 59 || seconds > 59 || Math.abs(offset) > 18 * 60) return undefined
  const milliseconds = Math.floor(Number(`0${fraction}`) * 1000)
  return Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds) - offset * MINUTE_MS
}

/** Why the clock cannot move from `now` to `target` in one advance, or undefined when it can. */
export function advanceProblem(now: SimTime, target: SimTime): string | undefined {
  if (target - now > MAX_ADVANCE_MINUTES * MINUTE_MS) {
    return `One advance moves the simulated clock at most ${MAX_ADVANCE_DAYS} days (${MAX_ADVANCE_MINUTES} minutes); advance in several steps.`
  }
  if (target > LATEST_SIM_TIME) {
    return `The simulated clock cannot go past ${formatUtc(LATEST_SIM_TIME)}.`
  }
  return undefined
}

/** Whether the DPM server remembers anything that happened: moving its clock back would put it in the future. */
export const serverHasHistory = (state: DpmServerState): boolean =>
  Object.keys(state.groups).length > 0 ||
  Object.keys(state.dataSources).length > 0 ||
  state.jobs.length > 0 ||
  state.alerts.length > 0 ||
  state.recoveryPoints.length > 0

/** The first recovery point whose time is outside the clock's range, read from the columns (a million a week). */
function badRecoveryPointTime(state: DpmServerState): [string, number] | undefined {
  for (const series of state.recoveryPoints.series()) {
    for (let index = 0; index < series.length; index++) {
      const at = series.atOf(index)
      if (simTimeProblem(at) === undefined) continue
      const { dataSourceId } = series
      return [`a recovery point of "${state.dataSources[dataSourceId]?.path ?? dataSourceId}"`, at]
    }
  }
  return undefined
}

// Ids the counter gave out (pg-3, ds-4, job-5, alert-6); the engine's scheduled jobs carry their time instead.
const ID_NUMBER = /^[a-z]+-(\d+)$/

/**
 * What makes a DPM server state unfit to replace the console's (an imported file): ids that are not unique or
 * not below the id counter (the next new record would take an existing one's id), records filed under
 * another id, members of a group that is not there, times outside the clock's range (the first one), disks
 * of the storage pool that share a name, and group names the wizard would refuse.
 */
export function serverStateProblems(state: DpmServerState): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const records: [string, { id: string }][] = [
    ...Object.entries(state.groups),
    ...Object.entries(state.dataSources),
    ...state.jobs.map((job): [string, { id: string }] => [job.id, job]),
    ...state.alerts.map((alert): [string, { id: string }] => [alert.id, alert]),
  ]
  for (const [key, record] of records) {
    if (key !== record.id) problems.push(`the record filed under "${key}" has the id "${record.id}"`)
    if (seen.has(record.id)) problems.push(`the id "${record.id}" is used twice`)
    seen.add(record.id)
    const number = ID_NUMBER.exec(record.id)
    if (number && Number(number[1]) >= state.nextId) {
      problems.push(`the id "${record.id}" is not below the next id, ${state.nextId}`)
    }
  }
  for (const dataSource of Object.values(state.dataSources)) {
    if (dataSource.groupId !== undefined && !state.groups[dataSource.groupId]) {
      problems.push(`the data source "${dataSource.path}" belongs to a protection group that is not there`)
    }
  }
  const times: [string, number][] = [
    ...Object.values(state.groups).map((g): [string, number] => [
      `protection group "${g.name}"`,
      g.createdAt,
    ]),
    ...state.jobs.map((job): [string, number] => [`job "${job.id}"`, job.scheduledAt]),
    ...state.alerts.map((alert): [string, number] => [`alert "${alert.id}"`, alert.raisedAt]),
  ]
  const badTime = times.find(([, time]) => simTimeProblem(time) !== undefined) ?? badRecoveryPointTime(state)
  if (badTime) problems.push(`the time of ${badTime[0]}, ${badTime[1]}: ${simTimeProblem(badTime[1])}`)
  // Management > Disks tells the disks of the storage pool apart by name (Windows' disk names ignore case).
  const diskNames = new Set<string>()
  for (const disk of state.disks ?? []) {
    const name = disk.name.toLowerCase()
    if (diskNames.has(name)) problems.push(`the disk name "${disk.name}" is used twice`)
    diskNames.add(name)
  }
  const groups = Object.values(state.groups)
  for (const group of groups) {
    for (const problem of validateGroupName(group.name, groups, group.id)) {
      problems.push(`protection group "${group.name}": ${problem.message}`)
    }
  }
  return problems
}
