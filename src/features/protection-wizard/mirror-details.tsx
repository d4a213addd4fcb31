// S2: DPM detects that a database is mirrored and shows the mirror details on Select Group Members.
import { Text } from '@fluentui/react-components'
import { memo } from 'react'
import {
  agentStatusOf,
  type EstateIndex,
  type MirrorDetails as Mirror,
} from '../../domain/protection/protectability'
import { AGENT_LABELS } from './details-region'
import styles from './details-region.module.css'

/** Memoized: the page around it renders on every focus move and check, which rarely change it. */
export const MirrorDetails = memo(function MirrorDetails({
  mirror,
  estate,
}: {
  mirror: Mirror
  estate?: EstateIndex
}) {
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
              className={agent === 'OK' ? undefined : styles.problem}
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
})
