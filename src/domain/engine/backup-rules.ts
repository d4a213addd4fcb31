// The seed's rules at the time of a job: from a data source's protection record and the agents' facts about
// its database copies, decide whether the job runs (and on which copy) or fails, and with which alert.
import { type DatabaseFacts, joinPath, type MirroringFacts, type SimTime } from '../estate/estate'
import { chooseBackupReplica } from '../protection/ag-backup-replica'
import type { AlertType, DataSource, JobType, ProtectionCondition } from '../protection/protection'
import { formatUtc, MINUTE_MS } from '../world/time'
import { availabilityCopyPaths, availabilityGroupNow, copyOn } from './availability-copies'
import { activePathOf, computerOf } from './job-rows'

export interface AgentError {
  code: string
  message: string
}

/** What the agents answered for one database path: its facts, or why they could not be read. */
export interface FactsEntry {
  facts?: DatabaseFacts
  error?: AgentError
}

export type FactsLookup = ReadonlyMap<string, FactsEntry>

export type ProtectionJobType = Exclude<JobType, 'recovery' | 'auto-protection'>

// S7: DPM runs the consistency check on the failed-over database 30 minutes after it detected the failover.
export const FAILOVER_CHECK_DELAY_MS = 30 * MINUTE_MS

/** Estate change kinds (agent API /changes) that move a mirroring session's roles. */
export const ROLE_CHANGE_KINDS: ReadonlySet<string> = new Set(['failover', 'principal-fails', 'failback'])

export interface JobContext {
  ds: DataSource
  type: ProtectionJobType
  facts: FactsLookup
  /** Paths of the active standalone data sources (S8: is the new partner protected too?). */
  standalonePaths: ReadonlySet<string>
}

export type JobDecision =
  /** `sessionId`: the mirroring session the data source follows from now on (re-established mirroring). */
  | { kind: 'run'; target: string; sessionId?: string }
  /** The job does not start (a failure with its alert). `condition` says whether protection itself failed. */
  | { kind: 'fail'; target: string; alert: AlertType; error: string; description: string; condition: boolean }
  /** S7: the principal is now the other partner. */
  | { kind: 'mirror-took-over'; target: string; principal: string }
  /** S5's remedy: mirroring was re-established between the same partners, as a new session. */
  | { kind: 'session-renewed'; target: string; principal: string; sessionId: string }

/**
 * The alerts that speak of a protection condition (docs/protection-states.md): while the data source is in
 * the condition they may be active, and they go inactive when it leaves it.
 */
export function conditionAlerts(condition: ProtectionCondition): AlertType[] {
  switch (condition.kind) {
    case 'ok':
      return []
    case 'cc-scheduled':
      return ['mirror-took-over', 'consistency-check-required']
    case 'failed':
      return [condition.alert]
  }
}

const isBackup = (type: ProtectionJobType) => type === 'synchronization' || type === 'express-full'

// Agent errors that mean the agent could not be asked at all.
const UNREACHABLE_CODES = new Set(['AgentUnreachable', 'AgentNotInstalled'])

/** The alert for an agent's error: the agent is not reachable, or the recovery point failed with its message. */
export function alertForAgentError(error: AgentError): AlertType {
  return UNREACHABLE_CODES.has(error.code) ? 'agent-unreachable' : 'recovery-point-failed'
}

export function describeAgentFailure(path: string, error: AgentError): string {
  return alertForAgentError(error) === 'agent-unreachable'
    ? `The protection agent on ${computerOf(path)} could not be reached for ${path}: ${error.message} The job will run again at its next scheduled time.`
    : `Recovery point creation for ${path} failed: ${error.message}`
}

function agentFailure(target: string, error: AgentError): JobDecision {
  return {
    kind: 'fail',
    target,
    alert: alertForAgentError(error),
    error: error.message,
    description: describeAgentFailure(target, error),
    condition: true,
  }
}

