// Fault injection, end to end through the mock agents: latency, a deterministic error rate, unreachable
// computers and virtual servers.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  getChanges,
  getDatabaseFacts,
  listComputers,
  listInstances,
  searchDatabases,
} from '../agent-api/agents'
import { AgentApiError } from '../agent-api/client'
import { HR_DB, INVENTORY_DB, PAYROLL_DB, SALES_MIRROR_COPY } from '../agent-api/demo-estate'
import { getLabEstate, setFaults } from '../agent-api/lab'
import { mockAgentsServer, resetMockEstate } from './test-server'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetMockEstate('default')
})
afterAll(() => mockAgentsServer.close())

const outcome = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (error: unknown) => (error instanceof AgentApiError ? `${error.status} ${error.code}` : 'other'),
  )

describe('latency', () => {
  it('delays agent requests, not lab requests', async () => {
    await setFaults({ latencyMs: 150 })
    // Simulated timers: the delay is counted in timer milliseconds, whatever the machine's load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const answered: string[] = []
      const agent = listComputers().then(() => answered.push('agent'))
      const labCall = getLabEstate().then(() => answered.push('lab'))
      await labCall
      expect(answered).toEqual(['lab'])
      await vi.advanceTimersByTimeAsync(149)
      expect(answered).toEqual(['lab'])
      await vi.advanceTimersByTimeAsync(1)
      await agent
      expect(answered).toEqual(['lab', 'agent'])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('error rate', () => {
  it('fails that share of agent requests, the same ones after the same setting', async () => {
    const run = async () => {
      await setFaults({ errorRate: 0.4 })
      const outcomes: string[] = []
      for (let n = 0; n < 60; n++) outcomes.push(await outcome(listComputers()))
      return outcomes
    }
    const first = await run()
    expect(await run()).toEqual(first)
    expect(new Set(first)).toEqual(new Set(['ok', '500 AgentError']))
    const share = first.filter((o) => o !== 'ok').length / first.length
    expect(share).toBeGreaterThan(0.2)
    expect(share).toBeLessThan(0.6)
  })

  it('never fails the change feed or the lab', async () => {
    await setFaults({ errorRate: 1 })
    expect(await outcome(listComputers())).toBe('500 AgentError')
    expect(await outcome(getChanges(0))).toBe('ok')
    expect(await outcome(getLabEstate())).toBe('ok')
  })
})

describe('unreachable computers', () => {
  it('report agent status Unreachable and fail whatever touches them', async () => {
    expect((await searchDatabases('SalesDB', { limit: 1 })).truncated).toBe(true)
    await setFaults({ unreachable: ['SQL-MIR01'] })
    const { computers } = await listComputers()
    expect(computers.find((c) => c.name === 'SQL-MIR01')?.agent).toMatchObject({ status: 'Unreachable' })
    expect(computers.find((c) => c.name === 'SQL-PRI01')?.agent.status).toBe('OK')
    expect(await outcome(listInstances('SQL-MIR01'))).toBe('503 AgentUnreachable')
    const facts = await getDatabaseFacts([SALES_MIRROR_COPY])
    expect(facts.databases[0]?.error).toEqual({
      code: 'AgentUnreachable',
      message: 'The protection agent on SQL-MIR01 is not reachable.',
    })
    expect((await searchDatabases('SalesDB')).databases.map((d) => d.computer)).toEqual(['SQL-PRI01'])
    // The copy on SQL-MIR01 comes first by path: a search limited to one is not cut short by it.
    const limited = await searchDatabases('SalesDB', { limit: 1 })
    expect(limited.databases.map((d) => d.computer)).toEqual(['SQL-PRI01'])
    expect(limited.truncated).toBe(false)
  })

  it('a virtual server answers while one node with an agent is reachable', async () => {
    await setFaults({ unreachable: ['CLU01-N1'] })
    expect(await outcome(listInstances('SQLCLU01'))).toBe('ok')
    await setFaults({ unreachable: ['CLU01-N1', 'CLU01-N2'] })
    expect(await outcome(listInstances('SQLCLU01'))).toBe('503 AgentUnreachable')
    await setFaults({ unreachable: ['SQLCLU02'] })
    expect(await outcome(listInstances('SQLCLU02'))).toBe('503 AgentUnreachable')
  })

  it('records the fault as a change naming the computers and their databases', async () => {
    const { seq } = await getChanges(0)
    await setFaults({ unreachable: ['SQL-STD01'] })
    const { changes } = await getChanges(seq)
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'faults',
        computers: ['SQL-STD01'],
        databases: [HR_DB, PAYROLL_DB, INVENTORY_DB],
      }),
    ])
  })
})
