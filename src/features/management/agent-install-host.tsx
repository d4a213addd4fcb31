import { useStore } from 'zustand'
import { agentInstallWizardStore } from '../../dpm/agent-install-store'
import { AgentInstallWizard } from './agent-install-wizard'

/** Mounted once by the app, so the installation can be opened from any screen. */
export function AgentInstallHost() {
  const draft = useStore(agentInstallWizardStore, (state) => state.draft)
  if (!draft) return null
  return <AgentInstallWizard draft={draft} />
}
