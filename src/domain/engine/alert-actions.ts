// What DPM recommends for an alert (the Monitoring tab's recommended actions and the Protection tab's retry), and
// the resolution text each alert type shows.
import type { Alert, AlertType, DataSource, Job } from '../protection/protection'

export type RecommendedAction = 'run-consistency-check' | 'stop-and-reprotect' | 'retry-backup'

export const RECOMMENDED_ACTION_LABELS: Record<RecommendedAction, string> = {
  'run-consistency-check': 'Run a synchronization job with consistency check',
  'stop-and-reprotect': 'Stop protection retaining data and protect again',
  'retry-backup': 'Retry the backup',
}

const ACTIONS_BY_TYPE: Record<AlertType, readonly RecommendedAction[]> = {
  // S4, S5, S8: remove protection retaining the backup data, then protect again (the principal, for S8).
  'mirrored-after-protection': ['stop-and-reprotect'],
  'mirror-broken': ['stop-and-reprotect'],
  'protected-partners': ['stop-and-reprotect'],
  // S7: the check would run by itself 30 minutes after detection; the admin may run it now.
  'mirror-took-over': ['run-consistency-check'],
  // S7: "To start the backup immediately, do a consistency check and retry the backup."
  'consistency-check-required': ['run-consistency-check', 'retry-backup'],
  'replica-inconsistent': ['run-consistency-check'],
  'manual-replica-pending': ['run-consistency-check'],
  'recovery-point-failed': ['retry-backup'],
  'agent-unreachable': ['retry-backup'],
  'recovery-succeeded': [],
  'recovery-failed': [],
  'auto-protection-failed': [],
  // Once a replica the preference allows is back (or the preference changed), the backup runs there.
  'ag-no-backup-replica': ['retry-backup'],
}

/** What the admin can do about an alert: nothing once it is inactive or its data source left protection. */
export function recommendedActions(alert: Alert, dataSource: DataSource | undefined): RecommendedAction[] {
  if (alert.inactiveAt !== undefined || dataSource?.groupId === undefined) return []
  return [...ACTIONS_BY_TYPE[alert.type]]
}

export const ALERT_RESOLUTIONS: Record<AlertType, string> = {
  'mirrored-after-protection':
    'Remove protection for the database, retaining the backup data, and then protect it again. DPM maintains a single replica for the mirror.',
  'mirror-broken':
    'Either re-establish mirroring, or remove the database from protection (retaining the backup data) and protect it again.',
  'mirror-took-over':
    'DPM runs a consistency check on the database that failed over 30 minutes after it detected the failover. If the database fails back to the original principal within those 30 minutes, DPM resumes protection after a consistency check.',
  'consistency-check-required':
    'The backup will not start until a consistency check is done. To start the backup immediately, do a consistency check and retry the backup.',
  'protected-partners':
    'Protection fails for both partners of the mirror. To continue protection, stop protection of both partners retaining the backup data, and protect the principal partner.',
  'replica-inconsistent':
    'All protection jobs for the data source will fail until the replica is synchronized using consistency check.',
  'manual-replica-pending':
    'Copy the data to the replica, then run a synchronization job with consistency check.',
  'recovery-point-failed': 'Retry the backup. If it fails again, check the error details.',
  'agent-unreachable': 'Check that the protected computer is running and reachable, then retry the backup.',
  'recovery-succeeded': 'No action is required.',
  'recovery-failed': 'Check the error details and run the recovery again.',
  'auto-protection-failed':
    'Fix what the description says stands in the way of protection. The next auto protection job (daily at 00:00) adds the database to the protection group; to protect it at once, add it with Modify protection group.',
  'ag-no-backup-replica':
    "DPM backs up a database of an availability group on the replica its automated backup preference chooses. Bring a replica that the preference allows online (readable, with a backup priority above 0 and not excluded from backups), or change the group's backup preference; then retry the backup, or let the next scheduled backup run on the replica DPM chooses then.",
}

export type BackupKind = 'express-full' | 'synchronization'

/** The backup to retry for a data source: the kind of its latest failed backup, an express full otherwise. */
export function backupToRetry(jobs: readonly Job[], dataSourceId: string): BackupKind {
  for (let i = jobs.length - 1; i >= 0; i--) {
    const job = jobs[i]
    if (job?.dataSourceId !== dataSourceId || job.status !== 'failed') continue
    if (job.type === 'synchronization' || job.type === 'express-full') return job.type
  }
  return 'express-full'
}
