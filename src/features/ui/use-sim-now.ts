import { useStore } from 'zustand'
import { clockStore } from '../../sim-clock/clock'

/** The simulated time, re-rendering the component as the clock moves. */
export function useSimNow(): number {
  return useStore(clockStore, (state) => state.now)
}
