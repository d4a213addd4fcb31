import { useStore } from 'zustand'
import { clockStore } from '../../sim-clock/clock'

export function useSimNow(): number {
  return useStore(clockStore, (state) => state.now)
}
