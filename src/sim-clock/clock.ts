// The one simulated clock that both worlds read: the DPM server (scheduler, alerts) and the simulated SQL
// estate (every change is stamped with it). It only holds the time; moving it forward and running what falls
// due is the scheduler's job (dpm/scheduler), so that nothing is ever skipped.
import { createStore } from 'zustand/vanilla'

export type ClockMode = 'manual' | 'running'
export const CLOCK_SPEEDS = [1, 60, 600] as const
export type ClockSpeed = (typeof CLOCK_SPEEDS)[number]

export interface ClockState {
  now: number
  mode: ClockMode
  speed: ClockSpeed
}

export const CLOCK_STORAGE_KEY = 'dpm-console:clock'
/** A Monday morning, so the default 8:00 PM express full backup is a few hours away. */
export const DEFAULT_START = Date.parse('2026-01-05T09:00:00Z')

function initialState(): ClockState {
  const stored = readStored()
  return stored ?? { now: DEFAULT_START, mode: 'manual', speed: 60 }
}

function readStored(): ClockState | undefined {
  if (typeof localStorage === 'undefined') return undefined
  try {
    const raw = localStorage.getItem(CLOCK_STORAGE_KEY)
    if (!raw) return undefined
    const parsed = JSON.parse(raw) as Partial<ClockState>
    if (typeof parsed.now !== 'number' || !Number.isFinite(parsed.now)) return undefined
    const mode: ClockMode = parsed.mode === 'running' ? 'running' : 'manual'
    const speed = CLOCK_SPEEDS.find((s) => s === parsed.speed) ?? 60
    return { now: parsed.now, mode, speed }
  } catch {
    return undefined
  }
}

export const clockStore = createStore<ClockState>()(() => initialState())

clockStore.subscribe((state) => {
  if (typeof localStorage === 'undefined') return
  try {
    localStorage.setItem(CLOCK_STORAGE_KEY, JSON.stringify(state))
  } catch {
    // Storage full or blocked: the clock keeps running in memory.
  }
})

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
