// The estate's mirroring sessions (who is principal, mirror and witness, the state and the safety level) and
// what a presenter does to them: S5 (Break mirror), S6 (Fail over, then Fail back), S7 (Principal fails).
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components'
import type { MirroringSession } from '../../agent-api/lab-schemas'
import { dpmLab } from './lab-controller'
import { PagedListControls, usePagedFilter } from './paged-list-controls'
import { PathName } from './path-name'

interface Props {
  sessions: MirroringSession[]
  run: (action: () => Promise<unknown>) => void
  busy: boolean
}

const sessionText = (session: MirroringSession) =>
  `${session.database} ${session.principal} ${session.mirror} ${session.witness ?? ''} ${session.state}`

const useStyles = makeStyles({
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS },
  role: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS },
  actionsHeader: { width: '190px' },
})

const OPERATIONS = [
  { label: 'Fail over', run: dpmLab.failover },
  { label: 'Principal fails', run: dpmLab.principalFails },
  { label: 'Fail back', run: dpmLab.failback },
  { label: 'Break mirror', run: dpmLab.breakMirror },
] as const

export function MirroringSessions({ sessions, run, busy }: Props) {
  const styles = useStyles()
  const paged = usePagedFilter(sessions, sessionText)
  if (sessions.length === 0) return <p>No mirroring session in this estate.</p>
  return (
    <>
      <PagedListControls what="sessions" paged={paged} />
      <Table aria-label="Mirroring sessions" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Database</TableHeaderCell>
            <TableHeaderCell>Partners and witness</TableHeaderCell>
            <TableHeaderCell>State and safety</TableHeaderCell>
            <TableHeaderCell className={styles.actionsHeader}>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.shown.rows.map((session) => {
            const db = `${session.principal}\\${session.database}`
            return (
              <TableRow key={session.id} data-testid={`session:${session.database}`}>
                <TableCell className={styles.cell}>{session.database}</TableCell>
                <TableCell className={styles.cell}>
                  <div>
                    <span className={styles.role}>Principal </span>
                    <PathName path={session.principal} testId="session-principal" />
                  </div>
                  <div>
                    <span className={styles.role}>Mirror </span>
                    <PathName path={session.mirror} testId="session-mirror" />
                  </div>
                  <div>
                    <span className={styles.role}>Witness </span>
                    {session.witness ? <PathName path={session.witness} /> : 'None'}
                  </div>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div data-testid="session-state">
                    {session.formerPrincipalLost ? `${session.state} (principal lost)` : session.state}
                  </div>
                  <div>{session.safety === 'FULL' ? 'High safety' : 'High performance'}</div>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.actions}>
                    {OPERATIONS.map((operation) => (
                      <Button
                        key={operation.label}
                        size="small"
                        disabled={busy}
                        aria-label={`${operation.label}: ${session.database}`}
                        onClick={() => run(() => operation.run(db))}
                      >
                        {operation.label}
                      </Button>
                    ))}
                  </div>
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </>
  )
}
