// The pages of the Protection Agent Installation Wizard before Installation, in DPM's words. Each reads the
// draft and writes its own choices; the password goes to the page's memory only (agentInstallSession).
import {
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components'
import { useStore } from 'zustand'
import {
  type CredentialsProblems,
  computersProblem,
  credentialsProblems,
  type InstallPlan,
} from '../../domain/estate/agent-install'
import {
  type AgentInstallDraft,
  agentInstallSession,
  updateAgentInstall,
} from '../../dpm/agent-install-store'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'

export function DeploymentMethodPage() {
  return (
    <RadioGroup aria-label="Agent deployment method" value="install">
      <Radio value="install" label="Install agents" aria-describedby="agent-method-install" />
      <Text as="p" size={200} id="agent-method-install">
        DPM installs the protection agent on computers of a trusted domain, with the credentials of a domain
        account that is an administrator on them.
      </Text>
      <Radio value="attach" label="Attach agents" disabled aria-describedby="agent-method-attach" />
      <Text as="p" size={200} id="agent-method-attach">
        For an agent installed by hand on a computer behind a firewall, in a workgroup or in an untrusted
        domain. Not available here: every computer of this estate is in the domain contoso.local, where DPM
        installs agents itself.
      </Text>
    </RadioGroup>
  )
}

export interface Candidate {
  name: string
  status: string
  cluster?: string
}

interface SelectComputersProps {
  draft: AgentInstallDraft
  candidates: { loading: boolean; error?: string; list: Candidate[] }
  attempted: boolean
}

export function SelectComputersPage({ draft, candidates, attempted }: SelectComputersProps) {
  // As the computers are checked: says so once the last one is unchecked, and no longer once one is checked.
  const asTyped = useValidationAsTyped<'computers'>(attempted)
  const error = asTyped.message('computers', draft.computers, computersProblem(draft.computers))
  const toggle = (name: string, checked: boolean) => {
    asTyped.changed('computers')
    updateAgentInstall({
      computers: checked ? [...draft.computers, name] : draft.computers.filter((c) => c !== name),
    })
  }
  if (candidates.loading) return <Spinner label="Querying the computers..." />
  if (candidates.error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>The computers could not be listed: {candidates.error}</MessageBarBody>
      </MessageBar>
    )
  }
  if (candidates.list.length === 0) return <p>Every computer already has a protection agent.</p>
  return (
    <fieldset
      aria-describedby={error ? 'agent-install-error' : undefined}
      style={{ border: 'none', padding: 0 }}
    >
      <legend>Computers without a protection agent</legend>
      <div style={{ maxHeight: 320, overflow: 'auto', display: 'flex', flexDirection: 'column' }}>
        {candidates.list.map((c) => (
          <Checkbox
            key={c.name}
            label={`${c.name}${c.cluster ? ` (cluster ${c.cluster})` : ''} - ${c.status}`}
            checked={draft.computers.includes(c.name)}
            onChange={(_, data) => toggle(c.name, data.checked === true)}
          />
        ))}
      </div>
      {error && (
        <p id="agent-install-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}

export function EnterCredentialsPage({ draft, attempted }: { draft: AgentInstallDraft; attempted: boolean }) {
  const password = useStore(agentInstallSession, (state) => state.password)
  const problems: CredentialsProblems = credentialsProblems({ ...draft, password })
  const asTyped = useValidationAsTyped<keyof CredentialsProblems>(attempted)
  const field = (name: keyof CredentialsProblems, value: string) => {
    const message = asTyped.message(name, value, problems[name])
    return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) }
  }
  return (
    <>
      <Text as="p">
        Enter the credentials of a domain account that is a member of the local Administrators group on all
        the selected computers. DPM uses them to install the agents and does not keep them.
      </Text>
      <Field label="User name" required {...field('userName', draft.userName)}>
        <Input
          value={draft.userName}
          autoComplete="off"
          onChange={(_, data) => {
            asTyped.changed('userName')
            updateAgentInstall({ userName: data.value })
          }}
        />
      </Field>
      <Field label="Password" required {...field('password', password)}>
        <Input
          type="password"
          value={password}
          autoComplete="off"
          onChange={(_, data) => {
            asTyped.changed('password')
            agentInstallSession.setState({ password: data.value })
          }}
        />
      </Field>
      <Field label="Domain" required {...field('domain', draft.domain)}>
        <Input
          value={draft.domain}
          onChange={(_, data) => {
            asTyped.changed('domain')
            updateAgentInstall({ domain: data.value })
          }}
        />
      </Field>
    </>
  )
}

export function SelectClusterNodesPage({ plan }: { plan: InstallPlan }) {
  return (
    <>
      <p>
        DPM protects a clustered SQL Server instance only when a protection agent is installed on every node
        that its resource group could fail over to. These nodes are added:
      </p>
      <ul aria-label="Added cluster nodes">
        {plan.addedNodes.map((node) => (
          <li key={node.computer}>
            {node.computer} (cluster {node.cluster})
          </li>
        ))}
      </ul>
    </>
  )
}

const RESTART_LABELS: Record<AgentInstallDraft['restart'], string> = {
  restart: 'Yes. Restart the selected computers after installing protection agents (if required).',
  later: 'No. I will restart the selected computers later.',
}

export function ChooseRestartMethodPage({ draft }: { draft: AgentInstallDraft }) {
  return (
    <>
      <RadioGroup
        aria-label="Restart method"
        value={draft.restart}
        onChange={(_, data) =>
          updateAgentInstall({ restart: data.value === 'restart' ? 'restart' : 'later' })
        }
      >
        <Radio value="restart" label={RESTART_LABELS.restart} />
        <Radio value="later" label={RESTART_LABELS.later} />
      </RadioGroup>
      <Text as="p" size={200}>
        The computers of this estate run Windows Server versions on which the protection agent needs no
        restart: either choice installs it at once.
      </Text>
    </>
  )
}

export function SummaryPage({ draft, plan }: { draft: AgentInstallDraft; plan: InstallPlan }) {
  return (
    <>
      <p>The protection agent will be installed on:</p>
      <ul aria-label="Computers">
        {plan.computers.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <dl>
        <dt>Account</dt>
        <dd>
          {draft.domain.trim()}\{draft.userName.trim()}
        </dd>
        <dt>Restart method</dt>
        <dd>{RESTART_LABELS[draft.restart]}</dd>
      </dl>
    </>
  )
}
