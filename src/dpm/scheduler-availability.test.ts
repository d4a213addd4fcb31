// The scheduler against the mock agents (msw/node) for AG-Orders of the default estate: the engine reads the
// copies on every replica through the agent API and backs up where the group's backup preference says, a
// failover goes on without a check, and "Secondary only" with only the primary online fails with its alert.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getDatabaseFacts } from '../agent-api/agents'
import { AG_ORDERS, AG_ORDERS_COPIES } from '../agent-api/demo-estate'
import { type AvailabilityGroupOperation, availabilityGroupOperation } from '../agent-api/lab'
import { isActive } from '../domain/engine/alerts'
import { DEFAULT_POLICY, type Job } from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { DEFAULT_START, simNow } from '../sim-clock/clock'
import { advanceClock } from './scheduler'
import { getServer, updateServer } from './server-store'
import { resetDpmWorld } from './world-reset'

const [ORDERS_AG01, ORDERS_AG02, ORDERS_AG03] = AG_ORDERS_COPIES

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetMockEstate('default')
  resetDpmWorld(DEFAULT_START)
})
afterEach(() => mockAgentsServer.resetHandlers())
afterAll(() => mockAgentsServer.close())

/** OrdersDB protected as the wizard does: the primary's copy, as a database of AG-Orders. */
async function protectOrders(): Promise<void> {
  const facts = (await getDatabaseFacts([ORDERS_AG01])).databases[0]?.facts
  if (!facts?.availabilityGroup) throw new Error('OrdersDB is not a database of an availability group')
  const member = {
    path: facts.path,
    sizeMb: facts.sizeMb,
    logSizeMb: facts.logSizeMb,
    recoveryModel: facts.recoveryModel,
    readOnly: facts.readOnly,
    availability: { group: AG_ORDERS, cluster: facts.availabilityGroup.cluster, database: facts.name },
  }
  updateServer(
    (state) =>
      createProtectionGroup(
        state,
        { name: 'Orders', members: [member], autoProtectInstances: [], policy: DEFAULT_POLICY },
        simNow(),
      ).state,
  )
}

const lab = async (operation: AvailabilityGroupOperation) => {
  await availabilityGroupOperation(operation)
}
const finishedSince = (time: number): Job[] =>
  getServer().jobs.filter(
    (job) => (job.status === 'completed' || job.status === 'failed') && (job.startedAt ?? 0) >= time,
  )
const activeAlerts = () => getServer().alerts.filter(isActive)

describe('AG-Orders through the agent API', () => {
  it('backs up on SQL-AG02, and goes on from SQL-AG03 when the primary fails: no check, no alert', async () => {
    await protectOrders()
    await advanceClock(35)
    expect(
      finishedSince(DEFAULT_START).map((job) => [job.type, job.status, job.source, job.computer]),
    ).toEqual([
      ['replica-creation', 'completed', ORDERS_AG02, 'SQL-AG02'],
      ['synchronization', 'completed', ORDERS_AG02, 'SQL-AG02'],
      ['synchronization', 'completed', ORDERS_AG02, 'SQL-AG02'],
    ])

    await lab({ path: 'primary-fails', body: { ag: AG_ORDERS } })
    const failedAt = simNow()
    await advanceClock(30)
    // SQL-AG02 took over as the primary: Prefer secondary chooses SQL-AG03, the secondary still online.
    const after = finishedSince(failedAt)
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((job) => job.status === 'completed' && job.computer === 'SQL-AG03')).toBe(true)
    expect(after.some((job) => job.type === 'consistency-check')).toBe(false)
    expect(activeAlerts()).toEqual([])
    const points = getServer()
      .recoveryPoints.toArray()
      .map((point) => point.replica)
    expect(points.at(0)).toBe(ORDERS_AG02)
    expect(points.at(-1)).toBe(ORDERS_AG03)
  })

  it('Secondary only with only the primary online: the backup fails with its alert, then goes on once healed', async () => {
    await protectOrders()
    await advanceClock(10)
    await lab({ path: 'backup-preference', body: { ag: AG_ORDERS, preference: 'SECONDARY_ONLY' } })
    await lab({ path: 'replica-offline', body: { ag: AG_ORDERS, replica: 'SQL-AG02' } })
    await lab({ path: 'replica-offline', body: { ag: AG_ORDERS, replica: 'SQL-AG03' } })
    await advanceClock(10)
    expect(finishedSince(DEFAULT_START).at(-1)).toMatchObject({ type: 'synchronization', status: 'failed' })
    const [alert] = activeAlerts()
    expect(alert?.title).toBe('No availability group replica can be backed up')
    expect(alert?.description).toContain('Secondary only')

    await lab({ path: 'replica-online', body: { ag: AG_ORDERS, replica: 'SQL-AG02' } })
    await lab({ path: 'backup-preference', body: { ag: AG_ORDERS, preference: 'SECONDARY' } })
    await advanceClock(15)
    expect(finishedSince(DEFAULT_START).at(-1)).toMatchObject({ status: 'completed', computer: 'SQL-AG02' })
    expect(activeAlerts()).toEqual([])
  })
})
