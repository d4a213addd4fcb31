// Export state / Import state against the real mock agents (msw/node): a round trip brings the DPM server,
// the estate and the clock back exactly; a bad file is refused with a clear message and changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getDatabaseFacts } from '../agent-api/agents'
import { SALES_DB as SALES } from '../agent-api/demo-estate'
import { getLabEstate, getLabWorldRecord, mirroringOperation } from '../agent-api/lab'
import { DEFAULT_POLICY } from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { clockStore, DEFAULT_START, setClockMode } from '../sim-clock/clock'
import { advanceClock } from './scheduler'
import { getServer, updateServer } from './server-store'
import {
  checkStateFile,
  exportState,
  importState,
  importStateKeepingCurrent,
  MAX_STATE_FILE_BYTES,
  STATE_FILE_FORMAT,
  type StateFile,
} from './state-transfer'
import { resetDpmWorld } from './world-reset'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetMockEstate('default')
  resetDpmWorld(DEFAULT_START)
})
afterAll(() => mockAgentsServer.close())

async function protectSalesAndFailOver(): Promise<void> {
  const facts = (await getDatabaseFacts([SALES])).databases[0]?.facts
  if (!facts?.mirroring) throw new Error('SalesDB is not mirrored in the default preset')
  const mirrorCopy = `${facts.mirroring.partnerInstance}\\SalesDB`
  updateServer(
    (state) =>
      createProtectionGroup(
        state,
        {
          name: 'Sales',
          policy: DEFAULT_POLICY,
          autoProtectInstances: [],
          members: [
            {
              path: SALES,
              sizeMb: facts.sizeMb,
              logSizeMb: facts.logSizeMb,
              recoveryModel: facts.recoveryModel,
              readOnly: facts.readOnly,
              mirror: { sessionId: facts.mirroring?.sessionId ?? '', partners: [SALES, mirrorCopy] },
            },
          ],
        },
        DEFAULT_START,
      ).state,
  )
  await advanceClock(60)
  await mirroringOperation('failover', SALES)
  await advanceClock(45)
}

const roundTrip = (file: StateFile) => checkStateFile(JSON.stringify(file))

