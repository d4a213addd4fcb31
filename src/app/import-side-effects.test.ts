// @vitest-environment jsdom
// Importing a module starts nothing: no listener on the window or the document, no channel to other tabs,
// no read or write of the browser's storage. Each service has a start function that the console's start calls
// in a documented order (start-console.tsx, docs/architecture.md). The entry (main.tsx) is the start itself;
// zod's setting (agent-api/zod-without-eval.ts) is made on import on purpose and touches none of these.
import { afterEach, expect, it, vi } from 'vitest'

const modules = import.meta.glob([
  '../**/*.{ts,tsx}',
  '!../main.tsx',
  '!../**/*.test.{ts,tsx}',
  '!../test/**',
  '!../**/*-test-support.ts',
  '!../**/engine-model-support.ts',
  '!../mock-agents/test-server.ts',
  '!../mock-agents/test-support.ts',
])

afterEach(() => localStorage.clear())

it('imports every module of the console without starting anything', { timeout: 120_000 }, async () => {
  const windowListeners = vi.spyOn(window, 'addEventListener')
  const documentListeners = vi.spyOn(document, 'addEventListener')
  const channels = vi.spyOn(globalThis, 'BroadcastChannel')
  const getItem = vi.spyOn(Storage.prototype, 'getItem')
  const setItem = vi.spyOn(Storage.prototype, 'setItem')
  expect(Object.keys(modules).length).toBeGreaterThan(100)
  for (const load of Object.values(modules)) await load()
  expect(windowListeners.mock.calls.map(([type]) => type)).toEqual([])
  expect(documentListeners.mock.calls.map(([type]) => type)).toEqual([])
  // MSW opens a channel of its own as it loads; none of the console's (dpm-console:*) may open.
  expect(channels.mock.calls.map(([name]) => name).filter((name) => name.startsWith('dpm-console'))).toEqual(
    [],
  )
  // Griffel and MSW read keys of their own as they load; none of the console's may be read.
  expect(getItem.mock.calls.map(([key]) => key).filter((key) => key.startsWith('dpm-console'))).toEqual([])
  expect(setItem).not.toHaveBeenCalled()
})

it('saves nothing when the clock moves before the console started saving it', async () => {
  const { setSimTime, simNow } = await import('../sim-clock/clock')
  const { flushWorld, WORLD_STORAGE_KEY } = await import('../browser-storage/world-record')
  setSimTime(simNow() + 60_000)
  flushWorld()
  expect(localStorage.getItem(WORLD_STORAGE_KEY)).toBeNull()
})
