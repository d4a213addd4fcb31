// The one simulated clock that both worlds read: the DPM server (scheduler, alerts) and the simulated SQL
// estate (every change is stamped with it). It only holds the time; moving it forward and running what falls
// due is the scheduler's job (dpm/scheduler), so that nothing is ever skipped.
import { createStore } from 'zustand/vanilla'
import { readWorldSlice, setAsideWorldSlice, writeWorldSlice } from '../browser-storage/world-record'
import { simTimeProblem } from '../domain/world/world-limits'

export type ClockMode = 'manual' | 'running'
export const CLOCK_SPEEDS = [1, 60, 600] as const
export type ClockSpeed = (typeof CLOCK_SPEEDS)[number]

export interface ClockState {
  now: number
  mode: ClockMode
  speed: ClockSpeed
}

/** A Monday morning, so the default 8:00 PM express full backup is a few hours away. */
export const DEFAULT_START = Date.parse('2026-01-05T09:00:00Z')

const DEFAULT_CLOCK: ClockState = { now: DEFAULT_START, mode: 'manual', speed: 60 }

/** The clock as stored; throws when it is not a clock, or its time is one no screen could show. */
export function parseClockState(stored: unknown): ClockState {
  const parsed = stored as Partial<ClockState> | null
  if (typeof parsed?.now !== 'number') throw new Error('no valid time')
  const problem = simTimeProblem(parsed.now)
  if (problem) throw new Error(`the time ${parsed.now} cannot be shown: ${problem}`)
  const mode: ClockMode = parsed.mode === 'running' ? 'running' : 'manual'
  const speed = CLOCK_SPEEDS.find((s) => s === parsed.speed) ?? 60
  return { now: parsed.now, mode, speed }
}

// Created at its default: the console's start reads what is stored once this tab knows whether it writes.
export const clockStore = createStore<ClockState>()(() => DEFAULT_CLOCK)

/**
 * Reads the stored clock (as the console starts, and when another tab moved it). An unreadable one is set aside
 * and the clock starts at its default.
 */
export function loadClockFromStorage(): void {
  const stored = readWorldSlice('clock')
  if (stored === undefined) return
  try {
    clockStore.setState(parseClockState(stored))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    setAsideWorldSlice(
      'clock',
      'simulated clock',
      reason,
      `the clock starts at ${new Date(DEFAULT_START).toISOString()}`,
    )
    clockStore.setState(DEFAULT_CLOCK)
  }
}

/**
 * Starts saving the clock (the console's start, before anything moves it): with the rest of the world, in one
 * record (browser-storage/world-record); a following tab writes nothing.
 */
export function startSavingClock(): void {
  clockStore.subscribe((state) => writeWorldSlice('clock', () => state))
}

export const simNow = (): number => clockStore.getState().now

/** Moves the clock to `time`; never backwards. */
export function setSimTime(time: number): void {
  if (time > clockStore.getState().now) clockStore.setState({ now: time })
}

/** Sets the time outright (URL `?at=`, lab reset); the only way to go back. */
export function resetSimTime(time: number): void {
  clockStore.setState({ now: time })
}

export function setClockMode(mode: ClockMode, speed?: ClockSpeed): void {
  clockStore.setState(speed ? { mode, speed } : { mode })
}
