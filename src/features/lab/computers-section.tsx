// The estate's computers with their protection agent, cluster and databases; installing or removing an agent
// is one click (S1: agents on both partners and every node).
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import type { LabEstate } from '../../agent-api/lab-schemas'
import type { ComputerFacts } from '../../domain/estate/estate'
import { dpmLab } from './lab-controller'
import { PagedListControls, usePagedFilter } from './paged-list-controls'

const AGENT_LABELS = { OK: 'OK', NotInstalled: 'Not installed', Unreachable: 'Unreachable' } as const

const computerText = (computer: ComputerFacts) =>
  `${computer.name} ${computer.cluster ?? ''} ${AGENT_LABELS[computer.agent.status]}`

interface Props {
  estate: LabEstate
  run: (action: () => Promise<unknown>) => void
  busy: boolean
}

export function ComputersSection({ estate, run, busy }: Props) {
  const paged = usePagedFilter(estate.computers, computerText)
  const counts = estate.databaseCounts ?? {}
  return (
    <>
      <PagedListControls what="computers" paged={paged} />
      <Table aria-label="Computers" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Computer</TableHeaderCell>
            <TableHeaderCell>Agent</TableHeaderCell>
            <TableHeaderCell>Cluster</TableHeaderCell>
            <TableHeaderCell>Databases</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.shown.rows.map((computer) => {
            const installed = computer.agent.version !== undefined
            return (
              <TableRow key={computer.name} data-testid={`computer:${computer.name}`}>
                <TableCell>{computer.name}</TableCell>
                <TableCell data-testid="computer-agent">{AGENT_LABELS[computer.agent.status]}</TableCell>
                <TableCell>{computer.cluster ? `node of ${computer.cluster}` : ''}</TableCell>
                {/* A cluster node's instances are the cluster's: they are counted on its virtual servers. */}
                <TableCell>{computer.cluster ? '' : (counts[computer.name] ?? 0)}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() =>
                      run(() =>
                        installed ? dpmLab.uninstallAgent(computer.name) : dpmLab.installAgent(computer.name),
                      )
                    }
                  >
                    {installed ? 'Remove agent' : 'Install agent'}
                  </Button>
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </>
  )
}
