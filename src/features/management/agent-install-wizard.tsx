// The Protection Agent Installation Wizard, shortened to what the simulation needs: Select Computers,
// Select Cluster Nodes (when a node of a cluster was chosen), Summary, then the installation's progress.
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { installCandidates, planAgentInstall } from '../../domain/estate/agent-install'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { AGENT_STATUS_LABELS } from './agent-status-label'
import { useAgentChange, useComputers } from './agents-queries'

type Page = 'Select Computers' | 'Select Cluster Nodes' | 'Summary' | 'Installation'

interface Props {
  preselected: string[]
  onClose: () => void
}

export function AgentInstallWizard({ preselected, onClose }: Props) {
  const computers = useComputers()
  const install = useAgentChange('install')
  const [page, setPage] = useState<Page>('Select Computers')
  const [chosen, setChosen] = useState<string[]>(preselected)
  const [attempted, setAttempted] = useState(false)
  // As the computers are checked: says so once the last one is unchecked, and no longer once one is checked.
  const asTyped = useValidationAsTyped<'computers'>(attempted)
  const error = asTyped.message(
    'computers',
    chosen,
    chosen.length === 0 ? 'Select at least one computer to install the agent on.' : undefined,
  )

  const candidates = useMemo(() => installCandidates(computers.data?.computers ?? []), [computers.data])
  const plan = useMemo(
    () => planAgentInstall(chosen, computers.data?.computers ?? [], computers.data?.clusters ?? []),
    [chosen, computers.data],
  )

  const toggle = (name: string, checked: boolean) => {
    asTyped.changed('computers')
    setChosen((current) => (checked ? [...current, name] : current.filter((c) => c !== name)))
  }

  const next = () => {
    if (page === 'Select Computers') {
      if (chosen.length === 0) return setAttempted(true)
      return setPage(plan.addedNodes.length > 0 ? 'Select Cluster Nodes' : 'Summary')
    }
    if (page === 'Select Cluster Nodes') return setPage('Summary')
    if (page === 'Summary') {
      setPage('Installation')
      install.mutate(plan.computers)
    }
  }
  const back = () => {
    if (page === 'Summary') setPage(plan.addedNodes.length > 0 ? 'Select Cluster Nodes' : 'Select Computers')
    else if (page === 'Select Cluster Nodes') setPage('Select Computers')
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Protection Agent Installation Wizard</DialogTitle>
          <DialogContent>
            <h2>{page}</h2>
            {page === 'Select Computers' && (
              <SelectComputers
                loading={computers.isPending}
                loadError={computers.error?.message}
                candidates={candidates.map((c) => ({
                  name: c.name,
                  status: AGENT_STATUS_LABELS[c.agent.status],
                  cluster: c.cluster,
                }))}
                chosen={chosen}
                onToggle={toggle}
                error={error}
              />
            )}
            {page === 'Select Cluster Nodes' && (
              <>
                <p>
                  DPM protects a clustered SQL Server instance only when a protection agent is installed on
                  every node that its resource group could fail over to. These nodes are added:
                </p>
                <ul aria-label="Added cluster nodes">
                  {plan.addedNodes.map((node) => (
                    <li key={node.computer}>
                      {node.computer} (cluster {node.cluster})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {page === 'Summary' && (
              <>
                <p>The protection agent will be installed on:</p>
                <ul aria-label="Computers">
                  {plan.computers.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </>
            )}
            {page === 'Installation' && (
              <InstallationProgress computers={plan.computers} mutation={install} />
            )}
          </DialogContent>
          <DialogActions>
            {page !== 'Installation' && (
              <>
                <Button disabled={page === 'Select Computers'} onClick={back}>
                  Back
                </Button>
                <Button appearance="primary" onClick={next}>
                  {page === 'Summary' ? 'Install' : 'Next'}
                </Button>
                <Button onClick={onClose}>Cancel</Button>
              </>
            )}
            {page === 'Installation' && (
              <Button appearance="primary" disabled={install.isPending} onClick={onClose}>
                Close
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}

interface SelectComputersProps {
  loading: boolean
  loadError?: string
  candidates: { name: string; status: string; cluster?: string }[]
  chosen: string[]
  onToggle: (name: string, checked: boolean) => void
  error?: string
}

function SelectComputers({ loading, loadError, candidates, chosen, onToggle, error }: SelectComputersProps) {
  if (loading) return <Spinner label="Querying the computers..." />
  if (loadError) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>The computers could not be listed: {loadError}</MessageBarBody>
      </MessageBar>
    )
  }
  if (candidates.length === 0) return <p>Every computer already has a protection agent.</p>
  return (
    <fieldset
      aria-describedby={error ? 'agent-install-error' : undefined}
      style={{ border: 'none', padding: 0 }}
    >
      <legend>Computers without a protection agent</legend>
      <div style={{ maxHeight: 320, overflow: 'auto', display: 'flex', flexDirection: 'column' }}>
        {candidates.map((c) => (
          <Checkbox
            key={c.name}
            label={`${c.name}${c.cluster ? ` (cluster ${c.cluster})` : ''} - ${c.status}`}
            checked={chosen.includes(c.name)}
            onChange={(_, data) => onToggle(c.name, data.checked === true)}
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

function InstallationProgress({
  computers,
  mutation,
}: {
  computers: string[]
  mutation: ReturnType<typeof useAgentChange>
}) {
  const status = mutation.isPending ? 'Installing...' : mutation.isError ? 'Failed' : 'Success'
  return (
    <>
      <table aria-label="Installation progress">
        <thead>
          <tr>
            <th>Computer</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {computers.map((name) => (
            <tr key={name}>
              <td>{name}</td>
              <td>{status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mutation.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{mutation.error.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  )
}
