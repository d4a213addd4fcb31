// The Protection tab's status text for one member, derived from what the engine recorded on the data source
// (replica state, protection condition) and the job running for it, in DPM's own words.
import type { SimTime } from '../estate/estate'
import type { DataSource, Job } from '../protection/protection'

export type MemberStatusTone = 'ok' | 'pending' | 'warning' | 'error' | 'inactive'

/** Every status a member can show: the states of docs/protection-states.md, and no others. */
export const MEMBER_STATUS_TEXTS = [
  'Replica creation pending',
  'Manual replica pending',
  'Replica creation in progress',
  'OK',
  'Consistency check scheduled',
  'Consistency check in progress',
  'Replica is inconsistent',
  'Protection failed',
  'Inactive replica available',
] as const

export type MemberStatusText = (typeof MEMBER_STATUS_TEXTS)[number]

export interface MemberStatus {
  text: MemberStatusText
  tone: MemberStatusTone
  /** When the status names a time (S7: the consistency check is scheduled at `at`). */
  at?: SimTime
}

export function memberStatus(ds: DataSource, runningJob?: Pick<Job, 'type'>): MemberStatus {
  // Stopped with the replica retained: its recovery points stay recoverable until they expire.
  if (ds.groupId === undefined) return { text: 'Inactive replica available', tone: 'inactive' }
  const { condition } = ds
  // S4, S5, S8 and agent failures: the last job found protection failing (docs/protection-states.md).
  if (condition.kind === 'failed') return { text: 'Protection failed', tone: 'error' }
  if (runningJob?.type === 'consistency-check')
    return { text: 'Consistency check in progress', tone: 'pending' }
  if (runningJob?.type === 'replica-creation')
    return { text: 'Replica creation in progress', tone: 'pending' }
  // S7: the mirror took over; the check runs 30 minutes after detection.
  if (condition.kind === 'cc-scheduled') {
    return { text: 'Consistency check scheduled', tone: 'warning', at: condition.at }
  }
  switch (ds.replica) {
    case 'inconsistent':
      return { text: 'Replica is inconsistent', tone: 'error' }
    case 'manual-pending':
      return { text: 'Manual replica pending', tone: 'warning' }
    case 'creation-pending':
      return { text: 'Replica creation pending', tone: 'pending' }
    case 'ok':
      return { text: 'OK', tone: 'ok' }
  }
}
