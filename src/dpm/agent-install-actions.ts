// The Protection Agent Installation Wizard's Install: the agent goes on each computer with the credentials
// entered, through the agent API. Loaded with the wizard (agent-install-store is part of the console's start).
import { installAgentWithCredentials } from '../agent-api/agents'
import { errorMessage } from '../agent-api/error-message'
import type { InstallOutcome } from '../domain/estate/agent-install'
import { agentInstallSession, agentInstallWizardStore, updateAgentInstall } from './agent-install-store'
import { refreshAfterAgentChange } from './estate-inventory'
import { queryClient } from './query-client'

const recordOutcome = (computer: string, outcome: InstallOutcome) =>
  agentInstallWizardStore.setState((state) =>
    state.draft?.run
      ? {
          draft: {
            ...state.draft,
            run: { ...state.draft.run, outcomes: { ...state.draft.run.outcomes, [computer]: outcome } },
          },
        }
      : state,
  )

/**
 * Install: the agent goes on each computer with the credentials entered, one request per computer, side by
 * side; each outcome shows as it comes (a wrong password fails each computer the domain refuses it for, and
 * changes nothing there). Then every screen's view of the agents is read again.
 */
export async function runAgentInstall(computers: string[]): Promise<void> {
  const draft = agentInstallWizardStore.getState().draft
  if (!draft) return
  const credentials = {
    userName: draft.userName.trim(),
    domain: draft.domain.trim(),
    password: agentInstallSession.getState().password,
  }
  updateAgentInstall({ page: 'installation', run: { computers, outcomes: {} } })
  // The password is not needed any more: forgotten at once.
  agentInstallSession.setState({ running: true, password: '' })
  await Promise.all(
    computers.map(async (computer) => {
      try {
        await installAgentWithCredentials(computer, credentials)
        recordOutcome(computer, { ok: true })
      } catch (error) {
        recordOutcome(computer, { ok: false, message: errorMessage(error) })
      }
    }),
  )
  agentInstallSession.setState({ running: false })
  await refreshAfterAgentChange(queryClient)
}
