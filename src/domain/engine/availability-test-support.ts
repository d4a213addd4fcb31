// For the engine's tests only: Always On availability groups as SQL Server keeps them (roles, failovers,
// replicas going offline, the automated backup preference), for FakeEstate (engine-test-support). It records
// every backup the agent was asked to run on a replica the group's backup preference did not allow then.
import {
  type AvailabilityGroupFacts,
  type AvailabilityReplicaFacts,
  type BackupPreference,
  type DatabaseFacts,
  instancePathOf,
  joinPath,
  splitDatabasePath,
} from '../estate/estate'
import { chooseBackupReplica } from '../protection/ag-backup-replica'
import type { AvailabilitySpec } from '../protection/protection'
import type { AgentError } from './backup-rules'

/** AG-Orders of the default estate: primary SQL-AG01, SQL-AG02 synchronous, SQL-AG03 asynchronous. */
export const AG_ORDERS = 'AG-Orders'
export const AG_CLUSTER = 'SQLAGCLU01'
export const AG_NODE_1 = 'SQL-AG01'
export const AG_NODE_2 = 'SQL-AG02'
export const AG_NODE_3 = 'SQL-AG03'
export const AG_NODES = [AG_NODE_1, AG_NODE_2, AG_NODE_3] as const
export const agCopy = (node: string, database: string) => joinPath(node, 'MSSQLSERVER', database)
export const ORDERS_AG01 = agCopy(AG_NODE_1, 'OrdersDB')

const replica = (
  computer: string,
  synchronous: boolean,
  backupPriority: number,
  role: AvailabilityReplicaFacts['role'] = 'SECONDARY',
): AvailabilityReplicaFacts => ({
  instance: joinPath(computer, 'MSSQLSERVER'),
  computer,
  role,
  availabilityMode: synchronous ? 'SYNCHRONOUS_COMMIT' : 'ASYNCHRONOUS_COMMIT',
  failoverMode: synchronous ? 'AUTOMATIC' : 'MANUAL',
  synchronizationState: synchronous ? 'SYNCHRONIZED' : 'SYNCHRONIZING',
  online: true,
  readableSecondary: true,
  backupPriority,
  excludedFromBackup: false,
})

/** The default estate's AG-Orders, as configured: Prefer secondary, priorities 50 / 60 / 40. */
export function agOrders(): AvailabilityGroupFacts {
  return {
    name: AG_ORDERS,
    cluster: AG_CLUSTER,
    listener: 'ORDERS-LSN',
    backupPreference: 'SECONDARY',
    replicas: [
      replica(AG_NODE_1, true, 50, 'PRIMARY'),
      replica(AG_NODE_2, true, 60),
      replica(AG_NODE_3, false, 40),
    ],
    databases: ['OrdersDB', 'ShippingDB'],
  }
}

type RecordChange = (kind: string, databases: string[]) => void

export class FakeAvailabilityGroups {
  private readonly groups = new Map<string, AvailabilityGroupFacts>()
  /** What the agents report of each group until it changes: one copy per change, not one per facts read. */
  private readonly reported = new Map<string, AvailabilityGroupFacts>()
  /** Backups asked on a copy whose replica the group's backup preference did not choose at that time. */
  readonly disallowedRequests: { path: string; reason: string }[] = []

  add(group: AvailabilityGroupFacts): void {
    this.groups.set(group.name, structuredClone(group))
  }

  names(): string[] {
    return [...this.groups.keys()]
  }

  /** Every copy of the group's databases, on every replica. */
  copies(name: string): string[] {
    const group = this.groups.get(name)
    if (!group) throw new Error(`no availability group ${name}`)
    return group.replicas.flatMap((r) => group.databases.map((database) => joinPath(r.instance, database)))
  }

  /** The group and replica of a copy, if the path is a copy of a database of a group. */
  private locate(path: string) {
    const { database } = splitDatabasePath(path)
    const instance = instancePathOf(path)
    for (const group of this.groups.values()) {
      const own = group.replicas.find((candidate) => candidate.instance === instance)
      if (own && group.databases.includes(database)) return { group, own }
    }
    return undefined
  }

  /** What the wizard hands over for a copy: the database of the group. */
  specOf(path: string): AvailabilitySpec | undefined {
    const found = this.locate(path)
    if (!found) return undefined
    return {
      group: found.group.name,
      cluster: found.group.cluster,
      database: splitDatabasePath(path).database,
    }
  }

  /** The copy of the same database on the group's primary replica (what the wizard protects). */
  primaryCopyOf(path: string): string | undefined {
    const found = this.locate(path)
    const primary = found?.group.replicas.find(
      (candidate) => candidate.role === 'PRIMARY' && candidate.online,
    )
    return primary && joinPath(primary.instance, splitDatabasePath(path).database)
  }

