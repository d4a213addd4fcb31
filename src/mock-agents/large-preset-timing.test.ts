// The mock agents at the scale of the large preset (2,000 computers, 40,000 databases, 2,000 sessions), in
// msw/node: the hot endpoints must answer fast enough for the wizard and the scheduler. The bounds are
// generous (a shared 2-core machine); the measured times are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getDatabaseFacts, listComputers, searchDatabases } from '../agent-api/agents'
import { mockAgentsServer, resetMockEstate } from './test-server'

async function timed<T>(label: string, call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  await call() // warm-up: module and JIT costs are not what is measured
  const start = performance.now()
  const result = await call()
  const ms = performance.now() - start
  console.info(`[large preset] ${label}: ${ms.toFixed(1)} ms`)
  return { result, ms }
}

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockAgentsServer.close())

describe('the mock agents against the large preset', () => {
  it('answer GET /computers, a search and a 200-path facts batch quickly', async () => {
    const resetStart = performance.now()
    const estate = resetMockEstate('large')
    console.info(`[large preset] generate: ${(performance.now() - resetStart).toFixed(1)} ms`)

    const computers = await timed('GET /computers', () => listComputers())
    expect(computers.result.computers).toHaveLength(2000)
    expect(computers.ms).toBeLessThan(1500)

    const search = await timed('GET /databases?search=SalesDB', () => searchDatabases('SalesDB'))
    expect(search.result.databases.length).toBeGreaterThan(0)
    expect(search.result.databases.every((d) => d.name.toLowerCase().includes('salesdb'))).toBe(true)
    expect(search.ms).toBeLessThan(1500)

    const paths = [...estate.databases.values()].filter((_, n) => n % 200 === 0).map((d) => d.path)
    expect(paths).toHaveLength(200)
    const facts = await timed('POST /databases/facts (200 paths)', () => getDatabaseFacts(paths))
    expect(facts.result.databases).toHaveLength(200)
    expect(facts.ms).toBeLessThan(1500)
  }, 30_000)
})
