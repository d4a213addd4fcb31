// The Protection Agent Installation wizard can be opened from anywhere (Management > Agents, or the
// protection wizard's "Install agent" for a missing prerequisite) with computers preselected.
import { createStore } from 'zustand/vanilla'

interface AgentInstallState {
  open: boolean
  preselected: string[]
}

export const agentInstallStore = createStore<AgentInstallState>()(() => ({ open: false, preselected: [] }))

export function openAgentInstall(preselected: string[] = []): void {
  agentInstallStore.setState({ open: true, preselected })
}

export function closeAgentInstall(): void {
  agentInstallStore.setState({ open: false, preselected: [] })
}
