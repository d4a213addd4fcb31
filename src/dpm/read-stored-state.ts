// The console's stores are created empty (their modules run before anything could load the code that reads
// stored state, see stored-state): what the browser holds is read into them once, before the console's first
// render and before URL parameters change the world, once this tab knows whether it writes (tab-writer).
import { loadClockFromStorage } from '../sim-clock/clock'
import { agentInstallWizardStore } from './agent-install-store'
import { protectionWizardStore } from './protection-wizard-store'
import { loadServerFromStorage } from './server-store'
import { startWizardStore } from './wizard-store'

let reading: Promise<void> | undefined

/** Reads the stored state into the stores; every caller waits for the same, single read. */
export function readStoredState(): Promise<void> {
  reading ??= (async () => {
    await loadServerFromStorage()
    loadClockFromStorage()
    // The wizards the console mounts itself; the Recovery Wizard starts with its workspace.
    await startWizardStore(protectionWizardStore)
    await startWizardStore(agentInstallWizardStore)
  })()
  return reading
}
