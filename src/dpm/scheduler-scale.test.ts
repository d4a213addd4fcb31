// The scale the issue sets: 7 simulated days of 200 protected databases synchronizing every 15 minutes
// (about 135,000 jobs) in a handful of agent requests, and work that grows linearly with the simulated time:
// the second half of the week costs as many agent requests and replay steps (events taken from the engine's
// queue) as the first. A per-job round trip, a replay of the whole history or a job history that grows without
// bound would break these counts on any machine; how long the week takes is the benchmark's figure
// (npm run bench: "Advance 7 days").
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { searchDatabases } from '../agent-api/agents'
import { type BackupSeries, seriesTimes } from '../agent-api/schemas'
import { MinHeap } from '../domain/engine/min-heap'
import { DEFAULT_POLICY, type MemberSpec } from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { DEFAULT_START, simNow } from '../sim-clock/clock'
import { advanceClock } from './scheduler'
import { getServer, updateServer } from './server-store'
import { resetDpmWorld } from './world-reset'

const requests: string[] = []
const backupSeries: Promise<BackupSeries[]>[] = []
beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  mockAgentsServer.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname
    requests.push(path)
    if (path.endsWith('/backups'))
      backupSeries.push(
        request
          .clone()
          .json()
          .then((body: { series: BackupSeries[] }) => body.series),
      )
  })
})
afterAll(() => mockAgentsServer.close())

const HALF_WEEK_MINUTES = (7 * 24 * 60) / 2

/** Jobs run so far, the ones the bounded history trimmed included. */
const jobsRun = () => {
  const state = getServer()
  return (
    state.jobs.filter((job) => job.status !== 'scheduled').length + (state.jobHistory?.trimmed.completed ?? 0)
  )
}

it('advances 7 days of 200 databases at 15-minute synchronization in a handful of requests, linearly', async () => {
  resetMockEstate('large', { computers: 120, databases: 600, sessions: 0, seed: 7 })
  resetDpmWorld(DEFAULT_START)
  const found = await searchDatabases('', { limit: 5000 })
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
  const steps = vi.spyOn(MinHeap.prototype, 'pop')
  const halves: { requests: number; steps: number; jobs: number; kept: number }[] = []
  for (let half = 0; half < 2; half++) {
    requests.length = 0
    steps.mockClear()
    const jobsBefore = jobsRun()
    await advanceClock(HALF_WEEK_MINUTES)
    halves.push({
      requests: requests.length,
      steps: steps.mock.calls.length,
      jobs: jobsRun() - jobsBefore,
      kept: getServer().jobs.length,
    })
  }
  const state = getServer()
  const [first, second] = halves as [(typeof halves)[0], (typeof halves)[0]]
  console.info(
    `7 simulated days, 200 databases, 15-minute synchronization, per half week: ${halves
      .map(
        (h) =>
          `${h.requests} agent requests, ${h.steps.toLocaleString('en-US')} replay steps, ${h.jobs.toLocaleString('en-US')} jobs (${h.kept} kept)`,
      )
      .join('; ')}`,
  )
  expect(simNow()).toBe(DEFAULT_START + 7 * 24 * 60 * 60_000)
  expect(state.jobs.filter((job) => job.status === 'failed')).toEqual([])
  expect(first.jobs + second.jobs).toBeGreaterThan(130_000)
  expect(first.requests + second.requests).toBeLessThan(60)
  // Linear: the second half does the same work as the first (within 10 %).
  expect(second.jobs).toBeGreaterThan(first.jobs * 0.9)
  expect(second.jobs).toBeLessThan(first.jobs * 1.1)
  expect(second.steps).toBeLessThan(first.steps * 1.1)
  expect(second.requests).toBeLessThanOrEqual(first.requests)
  // Most synchronizations are replayed in a data source's run, not taken from the queue one by one (the queue
  // holds each run's first job and the other kinds: an express full backup a day).
  expect(first.steps + second.steps).toBeLessThan((first.jobs + second.jobs) / 4)
  // The job rows the replay reads at each run stay bounded (the history keeps a window, not every job).
  expect(second.kept).toBeLessThan(first.kept * 1.1)
  // Each job is asked of the agent once, a day of synchronizations as one series 15 minutes apart. A few more
  // are asked than run: the first pass projects jobs as instant, and a long express full pushes some past.
  const series = (await Promise.all(backupSeries)).flat()
  const asked = series.reduce((jobs, one) => jobs + seriesTimes(one).length, 0)
  expect(asked).toBeGreaterThanOrEqual(first.jobs + second.jobs)
  expect(asked).toBeLessThan((first.jobs + second.jobs) * 1.01)
  const regular = series.filter((one) => one.kind === 'synchronization' && one.every !== undefined)
  expect(regular.length).toBeGreaterThan(0)
  expect(regular.filter((one) => one.every !== 15 * 60_000)).toEqual([])
}, 60_000)