function fail(
  target: string,
  alert: AlertType,
  error: string,
  description: string,
  condition = true,
): JobDecision {
  return { kind: 'fail', target, alert, error, description, condition }
}

/** The facts of one copy, or the failure that stands in for them. */
function factsOf(facts: FactsLookup, path: string): DatabaseFacts | JobDecision {
  const entry = facts.get(path)
  if (entry?.facts) return entry.facts
  return agentFailure(
    path,
    entry?.error ?? { code: 'NoAnswer', message: `The agent gave no facts for ${path}.` },
  )
}

const isDecision = (value: DatabaseFacts | JobDecision): value is JobDecision => 'kind' in value

/** A backup never runs against a mirror copy (RESTORING) or a database that is not online. */
function runOn(target: string, facts: DatabaseFacts): JobDecision {
  if (facts.state !== 'ONLINE' || facts.mirroring?.role === 'MIRROR') {
    const what = facts.mirroring?.role === 'MIRROR' ? 'the mirror copy of a mirroring session' : 'not online'
    const error = `${target} is ${facts.state} (${what}): SQL Server cannot back it up.`
    return fail(
      target,
      'recovery-point-failed',
      error,
      `Recovery point creation for ${target} failed: ${error}`,
    )
  }
  return { kind: 'run', target }
}

/** Decides a job of a data source against the facts its agents report now. */
export function decideJob(context: JobContext): JobDecision {
  const { ds, type } = context
  const refusal = isBackup(type) ? refuseBackup(ds) : undefined
  if (refusal) return refusal
  if (ds.availability) return decideAvailability(context)
  return ds.mirror ? decideMirrored(context) : decideStandalone(context)
}

/**
 * A database of an availability group: the job runs on the replica the group's backup preference chooses now
 * (ag-backup-replica), whichever replica is primary; if it fails there, it fails (no other replica is tried).
 */
function decideAvailability({ ds, facts }: JobContext): JobDecision {
  const spec = ds.availability
  if (!spec) throw new Error(`${ds.path} is not a database of an availability group.`)
  const group = availabilityGroupNow(ds, facts)
  if (!group) {
    // No copy answers as a database of the group: an agent's error says why, otherwise it left the group.
    const errors = availabilityCopyPaths(ds, facts).map((path) => factsOf(facts, path))
    const failure = errors.find(isDecision)
    if (failure && errors.every(isDecision)) return failure
    const error = `${spec.database} is no longer a database of the availability group ${spec.group}.`
    return fail(
      ds.path,
      'recovery-point-failed',
      error,
      `Recovery point creation for ${ds.path} failed: ${error}`,
    )
  }
  const choice = chooseBackupReplica(group)
  if (choice.kind === 'none') {
    const primary = group.replicas.find((replica) => replica.role === 'PRIMARY')
    return fail(
      primary ? copyOn(ds, primary.instance) : ds.path,
      'ag-no-backup-replica',
      choice.reason,
      `DPM cannot back up ${spec.database} of the availability group ${spec.group}: ${choice.reason} Recommended action: ${choice.fix}`,
    )
  }
  const target = copyOn(ds, choice.replica.instance)
  const copy = factsOf(facts, target)
  return isDecision(copy) ? copy : runOn(target, copy)
}

/** A backup that may not start before a consistency check, or before the replica exists. */
function refuseBackup(ds: DataSource): JobDecision | undefined {
  const target = activePathOf(ds)
  // S7: a backup tried before the scheduled consistency check does not start.
  if (ds.condition.kind === 'cc-scheduled') {
    const error = `A consistency check is required before a backup of ${ds.path} can start.`
    return fail(
      target,
      'consistency-check-required',
      error,
      `${error} DPM will run it at ${formatUtc(ds.condition.at)}; to back up now, run a consistency check and retry the backup.`,
      false,
    )
  }
  if (ds.replica === 'inconsistent') {
    const error = `The replica of ${ds.path} is inconsistent.`
    return fail(
      target,
      'replica-inconsistent',
      error,
      `${error} All protection jobs for the data source will fail until the replica is synchronized using consistency check.`,
      false,
    )
  }
  if (ds.replica === 'creation-pending' || ds.replica === 'manual-pending') {
    const error = `The replica of ${ds.path} has not been created yet.`
    return fail(
      target,
      'recovery-point-failed',
      error,
      `Recovery point creation for ${ds.path} failed: ${error}`,
      false,
    )
  }
  return undefined
}

