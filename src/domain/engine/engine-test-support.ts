// For the engine's tests only: a small simulated estate with SQL Server's mirroring semantics, a deterministic
// agent, and the scheduler's settle loop without HTTP. It records every backup the agent was asked to run
// against a mirror copy, which must never happen.

import {
  type AvailabilityGroupFacts,
  type DatabaseFacts,
  instancePathOf,
  joinPath,
  type RecoveryModel,
  type SimTime,
  splitDatabasePath,
} from '../estate/estate'
import type { DpmServerState, MemberSpec, ProtectionPolicy } from '../protection/protection'
import { DEFAULT_POLICY } from '../protection/protection'
import { createProtectionGroup } from '../protection/protection-groups'
import type { RecoveryPoint } from '../protection/recovery-points'
import { FakeAvailabilityGroups } from './availability-test-support'
import type { FactsEntry } from './backup-rules'
import {
  type BackupJobRequest,
  type BackupOutcome,
  BackupResults,
  type EstateChangeRecord,
  factsPathsOf,
  jobsOf,
  runEngine,
} from './engine'

interface Session {
  id: string
  principal: string
  mirror: string
  /** After a forced service (principal fails) the old principal is down until failback. */
  formerPrincipalLost: boolean
}

export const DURATION_SEC = {
  synchronization: 120,
  'express-full': 600,
  'consistency-check': 300,
  'replica-creation': 300,
} as const

export class FakeEstate {
  private readonly databases = new Map<string, DatabaseFacts>()
  private readonly sessions = new Map<string, Session>()
  private readonly changes: EstateChangeRecord[] = []
  private sessionCount = 0
  seq = 0
  readonly unreachable = new Set<string>()
  /** Computers whose protection agent was removed. */
  readonly withoutAgent = new Set<string>()
  /** Sessions removed by breakMirror, by either partner: what re-establishing the same partners restores. */
  readonly broken = new Map<string, { principal: string; mirror: string }>()
  /** Backups the agent was asked to run on a copy that is not an online principal or standalone database. */
  readonly mirrorCopyRequests: BackupJobRequest[] = []
  /** Always On availability groups of the estate (their databases' copies are databases here too). */
  readonly availability = new FakeAvailabilityGroups()
  requests = 0

  add(path: string, recoveryModel: RecoveryModel = 'FULL', sizeMb = 1000): this {
    const { computer, instance, database } = splitDatabasePath(path)
    this.databases.set(path, {
      path,
      computer,
      instance,
      name: database,
      state: 'ONLINE',
      recoveryModel,
      readOnly: false,
      sizeMb,
      logSizeMb: 100,
    })
    return this
  }

  member(path: string): MemberSpec {
    const facts = this.requireDatabase(path)
    const session = this.sessionOf(path)
    return {
      path,
      sizeMb: facts.sizeMb,
      logSizeMb: facts.logSizeMb,
      recoveryModel: facts.recoveryModel,
      readOnly: facts.readOnly,
      mirror: session ? { sessionId: session.id, partners: [session.principal, session.mirror] } : undefined,
      availability: this.availability.specOf(path),
    }
  }

  /** An availability group: its databases get a copy on every replica. */
  addAvailabilityGroup(group: AvailabilityGroupFacts): this {
    this.availability.add(group)
    for (const path of this.availability.copies(group.name)) this.add(path)
    return this
  }

  /** Records an estate change now: for the lab events of availability groups. */
  recorder(at: SimTime): (kind: string, databases: string[]) => void {
    return (kind, databases) => this.record(at, kind, databases)
  }

  sessionOf(path: string): Session | undefined {
    for (const session of this.sessions.values()) {
      if (session.principal === path || session.mirror === path) return session
    }
    return undefined
  }

  /** Mirrors `principal` onto another instance: the copy there (created if absent) becomes the mirror. */
  establish(principal: string, mirrorInstance: string, at: SimTime): void {
    const facts = this.requireDatabase(principal)
    const mirror = joinPath(mirrorInstance, facts.name)
    if (this.sessionOf(principal) || this.sessionOf(mirror)) throw new Error('already mirrored')
    if (!this.databases.has(mirror)) this.add(mirror, facts.recoveryModel, facts.sizeMb)
    for (const path of [principal, mirror]) {
      const broken = this.broken.get(path)
      if (!broken) continue
      this.broken.delete(broken.principal)
      this.broken.delete(broken.mirror)
    }
    const id = `session-${++this.sessionCount}`
    this.sessions.set(id, { id, principal, mirror, formerPrincipalLost: false })
    this.record(at, 'mirroring-established', [principal, mirror])
  }

