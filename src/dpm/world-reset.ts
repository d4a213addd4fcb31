// A lab reset starts a new world: the estate comes from a preset and the DPM server forgets everything it
// knew about the old one (its groups, jobs, alerts, cached inventory, wizard draft), and the clock restarts.
import { DEFAULT_START, resetSimTime } from '../sim-clock/clock'
import { closeProtectionWizard } from './protection-wizard-store'
import { queryClient } from './query-client'
import { resetServer } from './server-store'

const resetListeners = new Set<() => void>()
let world = 0

/**
 * Lets state that src/dpm cannot import (a feature's store, the Recovery Wizard) be cleared on a world reset.
 * Called by that state's start function, never as a module is imported.
 */
export function onWorldReset(listener: () => void): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

/** Which world this is: it changes with every reset, so work begun in an older world can tell (the scheduler). */
export const worldNumber = (): number => world

export function resetDpmWorld(at: number = DEFAULT_START): void {
  world++
  resetServer()
  resetSimTime(at)
  queryClient.clear()
  closeProtectionWizard()
  for (const listener of resetListeners) listener()
}