function decideStandalone({ ds, facts, standalonePaths }: JobContext): JobDecision {
  const found = factsOf(facts, ds.path)
  if (isDecision(found)) return found
  const mirroring = found.mirroring
  if (mirroring) {
    const partner = joinPath(mirroring.partnerInstance, found.name)
    // S8: a protected database became the mirror partner of another protected database: both fail.
    if (standalonePaths.has(partner) && partner !== ds.path) {
      const principal = mirroring.role === 'PRINCIPAL' ? ds.path : partner
      return fail(
        ds.path,
        'protected-partners',
        `${ds.path} and ${partner} are both protected and are now partners of one mirroring session.`,
        `${ds.path} and ${partner} are both protected by DPM and are now partners of the mirroring session ${mirroring.sessionId} (principal: ${principal}). Protection fails for both partners. Recommended action: stop protection of both, retaining the replicas on disk, then protect the principal ${principal}; DPM keeps a single replica for the mirror and the retained recovery points stay recoverable.`,
      )
    }
    // S4: the database was protected standalone and is mirrored now: detected at the time of backup.
    return fail(
      ds.path,
      'mirrored-after-protection',
      `${ds.path} is now mirrored (partner ${partner}); it was protected as a standalone database.`,
      `At the time of backup DPM detected that ${ds.path} is now mirrored (mirroring session ${mirroring.sessionId}, partner ${partner}). Recommended action: stop protection of this member retaining the replica on disk, then protect the database again: DPM then detects the mirror and keeps a single replica for it.`,
    )
  }
  return runOn(ds.path, found)
}

/**
 * The mirroring facts of one copy of the data source's session: the session DPM knows, or a new session
 * between the same two partners (mirroring re-established after it was removed).
 */
function sessionFacts(ds: DataSource, facts: FactsLookup, path: string): MirroringFacts | undefined {
  const mirror = ds.mirror
  const copy = facts.get(path)?.facts
  const mirroring = copy?.mirroring
  if (!mirror || !copy || !mirroring) return undefined
  if (mirroring.sessionId === mirror.sessionId) return mirroring
  const partner = mirror.partners.find((candidate) => candidate !== path)
  return joinPath(mirroring.partnerInstance, copy.name) === partner ? mirroring : undefined
}

