import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mockAgentsServer } from '../mock-agents/test-server'
import { listComputers } from './agents'
import { resetLab } from './lab'
import { holdAgentRequestsAfter, holdAgentRequestsUntil } from './readiness'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => {
  holdAgentRequestsUntil(Promise.resolve())
  mockAgentsServer.close()
})

describe('agent requests made before the agents have started', () => {
  it('wait for them instead of failing', async () => {
    let start: () => void = () => undefined
    holdAgentRequestsUntil(new Promise<void>((resolve) => (start = resolve)))
    let answered = false
    const request = listComputers().then((response) => {
      answered = true
      return response
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(answered).toBe(false)
    start()
    expect((await request).computers.length).toBeGreaterThan(0)
  })

  it('still go out when starting the agents failed (the error then comes from the request itself)', async () => {
    holdAgentRequestsUntil(Promise.reject(new Error('no service worker')))
    await expect(listComputers()).resolves.toHaveProperty('computers')
  })

  it('read the estate a startup reset makes, which goes to the agents before them', async () => {
    let start: () => void = () => undefined
    holdAgentRequestsUntil(new Promise<void>((resolve) => (start = resolve)))
    const before = listComputers()
    const reset = resetLab({ preset: 'empty' }, { first: true })
    holdAgentRequestsAfter(reset)
    const after = listComputers()
    start()
    // Both waited for the reset, the one asked before it too.
    expect((await before).computers).toEqual([])
    expect((await after).computers).toEqual([])
    await reset
    holdAgentRequestsUntil(Promise.resolve())
    await resetLab({ preset: 'default' })
  })
})
