// A lab reset starts a new world: the estate comes from a preset and the DPM server forgets everything it
// knew about the old one (its groups, jobs, alerts, cached inventory, wizard draft), and the clock restarts.
import { DEFAULT_START, resetSimTime } from '../sim-clock/clock'
import { queryClient } from './query-client'
import { resetServer } from './server-store'

const resetListeners = new Set<() => void>()

/** Lets a slice of DPM state that lives elsewhere (the wizard draft) be cleared on a world reset. */
export function onWorldReset(listener: () => void): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

export function resetDpmWorld(at: number = DEFAULT_START): void {
  resetServer()
  resetSimTime(at)
  queryClient.clear()
  for (const listener of resetListeners) listener()
}
