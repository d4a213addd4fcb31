// The lab API the panel and the status bar read, against the mock agents (msw/node).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getLabEstate, getLabFaults, setFaults } from '../../agent-api/lab'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetMockEstate('default'))
afterAll(() => mockAgentsServer.close())

describe('the estate view of the lab', () => {
  it('counts the databases of each computer and of each virtual server', async () => {
    const { databaseCounts } = await getLabEstate()
    expect(databaseCounts).toMatchObject({ 'SQL-STD01': 3, 'SQL-PRI01': 2, SQLCLU01: 1, 'SQL-NOAGENT01': 1 })
    // Cluster nodes hold no instance of their own: the cluster's are on its virtual servers.
    expect(databaseCounts?.['CLU01-N1']).toBeUndefined()
  })

  it('reads the faults in force without the whole estate', async () => {
    expect(await getLabFaults()).toEqual({ latencyMs: 0, errorRate: 0, unreachable: [] })
    await setFaults({ latencyMs: 100, unreachable: ['sql-mir01'] })
    expect(await getLabFaults()).toEqual({ latencyMs: 100, errorRate: 0, unreachable: ['SQL-MIR01'] })
  })
})
