import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import type { WizardDraft } from '../../dpm/protection-wizard-store'

export function StatusPage({ draft }: { draft: WizardDraft }) {
  const outcome = draft.outcome
  if (!outcome) return null
  return (
    <Table aria-label="Tasks" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Task</TableHeaderCell>
          <TableHeaderCell>Result</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcome.tasks.map((task) => (
          <TableRow key={task.task}>
            <TableCell>{task.task}</TableCell>
            <TableCell>{task.status}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
