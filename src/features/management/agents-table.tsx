import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import { useState } from 'react'
import { openAgentInstall } from '../../dpm/agent-install-store'
import { ActionToolbar } from '../ui/action-toolbar'
import { ConfirmDialog } from '../ui/confirm-dialog'
import { formatSimTime } from '../ui/format'
import { AGENT_STATUS_LABELS } from './agent-status-label'
import { useAgentRemoval, useComputers } from './agents-queries'

/**
 * Management > Agents: every computer of the estate, with or without an agent, with its agent's version and last
 * contact as the agents last reported them; Refresh Information asks them again.
 */
export function AgentsTable() {
  const computers = useComputers()
  const uninstall = useAgentRemoval()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [confirmUninstall, setConfirmUninstall] = useState(false)

  const toggle = (name: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (checked) next.add(name)
      else next.delete(name)
      return next
    })

  const rows = computers.data?.computers ?? []
  const selectedRows = rows.filter((c) => selected.has(c.name))
  const withAgent = selectedRows.filter((c) => c.agent.status !== 'NotInstalled').map((c) => c.name)
  const withoutAgent = selectedRows.filter((c) => c.agent.status !== 'OK').map((c) => c.name)

  return (
    <section aria-label="Agents">
      <ActionToolbar label="Agent actions">
        <Button onClick={() => openAgentInstall(withoutAgent)}>Install</Button>
        <Button disabled={withAgent.length === 0} onClick={() => setConfirmUninstall(true)}>
          {/* Not "Uninstall": a test's getByRole('button', { name: 'Install' }) must find one button. */}
          Remove agent
        </Button>
        <Button onClick={() => computers.refetch()}>Refresh Information</Button>
      </ActionToolbar>
      {computers.isPending && <Spinner label="Querying the protection agents..." />}
      {computers.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>The agents could not be listed: {computers.error.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => computers.refetch()}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {uninstall.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Removing the agent failed: {uninstall.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <Table aria-label="Agents" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 40 }}>
              <span className="visually-hidden">Select</span>
            </TableHeaderCell>
            <TableHeaderCell>Computer</TableHeaderCell>
            <TableHeaderCell>Agent Status</TableHeaderCell>
            <TableHeaderCell>Agent Version</TableHeaderCell>
            <TableHeaderCell>Last Contact</TableHeaderCell>
            <TableHeaderCell>Cluster</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((computer) => (
            <TableRow key={computer.name} data-testid={`agent:${computer.name}`}>
              <TableCell>
                <Checkbox
                  aria-label={`Select ${computer.name}`}
                  checked={selected.has(computer.name)}
                  onChange={(_, data) => toggle(computer.name, data.checked === true)}
                />
              </TableCell>
              <TableCell>{computer.name}</TableCell>
              <TableCell>{AGENT_STATUS_LABELS[computer.agent.status]}</TableCell>
              <TableCell>{computer.agent.version ?? ''}</TableCell>
              <TableCell>
                {computer.agent.lastContact === undefined ? '' : formatSimTime(computer.agent.lastContact)}
              </TableCell>
              <TableCell>{computer.cluster ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={confirmUninstall}
        title="Remove protection agents"
        message={`Remove the protection agent from ${withAgent.join(', ')}? DPM can no longer protect their data.`}
        confirmLabel="Remove agent"
        onCancel={() => setConfirmUninstall(false)}
        onConfirm={() => {
          setConfirmUninstall(false)
          uninstall.mutate(withAgent, { onSuccess: () => setSelected(new Set()) })
        }}
      />
    </section>
  )
}
