// The console's stores are created empty (their modules run before anything could load the code that reads
// stored state, see stored-state): the console's start reads what the browser holds into them, before its
// first render and before URL parameters change the world.
import { loadWizardFromStorage } from './protection-wizard-store'
import { loadServerFromStorage } from './server-store'

export async function readStoredState(): Promise<void> {
  await loadServerFromStorage()
  await loadWizardFromStorage()
}
