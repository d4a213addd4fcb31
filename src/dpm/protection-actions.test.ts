// The admin's actions through the scheduler against the mock agents: each resolves once the DPM state
// shows its outcome.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { getDatabaseFacts } from '../agent-api/agents'
import { SALES_DB as SALES, SALES_MIRROR_COPY as SALES_MIRROR } from '../agent-api/demo-estate'
import { mirroringOperation } from '../agent-api/lab'
import { isActive } from '../domain/engine/alerts'
import { DEFAULT_POLICY, type MemberSpec } from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { DEFAULT_START, simNow } from '../sim-clock/clock'
import {
  cancelJob,
  createRecoveryPoint,
  inactivateAlert,
  retryJob,
  runConsistencyCheck,
  stopProtectionOf,
} from './protection-actions'
import { advanceClock } from './scheduler'
import { getServer, updateServer } from './server-store'
import { resetDpmWorld } from './world-reset'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  resetMockEstate('default')
  resetDpmWorld(DEFAULT_START)
  const [principal] = (await getDatabaseFacts([SALES])).databases
  const facts = principal?.facts
  if (!facts?.mirroring) throw new Error('SalesDB is not mirrored in the default preset')
  const member: MemberSpec = {
    path: SALES,
    sizeMb: facts.sizeMb,
    logSizeMb: facts.logSizeMb,
    recoveryModel: facts.recoveryModel,
    readOnly: false,
    mirror: { sessionId: facts.mirroring.sessionId, partners: [SALES, SALES_MIRROR] },
  }
  updateServer(
    (state) =>
      createProtectionGroup(
        state,
        { name: 'Sales', members: [member], autoProtectInstances: [], policy: DEFAULT_POLICY },
        simNow(),
      ).state,
  )
  await advanceClock(60)
})
afterAll(() => mockAgentsServer.close())

const sales = () => {
  const ds = Object.values(getServer().dataSources)[0]
  if (!ds) throw new Error('no data source')
  return ds
}
const newestAdminJob = () =>
  getServer()
    .jobs.filter((job) => job.trigger === 'admin')
    .at(-1)
const activeAlerts = () => getServer().alerts.filter(isActive)

it('S7: an early backup is refused with "Consistency check required"; a manual check and a retry back it up', async () => {
  await mirroringOperation('principal-fails', SALES)
  await advanceClock(15)
  expect(sales().condition.kind).toBe('cc-scheduled')

  await createRecoveryPoint(sales().id, 'express-full')
  const refused = newestAdminJob()
  expect(refused).toMatchObject({ type: 'express-full', status: 'failed' })
  expect(activeAlerts().map((alert) => alert.type)).toEqual([
    'mirror-took-over',
    'consistency-check-required',
  ])

  await runConsistencyCheck(sales().id)
  expect(newestAdminJob()).toMatchObject({
    type: 'consistency-check',
    status: 'in-progress',
    source: SALES_MIRROR,
  })
  await retryJob(refused?.id ?? '')
  expect(newestAdminJob()).toMatchObject({ type: 'express-full', status: 'scheduled' }) // waits for the check
  await advanceClock(30)
  expect(getServer().jobs.find((job) => job.id === newestAdminJob()?.id)).toMatchObject({
    status: 'completed',
    source: SALES_MIRROR,
  })
  expect(activeAlerts()).toEqual([])
  expect(sales().mirror?.activePath).toBe(SALES_MIRROR)
})

it('cancels the scheduled synchronization: the next slot is planned', async () => {
  const row = getServer().jobs.find((job) => job.status === 'scheduled')
  await cancelJob(row?.id ?? '')
  expect(getServer().jobs.find((job) => job.id === row?.id)?.status).toBe('canceled')
  const next = getServer().jobs.find((job) => job.status === 'scheduled')
  expect(next?.scheduledAt).toBe((row?.scheduledAt ?? 0) + 15 * 60_000)
})

it('stops protection retaining the replica, and inactivates an alert', async () => {
  await mirroringOperation('break', SALES)
  await advanceClock(15)
  const [alert] = activeAlerts()
  expect(alert?.type).toBe('mirror-broken')
  await inactivateAlert(alert?.id ?? '')
  expect(activeAlerts()).toEqual([])
  const points = getServer().recoveryPoints.length
  await stopProtectionOf([sales().id], 'retain')
  expect(sales().groupId).toBeUndefined()
  expect(getServer().recoveryPoints).toHaveLength(points)
  expect(getServer().jobs.filter((job) => job.status === 'scheduled')).toEqual([])
})

it('rejects bad input with a clear message and changes nothing', async () => {
  const before = getServer()
  await expect(runConsistencyCheck('ds-unknown')).rejects.toThrow('no longer exists')
  await expect(stopProtectionOf(['ds-unknown'], 'delete')).rejects.toThrow('no longer on this DPM server')
  await expect(inactivateAlert('alert-unknown')).rejects.toThrow('no longer exists')
  expect(getServer()).toBe(before)
})
