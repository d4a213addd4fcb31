// What the agent does when DPM asks for a backup: refuse what SQL Server would refuse, or report how much
// data moved and how long it took. Amounts are deterministic functions of (path, kind, time, size).
import type { BackupKind, BackupRequest, BackupResult } from '../agent-api/schemas'
import { type DatabaseFacts, instancePathOf } from '../domain/estate/estate'
import { groupOfDatabase, hasOnlinePrimary } from './availability-groups'
import { hashToRange } from './deterministic-random'
import { databaseFacts, hostAgentProblem } from './estate-facts'
import {
  type Estate,
  type EstateAvailabilityGroup,
  type EstateDatabase,
  findDatabase,
  key,
  missingDatabaseError,
} from './estate-model'
import { backupJobFails } from './fault-operations'

const KIND_LABELS: Record<BackupKind, string> = {
  'replica-creation': 'replica creation',
  synchronization: 'synchronization',
  'express-full': 'express full backup',
  'consistency-check': 'consistency check',
}

export function runBackupJob(estate: Estate, job: BackupRequest): BackupResult {
  const fail = (code: string, message: string): BackupResult => ({
    id: job.id,
    ok: false,
    error: { code, message },
  })
  const database = findDatabase(estate, job.path)
  if (!database) {
    const { code, message } = missingDatabaseError(job.path)
    return fail(code, message)
  }
  const problem = hostAgentProblem(estate, database.host)
  if (problem) return fail(problem.code, problem.message)
  if (backupJobFails(estate, job)) {
    return fail(
      'AgentError',
      `The protection agent on ${database.host} failed the ${KIND_LABELS[job.kind]} of ${database.path} (injected fault).`,
    )
  }
  const group = groupOfDatabase(estate, database.path)
  const refusal = group ? replicaRefusal(group, database) : undefined
  if (refusal) return fail(refusal.code, refusal.message)
  const facts = databaseFacts(estate, database)
  // A mirror copy is RESTORING and cannot be read: DPM must always back up the principal.
  if (facts.mirroring?.role === 'MIRROR' || facts.state === 'RESTORING') {
    return fail(
      'DatabaseIsMirrorCopy',
      `${database.path} is ${facts.state}${facts.mirroring ? ', the mirror copy of a mirroring session' : ''}: SQL Server cannot back it up.`,
    )
  }
  if (facts.state !== 'ONLINE') {
    return fail('DatabaseNotOnline', `${database.path} is ${facts.state}: SQL Server cannot back it up.`)
  }
  if (job.kind === 'synchronization' && facts.recoveryModel === 'SIMPLE') {
    return fail(
      'LogBackupNotAllowed',
      `BACKUP LOG is not allowed for ${database.path}: it uses the SIMPLE recovery model (SQL Server error 4208).`,
    )
  }
  return { id: job.id, ok: true, ...transfer(job, facts) }
}

/**
 * Why SQL Server cannot back up this copy of an availability group database on its replica now. On a
 * secondary replica SQL Server takes only a copy-only full backup (DPM's replica creation, express full and
 * consistency check) and a regular log backup (synchronization), so either runs there; DPM asks the replica
 * its preference chooses (domain/protection/ag-backup-replica.ts), the agent only refuses what SQL would.
 */
function replicaRefusal(
  group: EstateAvailabilityGroup,
  database: EstateDatabase,
): { code: string; message: string } | undefined {
  const replica = group.replicas.find(
    (candidate) => key(candidate.instance) === key(instancePathOf(database.path)),
  )
  if (!replica) return undefined
  if (!replica.online) {
    return {
      code: 'ReplicaOffline',
      message: `The availability replica of ${group.name} on ${replica.instance} is offline (not connected): SQL Server cannot back up ${database.name} there.`,
    }
  }
  if (!hasOnlinePrimary(group)) {
    return {
      code: 'NoPrimaryReplica',
      message: `Availability group ${group.name} has no online primary replica (RESOLVING): no replica can back up ${database.name} until the primary is back or the group is failed over.`,
    }
  }
  if (replica.role === 'SECONDARY' && !replica.readableSecondary) {
    return {
      code: 'ReplicaNotReadable',
      message: `The target database, '${database.name}', is participating in an availability group and is currently not accessible for queries (SQL Server error 976): ${replica.instance} is not a readable secondary.`,
    }
  }
  return undefined
}

function transfer(
  job: BackupRequest,
  facts: DatabaseFacts,
): { dataTransferredMb: number; durationSec: number } {
  const seed = `${facts.path}|${job.kind}|${job.at}|${facts.sizeMb}`
  const share = hashToRange(`${seed}:share`, 0.01, 0.05)
  const pick = (low: number, high: number) => hashToRange(`${seed}:duration`, low, high)
  switch (job.kind) {
    case 'synchronization': // log churn since the last synchronization
      return round(facts.logSizeMb * share, pick(60, 300))
    case 'express-full': // the pages changed since the last express full
      return round(facts.sizeMb * share, pick(300, 900))
    default: // consistency check and replica creation read the whole database, at 100-200 MB/s
      return round(facts.sizeMb, facts.sizeMb / pick(100, 200))
  }
}

function round(dataMb: number, seconds: number): { dataTransferredMb: number; durationSec: number } {
  return { dataTransferredMb: Math.round(dataMb * 10) / 10, durationSec: Math.max(1, Math.round(seconds)) }
}
