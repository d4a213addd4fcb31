// Select Group Members: DPM detects that a database is in an Always On availability group and shows the group,
// its replicas and the replica it will back up from, by the rule the engine uses at each backup.
import { Text } from '@fluentui/react-components'
import { memo } from 'react'
import type { AvailabilityReplicaFacts } from '../../domain/estate/estate'
import { BACKUP_PREFERENCE_LABEL, replicaBackupBlocker } from '../../domain/protection/ag-backup-replica'
import {
  type AvailabilityDetails,
  agentStatusOf,
  type EstateIndex,
} from '../../domain/protection/protectability'
import { AGENT_LABELS } from './details-region'
import styles from './details-region.module.css'

const MODE_LABELS = {
  SYNCHRONOUS_COMMIT: 'Synchronous commit',
  ASYNCHRONOUS_COMMIT: 'Asynchronous commit',
} as const

const SYNCHRONIZATION_LABELS = {
  SYNCHRONIZED: 'Synchronized',
  SYNCHRONIZING: 'Synchronizing',
  NOT_SYNCHRONIZING: 'Not synchronizing',
} as const

function roleText(replica: AvailabilityReplicaFacts): string {
  const role = replica.role === 'PRIMARY' ? 'Primary' : 'Secondary'
  return replica.online ? role : `${role} (offline)`
}

function backupText(replica: AvailabilityReplicaFacts): string {
  if (replica.excludedFromBackup) return `${replica.backupPriority}, excluded`
  return String(replica.backupPriority)
}

/** Memoized: the page around it renders on every focus move and check, which rarely change it. */
export const AvailabilityGroupDetails = memo(function AvailabilityGroupDetails({
  details,
  database,
  estate,
}: {
  details: AvailabilityDetails
  database: string
  estate?: EstateIndex
}) {
  const { group, choice } = details
  return (
    <section aria-label="Availability group details" className={styles.region}>
      <h4 className={styles.heading}>Availability group details: {database}</h4>
      <dl className={styles.facts}>
        <dt>Availability group</dt>
        <dd>{group.name}</dd>
        <dt>Failover cluster</dt>
        <dd>{group.cluster}</dd>
        <dt>Listener</dt>
        <dd>{group.listener}</dd>
        <dt>Backup preference</dt>
        <dd>{BACKUP_PREFERENCE_LABEL[group.backupPreference]}</dd>
      </dl>
      <table aria-label="Availability replicas" className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">Role</th>
            <th scope="col">Availability mode</th>
            <th scope="col">Synchronization state</th>
            <th scope="col">Readable</th>
            <th scope="col">Backup priority</th>
            <th scope="col">Protection agent</th>
          </tr>
        </thead>
        <tbody>
          {group.replicas.map((replica) => {
            // The agent status as the agents report it now (Refresh), not when the database was selected.
            const agent = estate
              ? agentStatusOf(estate, replica.computer)
              : (details.hosts.find((host) => host.computer === replica.computer)?.agent ?? 'NotInstalled')
            return (
              <tr key={replica.instance}>
                <th scope="row">{replica.instance}</th>
                <td>{roleText(replica)}</td>
                <td>
                  {MODE_LABELS[replica.availabilityMode]} ({replica.failoverMode.toLowerCase()} failover)
                </td>
                <td>{SYNCHRONIZATION_LABELS[replica.synchronizationState]}</td>
                <td>{replica.role === 'PRIMARY' || replica.readableSecondary ? 'Yes' : 'No'}</td>
                <td title={replicaBackupBlocker(replica)}>{backupText(replica)}</td>
                <td className={agent === 'OK' ? undefined : styles.problem}>
                  {replica.computer}: {AGENT_LABELS[agent]}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {choice.kind === 'replica' ? (
        <Text size={200} weight="semibold">
          DPM will back up from: {choice.replica.instance}
        </Text>
      ) : (
        <div role="note" className={styles.problem}>
          <Text size={200} weight="semibold" block>
            DPM will back up from: no replica. {choice.reason}
          </Text>
          <Text size={200} block>
            DPM protects the database, but its backups fail until a replica is allowed. {choice.fix}
          </Text>
        </div>
      )}
      <Text size={200}>
        DPM maintains a single replica for the database, whatever replica it backs up from. After a failover
        of the availability group, protection continues: no 30-minute wait and no consistency check, unlike a
        mirroring failover.
      </Text>
    </section>
  )
})