  /** A copy's facts as its agent reports them: the group's state, and not online while its replica is down. */
  decorate(facts: DatabaseFacts): DatabaseFacts {
    const found = this.locate(facts.path)
    if (!found) return facts
    let reported = this.reported.get(found.group.name)
    if (!reported) {
      reported = structuredClone(found.group)
      this.reported.set(found.group.name, reported)
    }
    return { ...facts, state: found.own.online ? 'ONLINE' : 'RECOVERY_PENDING', availabilityGroup: reported }
  }

  /**
   * A backup asked on a copy: whether the rule chooses that copy's replica now (recorded when not), and the
   * error SQL Server answers when the group has no online primary (no copy can be read then).
   */
  backup(path: string): AgentError | undefined {
    const found = this.locate(path)
    if (!found) return undefined
    const choice = chooseBackupReplica(found.group)
    if (choice.kind === 'none') this.disallowedRequests.push({ path, reason: choice.reason })
    else if (choice.replica.instance !== found.own.instance)
      this.disallowedRequests.push({ path, reason: `the rule chooses ${choice.replica.instance}` })
    if (found.group.replicas.some((r) => r.role === 'PRIMARY' && r.online)) return undefined
    return { code: 'NoPrimaryReplica', message: `${found.group.name} has no online primary replica.` }
  }

  /**
   * A failover to the `target`-th possible secondary: planned (an online synchronous-commit secondary) while
   * the primary is online, forced (any online secondary) when the group has no online primary.
   */
  failover(name: string, target: number, record: RecordChange): void {
    const group = this.require(name)
    const planned = group.replicas.some((r) => r.role === 'PRIMARY' && r.online)
    const candidates = group.replicas.filter(
      (r) => r.role === 'SECONDARY' && r.online && (!planned || r.availabilityMode === 'SYNCHRONOUS_COMMIT'),
    )
    const next = candidates[target % Math.max(1, candidates.length)]
    if (!next) throw new Error(`${name} has no secondary replica to fail over to`)
    for (const r of group.replicas) r.role = r === next ? 'PRIMARY' : 'SECONDARY'
    record('ag-failover', this.copies(name))
  }

  /**
   * The primary is lost: automatic failover to an online synchronous secondary with automatic failover. Without
   * one the lost replica keeps the primary role and the group has no primary (RESOLVING) until it comes back
   * or the group is forced over.
   */
  primaryFails(name: string, record: RecordChange): void {
    const group = this.require(name)
    const primary = group.replicas.find((r) => r.role === 'PRIMARY')
    if (!primary?.online) throw new Error(`${name} has no online primary to lose`)
    const next = group.replicas.find(
      (r) => r.role === 'SECONDARY' && r.online && r.failoverMode === 'AUTOMATIC',
    )
    primary.online = false
    if (next) {
      primary.role = 'SECONDARY'
      next.role = 'PRIMARY'
    }
    record('ag-primary-fails', this.copies(name))
  }

  /** A secondary replica goes offline, or an offline one comes back (a lost primary as the primary). */
  setOnline(name: string, computer: string, online: boolean, record: RecordChange): void {
    const found = this.require(name).replicas.find((r) => r.computer === computer)
    if (!found || found.online === online || (found.role === 'PRIMARY' && !online))
      throw new Error(`${computer} cannot go ${online ? 'online' : 'offline'}`)
    found.online = online
    record(online ? 'ag-replica-online' : 'ag-replica-offline', this.copies(name))
  }

  setPreference(name: string, preference: BackupPreference, record: RecordChange): void {
    this.require(name).backupPreference = preference
    record('ag-backup-preference', this.copies(name))
  }

  setReplica(
    name: string,
    computer: string,
    change: Partial<Pick<AvailabilityReplicaFacts, 'backupPriority' | 'excludedFromBackup'>>,
    record: RecordChange,
  ): void {
    const found = this.require(name).replicas.find((r) => r.computer === computer)
    if (!found) throw new Error(`${computer} is not a replica of ${name}`)
    Object.assign(found, change)
    record('ag-replica-backup', this.copies(name))
  }

  /** The group as configured again: every replica online, priorities and exclusions and preference restored. */
  heal(name: string, configured: AvailabilityGroupFacts, record: RecordChange): void {
    const group = this.require(name)
    for (const r of group.replicas) {
      const original = configured.replicas.find((candidate) => candidate.instance === r.instance)
      r.online = true
      r.backupPriority = original?.backupPriority ?? 50
      r.excludedFromBackup = false
    }
    group.backupPreference = configured.backupPreference
    record('ag-healed', this.copies(name))
  }

  /** The group to change: what the agents reported of it is stale from now on. */
  private require(name: string): AvailabilityGroupFacts {
    this.reported.delete(name)
    const group = this.groups.get(name)
    if (!group) throw new Error(`no availability group ${name}`)
    return group
  }
}