  failover(db: string, at: SimTime): void {
    const session = this.requireSession(db)
    if (session.formerPrincipalLost) throw new Error('the former principal is lost')
    ;[session.principal, session.mirror] = [session.mirror, session.principal]
    this.record(at, 'failover', [session.principal, session.mirror])
  }

  principalFails(db: string, at: SimTime): void {
    const session = this.requireSession(db)
    if (session.formerPrincipalLost) throw new Error('the former principal is already lost')
    ;[session.principal, session.mirror] = [session.mirror, session.principal]
    session.formerPrincipalLost = true
    this.record(at, 'principal-fails', [session.principal, session.mirror])
  }

  /** Back to the copy that is not principal now (the old principal comes back when it was lost). */
  failback(db: string, at: SimTime): void {
    const session = this.requireSession(db)
    ;[session.principal, session.mirror] = [session.mirror, session.principal]
    session.formerPrincipalLost = false
    this.record(at, 'failback', [session.principal, session.mirror])
  }

  breakMirror(db: string, at: SimTime): void {
    const session = this.requireSession(db)
    this.sessions.delete(session.id)
    // After SET PARTNER OFF the former mirror stays RESTORING.
    const mirror = this.requireDatabase(session.mirror)
    this.databases.set(session.mirror, { ...mirror, state: 'RESTORING' })
    const partners = { principal: session.principal, mirror: session.mirror }
    this.broken.set(session.principal, partners)
    this.broken.set(session.mirror, partners)
    this.record(at, 'mirroring-removed', [session.principal, session.mirror])
  }

  /** S5's remedy: mirroring re-established between the partners of the broken session (a new session). */
  reestablish(db: string, at: SimTime): void {
    const partners = this.broken.get(db)
    if (!partners) throw new Error(`${db} has no broken session`)
    this.establish(partners.principal, instancePathOf(partners.mirror), at)
  }

  setAgent(computer: string, installed: boolean, at: SimTime): void {
    if (installed) this.withoutAgent.delete(computer)
    else this.withoutAgent.add(computer)
    this.record(at, installed ? 'agent-installed' : 'agent-removed', this.pathsOn(computer))
  }

  /** A new database appears on an instance (the lab's createDatabase). */
  createDatabase(path: string, at: SimTime): void {
    if (this.databases.has(path)) throw new Error(`${path} already exists`)
    this.add(path)
    this.record(at, 'database-created', [path])
  }

  /** Every database path of the estate. */
  paths(): string[] {
    return [...this.databases.keys()]
  }

  private pathsOn(computer: string): string[] {
    return [...this.databases.keys()].filter((path) => splitDatabasePath(path).computer === computer)
  }

  setUnreachable(computer: string, unreachable: boolean, at: SimTime): void {
    if (unreachable) this.unreachable.add(computer)
    else this.unreachable.delete(computer)
    this.record(at, 'faults', this.pathsOn(computer))
  }

  facts(path: string): FactsEntry {
    const base = this.databases.get(path)
    if (!base) return { error: { code: 'DatabaseNotFound', message: `${path} does not exist.` } }
    if (this.withoutAgent.has(base.computer)) {
      return {
        error: {
          code: 'AgentNotInstalled',
          message: `No protection agent is installed on ${base.computer}.`,
        },
      }
    }
    if (this.unreachable.has(base.computer)) {
      return {
        error: {
          code: 'AgentUnreachable',
          message: `The protection agent on ${base.computer} is not reachable.`,
        },
      }
    }
    const session = this.sessionOf(path)
    if (!session) return { facts: this.availability.decorate(base) }
    const principal = session.principal === path
    const partner = principal ? session.mirror : session.principal
    return {
      facts: {
        ...base,
        state: principal ? 'ONLINE' : session.formerPrincipalLost ? 'RECOVERY_PENDING' : 'RESTORING',
        mirroring: {
          sessionId: session.id,
          role: principal ? 'PRINCIPAL' : 'MIRROR',
          partnerInstance: instancePathOf(partner),
          partnerAddress: `TCP://${splitDatabasePath(partner).computer}.contoso.local:5022`,
          state: session.formerPrincipalLost ? 'DISCONNECTED' : 'SYNCHRONIZED',
          safety: 'FULL',
        },
      },
    }
  }

