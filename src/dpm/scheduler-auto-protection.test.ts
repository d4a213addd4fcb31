// The daily auto protection job, run by the scheduler against the real mock agents (msw/node): a database
// created on an instance selected as a whole is protected after the next midnight; one mirrored onto a
// computer without an agent is not, and says why.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getDatabaseFacts } from '../agent-api/agents'
import { STD01_INSTANCE as STD01 } from '../agent-api/demo-estate'
import { createLabDatabase, establishMirroring } from '../agent-api/lab'
import { isActive } from '../domain/engine/alerts'
import { DEFAULT_POLICY } from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { DEFAULT_START, simNow } from '../sim-clock/clock'
import { advanceClock } from './scheduler'
import { getServer, updateServer } from './server-store'
import { resetDpmWorld } from './world-reset'

const HR = `${STD01}\\HRDB`
const NEW_DB = `${STD01}\\OrdersDB`
/** DEFAULT_START is 09:00: the auto protection job runs 15 hours later, at 00:00. */
const TO_MIDNIGHT_MINUTES = 15 * 60

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetMockEstate('default')
  resetDpmWorld(DEFAULT_START)
})
afterAll(() => mockAgentsServer.close())

/** HRDB protected, with SQL-STD01's default instance selected as a whole (auto protection). */
async function protectStd01(autoProtectInstances = [STD01]): Promise<void> {
  const facts = (await getDatabaseFacts([HR])).databases[0]?.facts
  if (!facts) throw new Error('HRDB is not in the default estate')
  updateServer(
    (state) =>
      createProtectionGroup(
        state,
        { name: 'Std', members: [facts], autoProtectInstances, policy: DEFAULT_POLICY },
        simNow(),
      ).state,
  )
  await advanceClock(0)
}

const dataSourceOf = (path: string) => Object.values(getServer().dataSources).find((ds) => ds.path === path)
const autoJobs = () => getServer().jobs.filter((job) => job.type === 'auto-protection')

describe('the daily auto protection job', () => {
  it('adds a new database of an auto-protected instance at 00:00 and creates its replica', async () => {
    await protectStd01()
    await createLabDatabase(STD01, 'OrdersDB')
    await advanceClock(TO_MIDNIGHT_MINUTES - 1)
    expect(dataSourceOf(NEW_DB)).toBeUndefined()
    expect(autoJobs()).toEqual([])

    await advanceClock(2)
    const added = dataSourceOf(NEW_DB)
    expect(added).toMatchObject({ groupId: dataSourceOf(HR)?.groupId, replica: 'ok' })
    expect(autoJobs()).toEqual([
      expect.objectContaining({
        source: STD01,
        groupName: 'Std',
        status: 'completed',
        startedAt: DEFAULT_START + TO_MIDNIGHT_MINUTES * 60_000,
      }),
    ])
    expect(getServer().jobs).toContainEqual(
      expect.objectContaining({ type: 'replica-creation', dataSourceId: added?.id, status: 'completed' }),
    )
  })

  it('runs once a night, whichever steps the clock takes', async () => {
    await protectStd01()
    for (let i = 0; i < 4; i++) await advanceClock(12 * 60)
    expect(autoJobs().map((job) => new Date(job.scheduledAt).toISOString())).toEqual([
      '2026-01-06T00:00:00.000Z',
      '2026-01-07T00:00:00.000Z',
    ])
  })

  it('reads the instances once per run: the estate stays as it is while one run moves the clock', async () => {
    await protectStd01()
    const reads: string[] = []
    const count = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/instances')) reads.push(request.url)
    }
    mockAgentsServer.events.on('request:start', count)
    try {
      await advanceClock(3 * 24 * 60)
      expect(autoJobs()).toHaveLength(3)
      expect(reads).toHaveLength(1)
      await advanceClock(24 * 60)
      expect(autoJobs()).toHaveLength(4)
      expect(reads).toHaveLength(2)
    } finally {
      mockAgentsServer.events.removeListener('request:start', count)
    }
  })

  it('adds nothing for a group without auto-protected instances', async () => {
    await protectStd01([])
    await createLabDatabase(STD01, 'OrdersDB')
    await advanceClock(24 * 60)
    expect(dataSourceOf(NEW_DB)).toBeUndefined()
    expect(autoJobs()).toEqual([])
  })

  it('raises Auto protection failed for a new database mirrored onto a computer without an agent', async () => {
    await protectStd01()
    await createLabDatabase(STD01, 'OrdersDB')
    await establishMirroring(NEW_DB, 'SQL-NOAGENT01\\MSSQLSERVER')
    await advanceClock(24 * 60)
    expect(dataSourceOf(NEW_DB)).toBeUndefined()
    expect(autoJobs()).toEqual([expect.objectContaining({ status: 'failed' })])
    expect(getServer().alerts.filter(isActive)).toContainEqual(
      expect.objectContaining({
        title: 'Auto protection failed',
        source: NEW_DB,
        groupName: 'Std',
        description: expect.stringContaining('Install the DPM protection agent on SQL-NOAGENT01'),
      }),
    )
  })
})
