// The scheduler: moves the simulated clock and runs every job that falls due, in time order.
import { setSimTime, simNow } from '../sim-clock/clock'

/** Advances the clock by `minutes`, running every due job; resolves when the DPM state shows the outcome. */
export async function advanceClock(minutes: number): Promise<void> {
  await runUntil(simNow() + minutes * 60_000)
}

export async function runUntil(time: number): Promise<void> {
  setSimTime(time)
}

/** Starts whatever is due now (a replica creation "Now", a manual consistency check). */
export async function runDueJobs(): Promise<void> {
  await runUntil(simNow())
}
