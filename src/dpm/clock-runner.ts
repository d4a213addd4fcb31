// The running clock: while the clock's mode is 'running', simulated time advances at `speed` x real time in
// small ticks, each one running the scheduler up to its new time. A tick starts only after the previous
// run ended, so runs never overlap; a slow run makes the next tick longer, so simulated time keeps pace.
import { isThisTabWriting, onTabWritingChange } from '../browser-storage/tab-writer'
import { clockStore, setClockMode } from '../sim-clock/clock'
import { runUntil } from './scheduler'

export const TICK_MS = 250

export interface ClockRunnerOptions {
  tickMs?: number
  /** Real time in milliseconds. */
  realNow?: () => number
  run?: (time: number) => Promise<void>
  /** A run that failed stops the clock (mode back to manual) and is reported here. */
  onError?: (error: unknown) => void
}

/** Starts following the clock's mode; returns a function that stops the runner. */
export function startClockRunner({
  tickMs = TICK_MS,
  realNow = () => Date.now(),
  run = runUntil,
  onError = (error) => console.error('The simulated clock stopped:', error),
}: ClockRunnerOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastReal = realNow()
  let stopped = false

  // Only the tab that writes runs jobs; a tab that follows it shows the time the writing tab stores.
  const isRunning = () => !stopped && isThisTabWriting() && clockStore.getState().mode === 'running'

  const schedule = () => {
    if (timer === undefined && isRunning()) timer = setTimeout(() => void tick(), tickMs)
  }

  const tick = async () => {
    timer = undefined
    if (!isRunning()) return
    const { now, speed } = clockStore.getState()
    const real = realNow()
    const elapsed = Math.max(0, real - lastReal)
    lastReal = real
    try {
      await run(now + elapsed * speed)
    } catch (error) {
      setClockMode('manual')
      onError(error)
      return
    }
    schedule()
  }

  const unsubscribe = clockStore.subscribe((state, previous) => {
    if (state.mode === 'running' && previous.mode !== 'running') {
      // Time paused while the clock was manual does not count.
      lastReal = realNow()
      schedule()
    }
  })
  const unsubscribeWriting = onTabWritingChange((writing) => {
    if (!writing) return
    lastReal = realNow()
    schedule()
  })
  schedule()

  return () => {
    stopped = true
    unsubscribe()
    unsubscribeWriting()
    if (timer !== undefined) clearTimeout(timer)
  }
}
