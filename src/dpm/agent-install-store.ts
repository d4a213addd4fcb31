// The Protection Agent Installation Wizard, opened from anywhere (Management > Agents, or the protection
// wizard's "Install agent" for a missing prerequisite) with computers preselected: its page, the admin's
// choices and each computer's outcome are a wizard store (wizard-store), so a reload comes back to them. The
// password is not: it lives in memory while the wizard is open (agentInstallSession) and goes to the agents
// with each computer's installation, never to the browser's storage; a reload asks for it again.
// The console's shell mounts the wizard, so this module is part of the console's start: the installation
// itself, which needs the agent API, is in agent-install-actions (loaded with the wizard).
import { createStore } from 'zustand/vanilla'
import type { AgentInstallPage, InstallOutcome } from '../domain/estate/agent-install'
import { AGENT_INSTALL_STORAGE_KEY, loadStoredStateReadersIfNeeded, storedStateReaders } from './stored-state'
import { createWizardStore } from './wizard-store'

/** Install was pressed: the computers it covers, and each one's outcome as its agent answers. */
export interface AgentInstallRun {
  computers: string[]
  outcomes: Record<string, InstallOutcome>
}

export interface AgentInstallDraft {
  page: AgentInstallPage
  /** The computers checked on Select Computers (the cluster nodes they bring in are added at Install). */
  computers: string[]
  userName: string
  domain: string
  restart: 'restart' | 'later'
  run?: AgentInstallRun
}

export interface AgentInstallState {
  draft?: AgentInstallDraft
}

export const agentInstallWizardStore = createWizardStore<AgentInstallState>({
  key: AGENT_INSTALL_STORAGE_KEY,
  what: 'Protection Agent Installation Wizard',
  version: 1,
  closed: { draft: undefined },
  beforeRead: loadStoredStateReadersIfNeeded,
  read: (stored) => storedStateReaders().readStoredAgentInstall(stored),
})

/** What this page holds in memory only: the password typed, and whether an installation runs here. */
export const agentInstallSession = createStore<{ password: string; running: boolean }>(() => ({
  password: '',
  running: false,
}))

/** The domain DPM proposes: its own (the simulated estate's NetBIOS name). */
const DPM_DOMAIN = 'CONTOSO'

export function openAgentInstall(preselected: string[] = []): void {
  agentInstallSession.setState({ password: '' })
  agentInstallWizardStore.setState({
    draft: { page: 'method', computers: preselected, userName: '', domain: DPM_DOMAIN, restart: 'later' },
  })
}

export function closeAgentInstall(): void {
  agentInstallSession.setState({ password: '' })
  agentInstallWizardStore.close()
}

export function updateAgentInstall(change: Partial<AgentInstallDraft>): void {
  agentInstallWizardStore.setState((state) =>
    state.draft ? { draft: { ...state.draft, ...change } } : state,
  )
}