describe('Export state / Import state', () => {
  it('brings back the DPM server state, the estate and the clock exactly', async () => {
    await protectSalesAndFailOver()
    setClockMode('manual', 600)
    const exported = await exportState()
    const before = { server: getServer(), clock: clockStore.getState(), estate: await getLabEstate() }
    expect(before.server.recoveryPoints.length).toBeGreaterThan(0)

    resetMockEstate('empty')
    resetDpmWorld(DEFAULT_START + 86_400_000)
    setClockMode('running', 1)

    await importState(roundTrip(exported))
    expect(getServer()).toEqual(before.server)
    expect(clockStore.getState()).toEqual(before.clock)
    expect(await getLabEstate()).toEqual(before.estate)
    expect(await getLabWorldRecord()).toEqual(exported.estate)
  })

  it('keeps the world an import replaces, and importing it back undoes the import exactly', async () => {
    await protectSalesAndFailOver()
    const file = await exportState()
    resetMockEstate('empty')
    resetDpmWorld(DEFAULT_START + 86_400_000)
    const before = { server: getServer(), clock: clockStore.getState(), estate: await getLabWorldRecord() }

    const replaced = await importStateKeepingCurrent(roundTrip(file))
    expect(getServer().recoveryPoints.length).toBeGreaterThan(0)
    if (!('kept' in replaced)) throw new Error(`the world was not kept: ${replaced.notKept}`)
    await importState(replaced.kept)
    expect(getServer()).toEqual(before.server)
    expect(clockStore.getState()).toEqual(before.clock)
    expect(await getLabWorldRecord()).toEqual(before.estate)
  })

  const refusals: [string, (file: StateFile) => string][] = [
    ['not JSON', () => '{"format":'],
    ['another kind of file', (file) => JSON.stringify({ ...file, format: 'something-else' })],
    ['a newer file version', (file) => JSON.stringify({ ...file, version: 9 })],
    [
      'a damaged DPM server state',
      (file) => JSON.stringify({ ...file, server: { version: 2, state: { groups: [] } } }),
    ],
    ['a clock without a time', (file) => JSON.stringify({ ...file, clock: { ...file.clock, now: 'noon' } })],
  ]
  it.each([
    ['a clock far in the future', (file: StateFile) => ({ ...file, clock: { ...file.clock, now: 1e16 } })],
    [
      'an estate time out of range',
      (file: StateFile) => ({ ...file, estate: { ...file.estate, startedAt: -1 } }),
    ],
  ])('refuses %s, which no screen could show', async (_, make) => {
    const file = await exportState()
    expect(() => checkStateFile(JSON.stringify(make(file)))).toThrow(
      /^The (clock|estate) in the file.* is outside the simulated clock's range/,
    )
  })

  it('refuses a server state whose ids clash or whose group names the wizard would refuse', async () => {
    await protectSalesAndFailOver()
    const file = await exportState()
    const state = file.server.state as {
      jobs: unknown[]
      nextId: number
      groups: Record<string, { name: string }>
    }
    const duplicate = { ...state, jobs: [...state.jobs, state.jobs[0]] }
    expect(() =>
      checkStateFile(JSON.stringify({ ...file, server: { version: 2, state: duplicate } })),
    ).toThrow(/^The DPM server state in the file cannot be used: the id "job-\d+" is used twice\.$/)
    const lowCounter = { ...state, nextId: 1 }
    expect(() =>
      checkStateFile(JSON.stringify({ ...file, server: { version: 2, state: lowCounter } })),
    ).toThrow(/the id "pg-\d+" is not below the next id, 1/)
    const groups = Object.fromEntries(
      Object.entries(state.groups).map(([id, group]) => [id, { ...group, name: 'Sales (old)' }]),
    )
    expect(() =>
      checkStateFile(JSON.stringify({ ...file, server: { version: 2, state: { ...state, groups } } })),
    ).toThrow(/protection group "Sales \(old\)": The protection group name cannot contain the characters/)
  })

  it('refuses a file larger than the limit before reading it', () => {
    expect(() => checkStateFile(' '.repeat(MAX_STATE_FILE_BYTES + 1))).toThrow(
      'The file has 8.0 MB; Import state reads files of up to 8.0 MB.',
    )
  })

  it.each(refusals)('refuses %s with a message that says what is wrong', async (_, make) => {
    const file = await exportState()
    expect(() => checkStateFile(make(file))).toThrow(/^The (file|DPM server state in the file)/)
  })

  it('names the place a file is wrong', async () => {
    const file = await exportState()
    expect(() =>
      checkStateFile(JSON.stringify({ ...file, server: { version: 2, state: { groups: [] } } })),
    ).toThrow('The DPM server state in the file cannot be read: groups: ')
    expect(() => checkStateFile(JSON.stringify({ ...file, format: 'x' }))).toThrow(
      `The file is not a DPM Console state file: format: expected "format": "${STATE_FILE_FORMAT}".`,
    )
  })

  it('changes nothing when the estate in the file does not replay', async () => {
    await protectSalesAndFailOver()
    const file = await exportState()
    const broken = {
      ...file,
      estate: {
        ...file.estate,
        log: [{ at: DEFAULT_START, operation: { kind: 'failover', db: 'NOWHERE\\MSSQLSERVER\\GhostDB' } }],
      },
    }
    const before = { server: getServer(), clock: clockStore.getState(), estate: await getLabEstate() }
    await expect(importState(roundTrip(broken))).rejects.toThrow(/does not replay: operation 1 \(failover\)/)
    expect(getServer()).toBe(before.server)
    expect(clockStore.getState()).toEqual(before.clock)
    expect(await getLabEstate()).toEqual(before.estate)
  })
})
