// A lab reset starts a new world: the estate comes from a preset and the DPM server forgets everything it
// knew about the old one (its groups, jobs, alerts, cached inventory, wizard draft), and the clock restarts.
import { DEFAULT_START, resetSimTime } from '../sim-clock/clock'
import { queryClient } from './query-client'
import { resetServer } from './server-store'
import { closeStartedWizards } from './wizard-store'

let world = 0

/** Which world this is: it changes with every reset, so work begun in an older world can tell (the scheduler). */
export const worldNumber = (): number => world

export function resetDpmWorld(at: number = DEFAULT_START): void {
  world++
  resetServer()
  resetSimTime(at)
  queryClient.clear()
  closeStartedWizards()
}
