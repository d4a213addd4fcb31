import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { clockStore, resetSimTime, setClockMode, setSimTime } from '../sim-clock/clock'
import { startClockRunner } from './clock-runner'

const START = Date.parse('2026-01-05T09:00:00Z')
let stop: () => void = () => {}
// Real time is the fake timers' clock.
const realNow = () => Date.now()
let started = 0

beforeEach(() => {
  vi.useFakeTimers()
  started = Date.now()
  resetSimTime(START)
  setClockMode('manual', 60)
})
afterEach(() => {
  stop()
  vi.useRealTimers()
})

/** A run that takes `delayMs` of real time and records overlaps. */
function fakeRun(delayMs = 0) {
  const calls: number[] = []
  let active = 0
  let overlapped = false
  const run = async (time: number) => {
    calls.push(time)
    active++
    if (active > 1) overlapped = true
    await (delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : Promise.resolve())
    setSimTime(time)
    active--
  }
  return { calls, run, overlapped: () => overlapped }
}

const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms)

it('does nothing while the clock is manual', async () => {
  const { calls, run } = fakeRun()
  stop = startClockRunner({ tickMs: 250, realNow, run })
  await elapse(2000)
  expect(calls).toEqual([])
  expect(clockStore.getState().now).toBe(START)
})

it('advances simulated time at speed x real time in ticks while running, and stops when paused', async () => {
  const { calls, run } = fakeRun()
  stop = startClockRunner({ tickMs: 250, realNow, run })
  setClockMode('running', 60)
  await elapse(1000)
  expect(calls.length).toBe(4)
  expect(clockStore.getState().now).toBe(START + 1000 * 60)
  setClockMode('manual')
  await elapse(1000)
  expect(calls.length).toBe(4)
  expect(clockStore.getState().now).toBe(START + 1000 * 60)
})

it('never overlaps runs: a slow run makes the next tick cover the time it took', async () => {
  const { calls, run, overlapped } = fakeRun(600)
  stop = startClockRunner({ tickMs: 250, realNow, run })
  setClockMode('running', 600)
  await elapse(5000)
  expect(overlapped()).toBe(false)
  // Every real millisecond is counted once, whether it passed in a tick's wait or in a run.
  const last = calls.at(-1) ?? START
  expect(last - START).toBeGreaterThan(4000 * 600)
  expect(last - START).toBeLessThanOrEqual((Date.now() - started) * 600)
})

it('stops the clock and reports a run that failed', async () => {
  const errors: unknown[] = []
  stop = startClockRunner({
    tickMs: 250,
    realNow,
    run: async () => {
      throw new Error('boom')
    },
    onError: (error) => errors.push(error),
  })
  setClockMode('running', 60)
  await elapse(300)
  expect(errors).toHaveLength(1)
  expect(clockStore.getState().mode).toBe('manual')
})
