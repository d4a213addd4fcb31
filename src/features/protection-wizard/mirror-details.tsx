// S2: DPM detects that a database is mirrored and shows the mirror details on Select Group Members.
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { AgentStatus } from '../../domain/estate/estate'
import {
  agentStatusOf,
  type EstateIndex,
  type MirrorDetails as Mirror,
} from '../../domain/protection/protectability'

const useStyles = makeStyles({
  region: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  hosts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  missing: { color: tokens.colorPaletteRedForeground1 },
})

const AGENT_LABELS: Record<AgentStatus, string> = {
  OK: 'OK',
  NotInstalled: 'Not installed',
  Unreachable: 'Unreachable',
}

export function MirrorDetails({ mirror, estate }: { mirror: Mirror; estate?: EstateIndex }) {
  const styles = useStyles()
  const name = mirror.principal.split('\\').at(-1)
  return (
    <section aria-label="Mirror details" data-testid="mirror-details" className={styles.region}>
      <h4 className={styles.heading}>Mirror details: {name}</h4>
      <dl className={styles.facts}>
        <dt>Principal</dt>
        <dd>{mirror.principal}</dd>
        <dt>Mirror</dt>
        <dd>{mirror.mirror}</dd>
        <dt>Witness</dt>
        <dd>{mirror.witness ?? 'None'}</dd>
        <dt>Mirroring state</dt>
        <dd>{mirror.state}</dd>
        <dt>Operating mode</dt>
        <dd>{mirror.operatingMode}</dd>
      </dl>
      <Text size={200} weight="semibold">
        Protection agents
      </Text>
      <ul className={styles.hosts}>
        {mirror.hosts.map((host) => {
          // The agent status as the agents report it now (Refresh), not when the database was selected.
          const agent = estate ? agentStatusOf(estate, host.computer) : host.agent
          return (
            <li
              key={`${host.partner}-${host.computer}`}
              className={agent === 'OK' ? undefined : styles.missing}
            >
              {host.computer} ({host.partner}
              {host.virtualServer ? `, node of ${host.virtualServer}` : ''}): {AGENT_LABELS[agent]}
            </li>
          )
        })}
      </ul>
      <Text size={200}>DPM maintains a single replica for the mirror.</Text>
    </section>
  )
}
