// The scale the issue sets: 7 simulated days of 200 protected databases synchronizing every 15 minutes
// (about 135,000 jobs) in a handful of agent requests. Prints the figures; the bound is loose because this
// test shares its machine with others, but a per-job round trip or a quadratic replay would break it.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { searchDatabases } from '../agent-api/agents'
import { DEFAULT_POLICY, type MemberSpec } from '../domain/protection'
import { createProtectionGroup } from '../domain/protection-groups'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { DEFAULT_START, simNow } from '../sim-clock/clock'
import { advanceClock } from './scheduler'
import { getServer, updateServer } from './server-store'
import { resetDpmWorld } from './world-reset'

const requests: string[] = []
beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  mockAgentsServer.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url).pathname)
  })
})
afterAll(() => mockAgentsServer.close())

it('advances 7 days of 200 databases at 15-minute synchronization in a handful of requests', async () => {
  resetMockEstate('large', { computers: 120, databases: 600, sessions: 0, seed: 7 })
  resetDpmWorld(DEFAULT_START)
  const found = await searchDatabases('', 5000)
  const members: MemberSpec[] = found.databases
    .filter((db) => db.recoveryModel === 'FULL' && db.state === 'ONLINE')
    .slice(0, 200)
    .map((db) => ({
      path: db.path,
      sizeMb: db.sizeMb,
      logSizeMb: db.logSizeMb,
      recoveryModel: 'FULL',
      readOnly: false,
    }))
  expect(members).toHaveLength(200)
  updateServer(
    (state) =>
      createProtectionGroup(
        state,
        { name: 'Scale', members, autoProtectInstances: [], policy: DEFAULT_POLICY },
        simNow(),
      ).state,
  )
  requests.length = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  await advanceClock(7 * 24 * 60)
  const elapsed = performance.now() - started
  const cpuMs = process.cpuUsage(cpu).user / 1000
  const state = getServer()
  const trimmed = state.jobHistory?.trimmed.completed ?? 0
  console.info(
    `7 simulated days, 200 databases, 15-minute synchronization: ${Math.round(elapsed)} ms (${Math.round(cpuMs)} ms CPU), ${requests.length} agent requests, ${(state.jobs.length + trimmed).toLocaleString('en-US')} jobs (${state.jobs.length} kept), ${state.recoveryPoints.length.toLocaleString('en-US')} recovery points`,
  )
  expect(simNow()).toBe(DEFAULT_START + 7 * 24 * 60 * 60_000)
  expect(state.jobs.filter((job) => job.status === 'failed')).toEqual([])
  expect(state.jobs.length + trimmed).toBeGreaterThan(130_000)
  expect(requests.length).toBeLessThan(60)
  expect(elapsed).toBeLessThan(15_000)
}, 60_000)
