// The mock agents at the scale of the large preset (2,000 computers, 40,000 databases, 2,000 sessions), in
// msw/node: the hot endpoints the wizard and the scheduler use answer in full, each in one request. How fast
// they answer is the benchmark's to judge (npm run bench: the first tree and the search results of Select
// Group Members at the large preset, and the 7-day advance, which reads the facts of 200 databases).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getDatabaseFacts, listComputers, searchDatabases } from '../agent-api/agents'
import { mockAgentsServer, resetMockEstate } from './test-server'

const requests: string[] = []
beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  mockAgentsServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    requests.push(`${request.method} ${url.pathname}`)
  })
})
afterAll(() => mockAgentsServer.close())

/** The call's result and the agent requests it made. */
async function counted<T>(call: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  requests.length = 0
  const result = await call()
  return { result, requests: [...requests] }
}

describe('the mock agents against the large preset', () => {
  it('answer GET /computers, a search and a 200-path facts batch in full, one request each', async () => {
    const estate = resetMockEstate('large')

    const computers = await counted(() => listComputers())
    expect(computers.result.computers).toHaveLength(2000)
    expect(computers.requests).toHaveLength(1)

    const search = await counted(() => searchDatabases('SalesDB'))
    expect(search.result.databases.length).toBeGreaterThan(0)
    expect(search.result.databases.every((d) => d.name.toLowerCase().includes('salesdb'))).toBe(true)
    expect(search.requests).toHaveLength(1)

    const paths = [...estate.databases.values()].filter((_, n) => n % 200 === 0).map((d) => d.path)
    expect(paths).toHaveLength(200)
    const facts = await counted(() => getDatabaseFacts(paths))
    expect(facts.result.databases.map((entry) => entry.path)).toEqual(paths)
    // Each path answered: its facts, or why there are none (about 5 % of the computers have no agent).
    expect(facts.result.databases.every((entry) => (entry.facts ?? entry.error) !== undefined)).toBe(true)
    expect(facts.requests).toEqual(['POST /agent-api/v1/databases/facts'])
  }, 30_000)
})