  backup(request: BackupJobRequest): BackupOutcome {
    this.requests++
    // Checked first: a request on a replica the rule did not choose is recorded whatever the agent answers.
    const refused = this.availability.backup(request.path)
    const entry = this.facts(request.path)
    if (!entry.facts) return { ok: false, error: entry.error ?? { code: 'NoAnswer', message: 'no answer' } }
    if (refused) return { ok: false, error: refused }
    if (entry.facts.state !== 'ONLINE' || entry.facts.mirroring?.role === 'MIRROR') {
      this.mirrorCopyRequests.push(request)
      return { ok: false, error: { code: 'DatabaseIsMirrorCopy', message: `${request.path} is RESTORING.` } }
    }
    return { ok: true, dataTransferredMb: 10, durationSec: DURATION_SEC[request.kind] }
  }

  changesSince(seq: number): EstateChangeRecord[] {
    return this.changes.filter((change) => change.seq > seq)
  }

  private record(at: SimTime, kind: string, databases: string[]): void {
    this.changes.push({ seq: ++this.seq, at, kind, summary: `${kind} of ${databases.join(', ')}`, databases })
  }

  private requireDatabase(path: string): DatabaseFacts {
    const facts = this.databases.get(path)
    if (!facts) throw new Error(`unknown database ${path}`)
    return facts
  }

  private requireSession(db: string): Session {
    const session = this.sessionOf(db)
    if (!session) throw new Error(`${db} is not mirrored`)
    return session
  }
}

/** A recovery point is known by its data source and time. */
export const recoveryPointKey = (point: RecoveryPoint) => `${point.dataSourceId}@${point.at}`

/**
 * The same records in a stable order, as a reload gives them back: arrays are collections here (the engine
 * records a data source's run of synchronizations together, not in the order of the hours).
 */
export function canonical(state: DpmServerState): unknown {
  const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
    [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  const sorted = {
    ...state,
    jobs: byKey(state.jobs, (job) => job.id),
    recoveryPoints: byKey(state.recoveryPoints.toArray(), recoveryPointKey),
    alerts: byKey(state.alerts, (alert) => alert.id),
  }
  return JSON.parse(JSON.stringify(sorted))
}

/** The scheduler's loop without HTTP: facts and changes once, then rounds of results until nothing is missing. */
export function advanceTo(state: DpmServerState, estate: FakeEstate, until: SimTime): DpmServerState {
  const changes = estate.changesSince(state.changeSeq)
  const facts = new Map<string, FactsEntry>()
  // As the scheduler: the copies an availability group's known copies name are asked in a second round.
  for (let paths = factsPathsOf(state); paths.length > 0; ) {
    for (const path of paths) facts.set(path, estate.facts(path))
    paths = factsPathsOf(state, facts).filter((path) => !facts.has(path))
  }
  const results = new BackupResults()
  const ask = (requests: readonly BackupJobRequest[]) => {
    for (const request of requests) for (const job of jobsOf(request)) results.set(job, estate.backup(job))
  }
  for (let round = 0; round < 100; round++) {
    const outcome = runEngine(state, {
      until,
      facts,
      changes,
      changeSeq: estate.seq,
      results,
      projectOnly: round === 0,
    })
    if (round === 0) {
      ask(outcome.missing)
      continue
    }
    if (outcome.missing.length === 0) return outcome.state
    ask(outcome.missing)
  }
  throw new Error('the engine did not settle')
}

export function protect(
  state: DpmServerState,
  estate: FakeEstate,
  paths: string[],
  at: SimTime,
  policy: Partial<ProtectionPolicy> = {},
  name = `Group ${Object.keys(state.groups).length + 1}`,
): DpmServerState {
  return createProtectionGroup(
    state,
    {
      name,
      members: paths.map((path) => estate.member(path)),
      autoProtectInstances: [],
      policy: { ...DEFAULT_POLICY, ...policy },
    },
    at,
  ).state
}
