// What the agent does when DPM asks for a backup: refuse what SQL Server would refuse, or report how much
// data moved and how long it took. Amounts are deterministic functions of (path, kind, time, size).
import {
  type AgentErrorBody,
  type BackupKind,
  type BackupSeries,
  type BackupSeriesResult,
  seriesTimes,
} from '../agent-api/schemas'
import { type DatabaseFacts, instancePathOf } from '../domain/estate/estate'
import { groupOfDatabase, hasOnlinePrimary } from './availability-groups'
import { fnv1a, fnv1aOfInteger, hashToRange } from './deterministic-random'
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

/** One job of a series, as the agent runs it. */
export type BackupJob = Omit<BackupSeries, 'at' | 'every' | 'count'> & { at: number }

export type BackupOutcome =
  | { ok: true; dataTransferredMb: number; durationSec: number }
  | { ok: false; error: AgentErrorBody }

const fail = (code: string, message: string): Failure => ({ ok: false, error: { code, message } })

/**
 * Runs a series' jobs; what refuses them all (the database, its host, its state) is looked at once, and each
 * job's figures go straight into the result's columns (a day of 15-minute synchronizations at 2,000
 * databases is 200,000 jobs: no object per job).
 */
export function runBackupSeries(estate: Estate, series: BackupSeries): BackupSeriesResult {
  const result: BackupSeriesResult = { failed: [], dataTransferredMb: [], durationSec: [] }
  const { path, kind, job } = series
  const run = seriesRunner(estate, path, kind)
  const times = seriesTimes(series)
  for (let index = 0; index < times.length; index++) {
    const at = times[index] as number
    const error = run.refusal(at, job)
    if (error) result.failed.push({ index, error: error.error })
    else run.transfer(at, result)
  }
  return result
}

/** One job alone: a series of one. */
export function runBackupJob(estate: Estate, job: BackupJob): BackupOutcome {
  const result = runBackupSeries(estate, { ...job, at: [job.at] })
  const failed = result.failed[0]
  if (failed) return { ok: false, error: failed.error }
  return {
    ok: true,
    dataTransferredMb: result.dataTransferredMb[0] ?? 0,
    durationSec: result.durationSec[0] ?? 0,
  }
}

type Failure = Extract<BackupOutcome, { ok: false }>

interface SeriesRunner {
  /** Why the job at `at` fails, if it does. */
  refusal(at: number, job: string | undefined): Failure | undefined
  /** Appends a successful job's figures. */
  transfer(at: number, into: Transfers): void
}

/** What the agent answers for each job of one database and kind, the estate being as it is now. */
function seriesRunner(estate: Estate, path: string, kind: BackupKind): SeriesRunner {
  const refuseAll = (failure: Failure): SeriesRunner => ({
    refusal: () => failure,
    transfer: () => undefined,
  })
  const database = findDatabase(estate, path)
  if (!database) {
    const { code, message } = missingDatabaseError(path)
    return refuseAll(fail(code, message))
  }
  const problem = hostAgentProblem(estate, database.host)
  if (problem) return refuseAll(fail(problem.code, problem.message))
  const injected = fail(
    'AgentError',
    `The protection agent on ${database.host} failed the ${KIND_LABELS[kind]} of ${database.path} (injected fault).`,
  )
  const facts = databaseFacts(estate, database)
  const refused = sqlRefusal(estate, database, facts, kind)
  return {
    refusal: (at, job) => (backupJobFails(estate, { path, kind, at, job }) ? injected : refused),
    transfer: transferOf(facts, kind),
  }
}

/** Why SQL Server refuses this kind of backup of the database now, if it does. */
function sqlRefusal(
  estate: Estate,
  database: EstateDatabase,
  facts: DatabaseFacts,
  kind: BackupKind,
): Failure | undefined {
  const group = groupOfDatabase(estate, database.path)
  const refusal = group ? replicaRefusal(group, database) : undefined
  if (refusal) return fail(refusal.code, refusal.message)
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
  if (kind === 'synchronization' && facts.recoveryModel === 'SIMPLE') {
    return fail(
      'LogBackupNotAllowed',
      `BACKUP LOG is not allowed for ${database.path}: it uses the SIMPLE recovery model (SQL Server error 4208).`,
    )
  }
  return undefined
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

type Transfers = Pick<BackupSeriesResult, 'dataTransferredMb' | 'durationSec'>

/** The data moved and the time taken by each job of a database and kind, by the time it runs at. */
function transferOf(facts: DatabaseFacts, kind: BackupKind): (at: number, into: Transfers) => void {
  // The seed is `${path}|${kind}|${at}|${sizeMb}`: its first part, the same for every job of a series, is
  // hashed once (a day of 15-minute synchronizations of 2,000 databases is 200,000 jobs).
  const prefix = fnv1a(`${facts.path}|${kind}|`)
  const suffix = `|${facts.sizeMb}`
  return (at, into) => {
    const seed = fnv1a(suffix, fnv1aOfInteger(at, prefix))
    const share = hashToRange(':share', 0.01, 0.05, seed)
    const pick = (low: number, high: number) => hashToRange(':duration', low, high, seed)
    let dataMb: number
    let seconds: number
    switch (kind) {
      case 'synchronization': // log churn since the last synchronization
        dataMb = facts.logSizeMb * share
        seconds = pick(60, 300)
        break
      case 'express-full': // the pages changed since the last express full
        dataMb = facts.sizeMb * share
        seconds = pick(300, 900)
        break
      default: // consistency check and replica creation read the whole database, at 100-200 MB/s
        dataMb = facts.sizeMb
        seconds = facts.sizeMb / pick(100, 200)
    }
    into.dataTransferredMb.push(Math.round(dataMb * 10) / 10)
    into.durationSec.push(Math.max(1, Math.round(seconds)))
  }
}
