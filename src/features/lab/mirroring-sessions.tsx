import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import type { MirroringSession } from '../../agent-api/lab-schemas'
import { dpmLab } from './lab-controller'

interface Props {
  sessions: MirroringSession[]
  run: (action: () => Promise<unknown>) => void
  busy: boolean
}

const MAX_ROWS = 50

/** The estate's mirroring sessions, with what a presenter does to them (S5, S6, S7). */
export function MirroringSessions({ sessions, run, busy }: Props) {
  const shown = sessions.slice(0, MAX_ROWS)
  return (
    <>
      <Table aria-label="Mirroring sessions" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Database</TableHeaderCell>
            <TableHeaderCell>Principal</TableHeaderCell>
            <TableHeaderCell>Mirror</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Safety</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((session) => {
            const db = `${session.principal}\\${session.database}`
            return (
              <TableRow key={session.id} data-testid={`session:${session.database}`}>
                <TableCell>{session.database}</TableCell>
                <TableCell data-testid="session-principal">{session.principal}</TableCell>
                <TableCell data-testid="session-mirror">{session.mirror}</TableCell>
                <TableCell>
                  {session.formerPrincipalLost ? `${session.state} (principal lost)` : session.state}
                </TableCell>
                <TableCell>{session.safety === 'FULL' ? 'High safety' : 'High performance'}</TableCell>
                <TableCell>
                  <Button size="small" disabled={busy} onClick={() => run(() => dpmLab.failover(db))}>
                    Fail over
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => run(() => dpmLab.principalFails(db))}>
                    Principal fails
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => run(() => dpmLab.failback(db))}>
                    Fail back
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => run(() => dpmLab.breakMirror(db))}>
                    Break mirror
                  </Button>
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
      {sessions.length > MAX_ROWS && (
        <p>
          {MAX_ROWS} of {sessions.length} sessions shown.
        </p>
      )}
    </>
  )
}
