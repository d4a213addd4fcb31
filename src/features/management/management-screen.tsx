import { makeStyles, tokens } from '@fluentui/react-components'
import { AgentsTable } from './agents-table'

const useStyles = makeStyles({
  root: { display: 'flex', flex: 1, minHeight: 0 },
  nav: {
    width: '200px',
    padding: tokens.spacingHorizontalM,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  content: { flex: 1, padding: tokens.spacingHorizontalM, overflow: 'auto' },
})

/** DPM's Management workspace: the protection agents of the estate. */
export function ManagementScreen() {
  const styles = useStyles()
  return (
    <div className={styles.root}>
      <nav className={styles.nav} aria-label="Management">
        <strong>Agents</strong>
      </nav>
      <div className={styles.content}>
        <AgentsTable />
      </div>
    </div>
  )
}
