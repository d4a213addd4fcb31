// The one simulated clock that both worlds read: the DPM server (scheduler, alerts) and the simulated SQL
// estate (every change is stamped with it). It only holds the time; moving it forward and running what falls
// due is the scheduler's job (dpm/scheduler), so that nothing is ever skipped.
import { createStore } from 'zustand/vanilla'
import { isThisTabWriting } from '../browser-storage/tab-writer'
import { simTimeProblem } from '../domain/world-limits'

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

export const UNREADABLE_CLOCK_KEY = `${CLOCK_STORAGE_KEY}:unreadable`

function initialState(): ClockState {
  const stored = readStored()
  return stored ?? { now: DEFAULT_START, mode: 'manual', speed: 60 }
}

const clockNotices: string[] = []

/** A notice when the stored clock could not be read (the DPM server's storage notices include it). */
export function takeClockNotices(): string[] {
  return clockNotices.splice(0)
}

/** The clock as stored, from its JSON text; throws when it is not a clock. */
export function parseClockState(raw: string): ClockState {
  const parsed = JSON.parse(raw) as Partial<ClockState> | null
  if (typeof parsed?.now !== 'number') throw new Error('no valid time')
  const problem = simTimeProblem(parsed.now)
  if (problem) throw new Error(`the time ${parsed.now} cannot be shown: ${problem}`)
  const mode: ClockMode = parsed.mode === 'running' ? 'running' : 'manual'
  const speed = CLOCK_SPEEDS.find((s) => s === parsed.speed) ?? 60
  return { now: parsed.now, mode, speed }
}

function readStored(): ClockState | undefined {
  let raw: string | null = null
  try {
    raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(CLOCK_STORAGE_KEY)
    return raw ? parseClockState(raw) : undefined
  } catch {
    if (raw !== null) setAsideUnreadable(raw)
    return undefined
  }
}

// An unreadable clock restarts at the default start; the text is kept for a human to look at.
function setAsideUnreadable(raw: string): void {
  try {
    localStorage.setItem(UNREADABLE_CLOCK_KEY, raw)
    localStorage.removeItem(CLOCK_STORAGE_KEY)
  } catch {
    // Nowhere to keep it: the notice still says what happened.
  }
  clockNotices.push(
    `The stored simulated clock could not be read and was set aside under "${UNREADABLE_CLOCK_KEY}"; the clock starts at ${new Date(DEFAULT_START).toISOString()}.`,
  )
}

export const clockStore = createStore<ClockState>()(() => initialState())

/** Reads the stored clock again: another tab moved it. */
export function reloadClockFromStorage(): void {
  const stored = readStored()
  if (stored) clockStore.setState(stored)
}

clockStore.subscribe((state) => {
  // A tab that follows another one (see dpm/tab-leadership) must not write the clock the other tab owns.
  if (typeof localStorage === 'undefined' || !isThisTabWriting()) return
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
