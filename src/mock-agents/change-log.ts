// The estate's change log: every change, stamped with the simulated time at which it happened, so that the
// DPM scheduler can ask "what changed since seq N" instead of re-reading every database before each job.
import type { EstateChange } from '../agent-api/schemas'
import { partitionPoint } from '../domain/partition-point'
import type { Estate } from './estate-model'

export function recordChange(
  estate: Estate,
  change: Omit<EstateChange, 'seq' | 'databases' | 'computers'> &
    Partial<Pick<EstateChange, 'databases' | 'computers'>>,
): EstateChange {
  estate.seq++
  const recorded: EstateChange = {
    seq: estate.seq,
    at: change.at,
    kind: change.kind,
    summary: change.summary,
    databases: [...new Set(change.databases ?? [])],
    computers: [...new Set(change.computers ?? [])],
  }
  estate.changes.push(recorded)
  return recorded
}

/** Changes with a seq greater than `since`, oldest first. */
export function changesSince(estate: Estate, since: number): EstateChange[] {
  // Seqs are ascending: the first one after `since` by binary search.
  return estate.changes.slice(partitionPoint(estate.changes, (change) => change.seq <= since))
}
