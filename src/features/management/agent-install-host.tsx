import { useStore } from 'zustand'
import { agentInstallStore, closeAgentInstall } from '../../dpm/agent-install-store'
import { AgentInstallWizard } from './agent-install-wizard'

/** Mounted once by the app, so the installation can be opened from any screen. */
export function AgentInstallHost() {
  const { open, preselected } = useStore(agentInstallStore)
  if (!open) return null
  return <AgentInstallWizard preselected={preselected} onClose={closeAgentInstall} />
}
