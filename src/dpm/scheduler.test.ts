// The scheduler against the real mock agents (msw/node): the seed's scenarios end to end through the agent
// API, the number of requests a long advance costs, an unreachable agent API, and concurrent callers.
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getDatabaseFacts } from '../agent-api/agents'
import { HR_DB as HR, SALES_DB as SALES, SALES_MIRROR_COPY as SALES_MIRROR } from '../agent-api/demo-estate'
import { mirroringOperation } from '../agent-api/lab'
import { AGENT_API } from '../agent-api/schemas'
import { isActive } from '../domain/engine/alerts'
import type { DatabaseFacts } from '../domain/estate/estate'
import {
  DEFAULT_POLICY,
  type DpmServerState,
  type MemberSpec,
  type ProtectionPolicy,
} from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { MAX_ADVANCE_MINUTES } from '../domain/world/world-limits'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { DEFAULT_START, simNow } from '../sim-clock/clock'
import { advanceClock, runDueJobs, runUntil } from './scheduler'
import { getServer, updateServer } from './server-store'
import { resetDpmWorld } from './world-reset'

const requests: string[] = []
beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  mockAgentsServer.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`)
  })
})
beforeEach(() => {
  resetMockEstate('default')
  resetDpmWorld(DEFAULT_START)
  requests.length = 0
})
afterEach(() => mockAgentsServer.resetHandlers())
afterAll(() => mockAgentsServer.close())

function memberFrom(facts: DatabaseFacts, partner?: DatabaseFacts): MemberSpec {
  return {
    path: facts.path,
    sizeMb: facts.sizeMb,
    logSizeMb: facts.logSizeMb,
    recoveryModel: facts.recoveryModel,
    readOnly: facts.readOnly,
    mirror:
      facts.mirroring && partner
        ? { sessionId: facts.mirroring.sessionId, partners: [facts.path, partner.path] }
        : undefined,
  }
}

/** Protects the databases (mirrored ones with both copies) as the wizard would, at the current time. */
async function protect(paths: string[], policy: Partial<ProtectionPolicy> = {}): Promise<void> {
  const answer = await getDatabaseFacts(paths)
  const members: MemberSpec[] = []
  for (const entry of answer.databases) {
    const facts = entry.facts
    if (!facts) throw new Error(entry.error?.message)
    const partnerPath = facts.mirroring && `${facts.mirroring.partnerInstance}\\${facts.name}`
    const partner = partnerPath ? (await getDatabaseFacts([partnerPath])).databases[0]?.facts : undefined
    members.push(memberFrom(facts, partner))
  }
  updateServer(
    (state) =>
      createProtectionGroup(
        state,
        {
          name: `Group ${Object.keys(state.groups).length + 1}`,
          members,
          autoProtectInstances: [],
          policy: { ...DEFAULT_POLICY, ...policy },
        },
        simNow(),
      ).state,
  )
}

const dsOf = (state: DpmServerState, path: string) => {
  const ds = Object.values(state.dataSources).find((candidate) => candidate.path === path)
  if (!ds) throw new Error(`no data source for ${path}`)
  return ds
}
const activeAlertTypes = (path: string) =>
  getServer()
    .alerts.filter((alert) => isActive(alert) && alert.dataSourceId === dsOf(getServer(), path).id)
    .map((alert) => alert.type)
const minutes = (n: number) => n * 60_000

describe('the bounds of one advance', () => {
  it('refuses more than a simulated year in one call and moves nothing', async () => {
    await protect([HR])
    const before = getServer()
    await expect(advanceClock(MAX_ADVANCE_MINUTES + 1)).rejects.toThrow(
      'One advance moves the simulated clock at most 365 days (525600 minutes); advance in several steps.',
    )
    await expect(runUntil(DEFAULT_START + minutes(MAX_ADVANCE_MINUTES + 1))).rejects.toThrow(
      'at most 365 days',
    )
    expect(simNow()).toBe(DEFAULT_START)
    expect(getServer()).toBe(before)
  })

  it('stops a long advance after the day it is in, keeping what ran until then', async () => {
    await protect([HR])
    const stop = new AbortController()
    const advance = advanceClock(30 * 24 * 60, stop.signal)
    stop.abort()
    await expect(advance).rejects.toThrow(/^The advance was stopped at 2026-01-0\d \d\d:00 UTC\.$/)
    expect(simNow()).toBeLessThan(DEFAULT_START + minutes(3 * 24 * 60))
    // The next advance runs as usual.
    await advanceClock(60)
  })
})

describe('the scheduler against the mock agents', () => {
  it('runs the replica creation and the synchronizations of an hour in a handful of requests', async () => {
    await protect([SALES, HR])
    requests.length = 0
    await advanceClock(60)
    expect(simNow()).toBe(DEFAULT_START + minutes(60))
    const state = getServer()
    for (const path of [SALES, HR]) {
      expect(dsOf(state, path).replica).toBe('ok')
      const syncs = state.jobs.filter(
        (job) => job.dataSourceId === dsOf(state, path).id && job.type === 'synchronization',
      )
      expect(syncs.filter((job) => job.status === 'completed').length).toBeGreaterThanOrEqual(3)
    }
    expect(state.jobs.filter((job) => job.status === 'failed')).toEqual([])
    expect(requests.filter((request) => request.endsWith('/changes'))).toHaveLength(1)
    expect(requests.filter((request) => request.endsWith('/databases/facts'))).toHaveLength(1)
    expect(requests.filter((request) => request.endsWith('/backups')).length).toBeLessThanOrEqual(3)
    // Nothing changed in the estate: the next run reads no facts.
    requests.length = 0
    await advanceClock(60)
    expect(requests.filter((request) => request.endsWith('/databases/facts'))).toHaveLength(0)
  })

  it('S7 through the lab: the principal fails, the next backup stops, the check at +30 minutes moves protection', async () => {
    await protect([SALES])
    await advanceClock(20)
    await mirroringOperation('principal-fails', SALES)
    await advanceClock(10)
    const detectedAt = DEFAULT_START + minutes(30)
    expect(dsOf(getServer(), SALES).condition).toEqual({
      kind: 'cc-scheduled',
      at: detectedAt + minutes(30),
      detectedAt,
    })
    expect(activeAlertTypes(SALES)).toEqual(['mirror-took-over'])
    await advanceClock(90)
    expect(dsOf(getServer(), SALES)).toMatchObject({
      condition: { kind: 'ok' },
      mirror: { activePath: SALES_MIRROR },
    })
    expect(activeAlertTypes(SALES)).toEqual([])
    const backedUp = getServer().jobs.filter(
      (job) => job.status === 'completed' && (job.startedAt ?? 0) > detectedAt,
    )
    expect(backedUp.length).toBeGreaterThan(1)
    expect(backedUp.every((job) => job.source === SALES_MIRROR)).toBe(true)
  })

  it('S5 through the lab: a broken mirror fails the backups with its alert', async () => {
    await protect([SALES])
    await advanceClock(10)
    await mirroringOperation('break', SALES)
    await advanceClock(20)
    expect(activeAlertTypes(SALES)).toEqual(['mirror-broken'])
  })

  it('never throws when the agent API cannot be reached: the due jobs fail with the agent-unreachable alert', async () => {
    await protect([HR])
    await advanceClock(10)
    mockAgentsServer.use(
      http.get(`*${AGENT_API}/changes`, () => HttpResponse.error()),
      http.post(`*${AGENT_API}/databases/facts`, () => HttpResponse.error()),
      http.post(`*${AGENT_API}/backups`, () => HttpResponse.error()),
    )
    await advanceClock(20)
    expect(simNow()).toBe(DEFAULT_START + minutes(30))
    const failed = getServer().jobs.filter((job) => job.status === 'failed')
    expect(failed.map((job) => job.startedAt)).toEqual([
      DEFAULT_START + minutes(15),
      DEFAULT_START + minutes(30),
    ])
    expect(activeAlertTypes(HR)).toEqual(['agent-unreachable'])
    mockAgentsServer.resetHandlers()
    await advanceClock(25)
    expect(activeAlertTypes(HR)).toEqual([])
  })

  it('serialises concurrent runs: two advances of 15 minutes move the clock by 30', async () => {
    await protect([HR])
    await Promise.all([advanceClock(15), advanceClock(15), runDueJobs()])
    expect(simNow()).toBe(DEFAULT_START + minutes(30))
    const syncs = getServer().jobs.filter(
      (job) => job.type === 'synchronization' && job.status === 'completed',
    )
    expect(syncs.map((job) => job.startedAt)).toEqual([DEFAULT_START + minutes(15)])
  })

  it('keeps a change another writer made to the store while the agent was answering', async () => {
    await protect([HR])
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    mockAgentsServer.use(
      http.get(`*${AGENT_API}/changes`, async () => {
        await gate
        return HttpResponse.json({ seq: 0, changes: [] })
      }),
    )
    const run = runUntil(DEFAULT_START + minutes(30))
    await new Promise((resolve) => setTimeout(resolve, 20))
    await protect([SALES]) // the wizard creates a group meanwhile
    release()
    await run
    expect(Object.keys(getServer().groups)).toHaveLength(2)
    const replica = getServer().jobs.find(
      (job) => job.dataSourceId === dsOf(getServer(), SALES).id && job.type === 'replica-creation',
    )
    expect(replica?.startedAt).toBe(DEFAULT_START)
  })

  it('drops a run of the old world when the lab resets it meanwhile', async () => {
    await protect([HR])
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    mockAgentsServer.use(
      http.get(`*${AGENT_API}/changes`, async () => {
        await gate
        return HttpResponse.json({ seq: 0, changes: [] })
      }),
    )
    const run = advanceClock(24 * 60)
    await new Promise((resolve) => setTimeout(resolve, 20))
    resetDpmWorld(DEFAULT_START)
    release()
    await run
    expect(simNow()).toBe(DEFAULT_START)
    expect(getServer().jobs).toEqual([])
  })
})
