// The Protection Agent Installation Wizard with DPM's pages, in the console's wizard frame: Select Agent
// Deployment Method, Select Computers, Enter Credentials, Select Cluster Nodes (when a chosen computer is a
// node of a cluster whose other nodes have no agent), Choose Restart Method, Summary, then Installation with
// each computer's progress. The simulated domain checks the credentials on each computer.
import { useMemo } from 'react'
import { useStore } from 'zustand'
import {
  AGENT_INSTALL_PAGE_TITLES,
  agentInstallPages,
  computersProblem,
  credentialsProblems,
  firstIncompletePage,
  installCandidates,
  installRowStatus,
  planAgentInstall,
} from '../../domain/estate/agent-install'
import { runAgentInstall } from '../../dpm/agent-install-actions'
import {
  type AgentInstallDraft,
  agentInstallSession,
  closeAgentInstall,
  updateAgentInstall,
} from '../../dpm/agent-install-store'
import { useWizardNavigation, WizardFrame } from '../ui/wizard-frame'
import {
  ChooseRestartMethodPage,
  DeploymentMethodPage,
  EnterCredentialsPage,
  SelectClusterNodesPage,
  SelectComputersPage,
  SummaryPage,
} from './agent-install-pages'
import { AGENT_STATUS_LABELS } from './agent-status-label'
import { useComputers } from './agents-queries'

export function AgentInstallWizard({ draft }: { draft: AgentInstallDraft }) {
  const computers = useComputers()
  const { password, running } = useStore(agentInstallSession)
  const plan = useMemo(
    () => planAgentInstall(draft.computers, computers.data?.computers ?? [], computers.data?.clusters ?? []),
    [draft.computers, computers.data],
  )
  const candidates = useMemo(
    () =>
      installCandidates(computers.data?.computers ?? []).map((c) => ({
        name: c.name,
        status: AGENT_STATUS_LABELS[c.agent.status],
        cluster: c.cluster,
      })),
    [computers.data],
  )
  const pages = agentInstallPages(plan)
  const { page } = draft
  const navigation = useWizardNavigation(pages, page, (next) => updateAgentInstall({ page: next }))
  const credentials = { userName: draft.userName, domain: draft.domain, password }
  const pageIsValid = () =>
    page === 'computers'
      ? computersProblem(draft.computers) === undefined
      : page !== 'credentials' || Object.keys(credentialsProblems(credentials)).length === 0
  const install = () =>
    navigation.finish(
      firstIncompletePage(draft.computers, credentials),
      () => void runAgentInstall(plan.computers),
    )

  return (
    <WizardFrame
      title="Protection Agent Installation Wizard"
      steps={pages.map((p) => AGENT_INSTALL_PAGE_TITLES[p])}
      current={pages.indexOf(page)}
      headingId="agent-install-page-title"
      size="standard"
      actions={
        page === 'installation'
          ? { onClose: closeAgentInstall, closeDisabled: running }
          : {
              onBack: navigation.back,
              onNext: page === 'summary' ? install : () => void navigation.next(pageIsValid),
              finishLabel: page === 'summary' ? 'Install' : undefined,
              onCancel: closeAgentInstall,
            }
      }
    >
      {page === 'method' && <DeploymentMethodPage />}
      {page === 'computers' && (
        <SelectComputersPage
          draft={draft}
          candidates={{ loading: computers.isPending, error: computers.error?.message, list: candidates }}
          attempted={navigation.attempted}
        />
      )}
      {page === 'credentials' && <EnterCredentialsPage draft={draft} attempted={navigation.attempted} />}
      {page === 'nodes' && <SelectClusterNodesPage plan={plan} />}
      {page === 'restart' && <ChooseRestartMethodPage draft={draft} />}
      {page === 'summary' && <SummaryPage draft={draft} plan={plan} />}
      {page === 'installation' && <InstallationPage draft={draft} running={running} />}
    </WizardFrame>
  )
}

function InstallationPage({ draft, running }: { draft: AgentInstallDraft; running: boolean }) {
  const run = draft.run
  if (!run) return null
  return (
    <table aria-label="Installation progress">
      <thead>
        <tr>
          <th>Computer</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {run.computers.map((name) => {
          const status = installRowStatus(run.outcomes[name], running)
          return (
            <tr key={name} data-testid={`agent-install:${name}`}>
              <td>{name}</td>
              <td>
                <span role={status.state === 'failed' ? 'alert' : undefined}>{status.text}</span>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