function decideMirrored({ ds, type, facts }: JobContext): JobDecision {
  const mirror = ds.mirror
  if (!mirror) throw new Error(`${ds.path} is not a mirrored data source.`)
  const active = mirror.activePath
  const principal = currentPrincipal(ds, facts)

  if (principal === undefined) {
    const activeFacts = factsOf(facts, active)
    // The agent of a copy could not answer (the principal may be there): nothing can be said about the session.
    if (isDecision(activeFacts)) return activeFacts
    const other = mirror.partners.find((path) => path !== active) ?? active
    const otherFacts = factsOf(facts, other)
    if (isDecision(otherFacts)) return otherFacts
    if (sessionFacts(ds, facts, active) || sessionFacts(ds, facts, other)) {
      const error = `The mirroring session of ${ds.path} has no principal (${activeFacts.mirroring?.state ?? activeFacts.state}).`
      return fail(
        active,
        'recovery-point-failed',
        error,
        `Recovery point creation for ${ds.path} failed: ${error}`,
      )
    }
    // S5: the session was removed: backups fail until mirroring is re-established or the database reprotected.
    return fail(
      active,
      'mirror-broken',
      `The mirroring session ${mirror.sessionId} of ${ds.path} no longer exists.`,
      `Backups of ${ds.path} fail: the database mirroring session ${mirror.sessionId} between ${mirror.partners.join(' and ')} no longer exists (ID 30164: "...If the database was part of a mirroring session, either re-establish mirroring or remove the database from protection and recreate the protection group."). Recommended action: re-establish mirroring between the same partners, or stop protection of this member retaining the replica on disk, then protect the database again.`,
    )
  }
  const sessionId = sessionFacts(ds, facts, principal)?.sessionId ?? mirror.sessionId
  const renewed = sessionId !== mirror.sessionId
  const check = type === 'consistency-check' || type === 'replica-creation'
  if (renewed && !check) return { kind: 'session-renewed', target: active, principal, sessionId }
  // A check works on the current principal once DPM knows of the role change (S7's resolution) or of a new
  // session, and while there is no replica to protect yet. Otherwise the first job after a failover detects
  // it (S7).
  const noReplica = ds.replica === 'creation-pending' || ds.replica === 'manual-pending'
  const knowsRoles =
    type === 'replica-creation' || noReplica || renewed || ds.condition.kind === 'cc-scheduled'
  if (principal !== active && !(check && knowsRoles))
    return { kind: 'mirror-took-over', target: active, principal }
  const principalFacts = factsOf(facts, principal)
  if (isDecision(principalFacts)) return principalFacts
  const run = runOn(principal, principalFacts)
  return renewed && run.kind === 'run' ? { ...run, sessionId } : run
}

/** S7's alert text: when the consistency check runs, and what the admin may do before. */
export function describeMirrorTookOver(ds: DataSource, principal: string, checkAt: SimTime): string {
  return `The mirror ${principal} is now the principal of ${ds.path}. DPM stopped the backup job and will run a consistency check on the failed-over database at ${formatUtc(checkAt)}, then continue protection there. If the database fails back to the original principal before then, DPM resumes protection there after a consistency check. To back up sooner, run a consistency check now and retry the backup.`
}

/** S6/S7: a role change while a job of the database was in progress. */
export function describeInterruptedJob(ds: DataSource, checkAt: SimTime, summary: string): string {
  return `The mirroring roles of ${ds.path} changed while a backup was in progress (${summary}). DPM stopped the job and will run a consistency check at ${formatUtc(checkAt)} on the current principal, then continue protection there. To back up sooner, run a consistency check now and retry the backup.`
}

/** The principal among a mirrored data source's copies, as the facts show it now. */
export function currentPrincipal(ds: DataSource, facts: FactsLookup): string | undefined {
  return ds.mirror?.partners.find((path) => sessionFacts(ds, facts, path)?.role === 'PRINCIPAL')
}

/** S7: the database failed back before the check; the check runs at the next slot on the original principal. */
export function describeFailbackBeforeCheck(ds: DataSource, checkAt: SimTime): string {
  return `${activePathOf(ds)} is the principal of ${ds.path} again: the database failed back before the consistency check. DPM will run the consistency check at ${formatUtc(checkAt)}, then continue protection there. To back up sooner, run a consistency check now and retry the backup.`
}

/** A consistency check that could not run leaves the replica to be checked again. */
export function describeCheckNotRun(ds: DataSource, error: string): string {
  return `The consistency check of ${ds.path} could not run (${error}): the replica is inconsistent. All protection jobs for the data source will fail until the replica is synchronized using consistency check.`
}

/** S5's remedy worked: the backup waits for a consistency check of the reseeded copies. */
export function describeSessionRenewed(ds: DataSource, sessionId: string): string {
  return `Mirroring of ${ds.path} was re-established between ${ds.mirror?.partners.join(' and ') ?? ds.path} (session ${sessionId}): the replica is inconsistent until a consistency check runs, then protection continues.`
}
