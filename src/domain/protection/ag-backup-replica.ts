// Which replica of an Always On availability group DPM backs up from. The wizard's Availability group details
// and the engine (each backup, at run time) ask this one function, so the console never promises a replica
// the engine would not use.
import type { AvailabilityGroupFacts, AvailabilityReplicaFacts, BackupPreference } from '../estate/estate'

/** SQL Server Management Studio's words for the automated backup preference. */
export const BACKUP_PREFERENCE_LABEL: Record<BackupPreference, string> = {
  SECONDARY: 'Prefer secondary',
  SECONDARY_ONLY: 'Secondary only',
  PRIMARY: 'Primary',
  NONE: 'Any replica',
}

/**
 * Why a replica can never take a backup, whatever the preference; undefined when it can. A replica excluded
 * from backup (priority 0, or marked excluded), offline, or a secondary that is not readable is never chosen.
 */
export function replicaBackupBlocker(replica: AvailabilityReplicaFacts): string | undefined {
  if (!replica.online) return 'offline'
  if (replica.excludedFromBackup) return 'excluded from backups'
  if (replica.backupPriority === 0) return 'backup priority 0'
  if (replica.role === 'SECONDARY' && !replica.readableSecondary) return 'not a readable secondary'
  return undefined
}

export type ReplicaChoice =
  | { kind: 'replica'; replica: AvailabilityReplicaFacts }
  | { kind: 'none'; reason: string; fix: string }

/** Highest backup priority first; equal priorities by instance name, so the choice is stable. */
function best(replicas: AvailabilityReplicaFacts[]): AvailabilityReplicaFacts | undefined {
  return [...replicas].sort(
    (a, b) => b.backupPriority - a.backupPriority || a.instance.localeCompare(b.instance),
  )[0]
}

/**
 * The replica a backup of a database of this group runs on now, by the group's automated backup preference:
 * Prefer secondary (a secondary; the primary only when it is the only replica online), Secondary only (never
 * the primary), Primary, Any replica. Among the replicas the preference allows, the one with the highest
 * backup priority that can take a backup. None: the reason, and what the administrator can change; always
 * none while the group has no primary online.
 */
export function chooseBackupReplica(group: AvailabilityGroupFacts): ReplicaChoice {
  // Without a primary online the group's databases are not available on any replica (RESOLVING).
  if (!group.replicas.some((replica) => replica.role === 'PRIMARY' && replica.online)) {
    return {
      kind: 'none',
      reason: `${group.name} has no primary replica online: its databases are not available on any replica.`,
      fix: `Bring the primary replica of ${group.name} online, or fail the group over to a secondary replica.`,
    }
  }
  const able = group.replicas.filter((replica) => replicaBackupBlocker(replica) === undefined)
  const secondaries = able.filter((replica) => replica.role === 'SECONDARY')
  const primary = able.find((replica) => replica.role === 'PRIMARY')
  const preference = group.backupPreference
  const label = BACKUP_PREFERENCE_LABEL[preference]
  const onlySecondaries = best(secondaries)
  const primaryAlone =
    primary !== undefined && group.replicas.every((replica) => replica.role === 'PRIMARY' || !replica.online)

  const chosen =
    preference === 'PRIMARY'
      ? primary
      : preference === 'SECONDARY_ONLY'
        ? onlySecondaries
        : preference === 'SECONDARY'
          ? (onlySecondaries ?? (primaryAlone ? primary : undefined))
          : best(able)
  if (chosen) return { kind: 'replica', replica: chosen }

  const blockers = group.replicas
    .filter((replica) => preference === 'PRIMARY' || replica.role === 'SECONDARY')
    .map((replica) => `${replica.instance} (${replicaBackupBlocker(replica) ?? replica.role.toLowerCase()})`)
  const which =
    preference === 'PRIMARY'
      ? 'the primary replica cannot take a backup'
      : preference === 'SECONDARY'
        ? 'no secondary replica can take a backup and the primary is not the only replica online'
        : preference === 'SECONDARY_ONLY'
          ? 'no secondary replica can take a backup'
          : 'no replica can take a backup'
  return {
    kind: 'none',
    reason: `The backup preference of ${group.name} is ${label}, and ${which}${blockers.length > 0 ? `: ${blockers.join(', ')}` : ''}.`,
    fix:
      preference === 'PRIMARY'
        ? `Bring the primary replica online with a backup priority above 0 and not excluded, or change the backup preference of ${group.name}.`
        : `Bring a readable secondary replica online with a backup priority above 0 and not excluded, or change the backup preference of ${group.name} (Any replica allows the primary).`,
  }
}
