// Auto protection: an instance selected as a whole in Select Group Members has its new databases added to
// the protection group by a daily job (DPM runs it at 00:00). What the job does is decided here, from the
// group's auto-protected instances and the agents' inventory of them, by the same protectability rules as
// the wizard's Select Group Members: a database that can be protected is added with the group's policy (its
// replica created as for any new member); one that cannot raises an alert that says why and what to fix.
import { isActive, raiseAlert } from '../engine/alerts'
import { type DatabaseFacts, instancePathOf, type SimTime, splitDatabasePath } from '../estate/estate'
import { DAY_MS, startOfUtcDay } from '../world/time'
import {
  type BlockReason,
  classifyDatabase,
  type EstateIndex,
  indexProtectedDataSources,
  type PartnerFacts,
} from './protectability'
import type { Alert, DpmServerState, Job, MemberSpec, ProtectionGroup } from './protection'
import { addMember } from './protection-groups'

/** The daily auto protection job's first run after `time`: the next midnight UTC (DPM's default, 00:00). */
export function nextAutoProtectionAt(time: SimTime): SimTime {
  return startOfUtcDay(time) + DAY_MS
}

/** The instances some protection group auto-protects, by upper-cased path (the agents' inventory to read). */
export function autoProtectedInstances(state: Pick<DpmServerState, 'groups'>): string[] {
  const paths = new Map<string, string>()
  for (const group of Object.values(state.groups)) {
    for (const path of group.autoProtectInstances) paths.set(path.toUpperCase(), path)
  }
  return [...paths.values()]
}

/** One instance's databases as its agent reported them, or why they could not be read. */
export type InstanceInventory = { databases: readonly DatabaseFacts[] } | { error: string }

export interface AutoProtectionFacts {
  estate: EstateIndex
  /** By upper-cased instance path. */
  inventories: ReadonlyMap<string, InstanceInventory>
  /** The mirror partners' copies, by upper-cased path, as the wizard classifies them. */
  partnerFacts: ReadonlyMap<string, PartnerFacts>
}

export interface BlockedDatabase {
  path: string
  reason: BlockReason
}

/** What one group's auto protection of one instance does. */
export interface AutoProtectionDecision {
  groupId: string
  instancePath: string
  add: MemberSpec[]
  blocked: BlockedDatabase[]
  /** The instance's databases could not be read: nothing is added or known to be blocked. */
  error?: string
}

const byCreation = (a: ProtectionGroup, b: ProtectionGroup) =>
  a.createdAt - b.createdAt || a.id.localeCompare(b.id)

/**
 * Which databases the auto protection job adds to which group, and which it cannot protect. A database
 * already protected (by any group, as either mirror partner) is left alone; both copies of a mirrored
 * database make one data source (S2), added once.
 */
export function decideAutoProtection(
  state: DpmServerState,
  facts: AutoProtectionFacts,
): AutoProtectionDecision[] {
  const context = {
    estate: facts.estate,
    protectedIndex: indexProtectedDataSources(state),
    partnerFacts: facts.partnerFacts,
  }
  const added = new Set<string>()
  const decisions: AutoProtectionDecision[] = []
  for (const group of Object.values(state.groups).sort(byCreation)) {
    for (const instancePath of group.autoProtectInstances) {
      const decision: AutoProtectionDecision = { groupId: group.id, instancePath, add: [], blocked: [] }
      decisions.push(decision)
      const inventory = facts.inventories.get(instancePath.toUpperCase())
      if (!inventory || 'error' in inventory) {
        decision.error = inventory?.error ?? `The databases of ${instancePath} were not read.`
        continue
      }
      for (const db of [...inventory.databases].sort((a, b) => a.path.localeCompare(b.path))) {
        const classified = classifyDatabase(db, context)
        if (classified.status.kind === 'protected' || added.has(classified.dataSourceKey)) continue
        if (classified.status.kind === 'blocked') {
          decision.blocked.push({ path: db.path, reason: classified.status.reason })
          continue
        }
        added.add(classified.dataSourceKey)
        decision.add.push(classified.member)
      }
    }
  }
  return decisions
}

/** What to do about a database auto protection could not add, beside the reason itself. */
function fixFor(reason: BlockReason): string {
  switch (reason.code) {
    case 'missing-agent':
      return 'Install the protection agent (Management > Agents > Install).'
    case 'agent-unreachable':
      return `Check that ${reason.computers.join(', ')} is running and reachable from the DPM server.`
    case 'same-computer':
      return 'Mirror the database onto an instance of another server, or remove mirroring.'
    case 'explicit-ip':
      return 'Set up the mirroring session with the partners’ fully qualified domain names instead of an IP address.'
    case 'not-online':
      return 'Bring the database online.'
    case 'partner-pending':
    case 'partner-unavailable':
      return 'Check the protection agent on the mirror partner.'
  }
}

/** The alert's description: the database, the reason and the recommended fix. */
export function describeBlockedDatabase(blocked: BlockedDatabase, groupName: string): string {
  return `Auto protection could not add the new database ${blocked.path} to protection group ${groupName}. ${blocked.reason.message} ${fixFor(blocked.reason)} The next auto protection job tries again.`
}

function jobError(decision: AutoProtectionDecision): string | undefined {
  if (decision.error !== undefined)
    return `The databases of ${decision.instancePath} could not be read: ${decision.error}`
  if (decision.blocked.length === 0) return undefined
  const paths = decision.blocked.map((blocked) => blocked.path).join(', ')
  const added = decision.add.length > 0 ? ` ${decision.add.length} added.` : ''
  return `${decision.blocked.length} new database(s) could not be protected: ${paths}. See the Auto protection failed alerts.${added}`
}

const sameText = (a: string, b: string) => a.toUpperCase() === b.toUpperCase()

/**
 * Applies the job's decisions at `at`: the new members (their replica creation as the group's policy says),
 * one Auto protection job row per group and instance, an alert per database that could not be added, and
 * the end of those alerts once their database is protected or gone from the instance.
 */
export function applyAutoProtection(
  state: DpmServerState,
  decisions: readonly AutoProtectionDecision[],
  at: SimTime,
): DpmServerState {
  let next = state
  for (const decision of decisions) {
    const group = next.groups[decision.groupId]
    if (!group) continue
    for (const member of decision.add) next = addMember(next, group, member, at).state
    const computer = splitDatabasePath(decision.instancePath).computer
    const error = jobError(decision)
    const job: Job = {
      id: `job-${next.nextId}`,
      type: 'auto-protection',
      source: decision.instancePath,
      computer,
      groupName: group.name,
      status: error === undefined ? 'completed' : 'failed',
      scheduledAt: at,
      startedAt: at,
      endedAt: at,
      trigger: 'schedule',
      ...(error === undefined ? {} : { error }),
    }
    next = { ...next, nextId: next.nextId + 1, jobs: [...next.jobs, job] }
    if (decision.error === undefined) next = alertBlocked(next, decision, group, at)
  }
  return next
}

/** Raises (or refreshes) the alert of each blocked database; ends those of the instance that no longer apply. */
function alertBlocked(
  state: DpmServerState,
  decision: AutoProtectionDecision,
  group: ProtectionGroup,
  at: SimTime,
): DpmServerState {
  const blockedNow = new Set(decision.blocked.map((blocked) => blocked.path.toUpperCase()))
  const cleared = (alert: Alert) =>
    alert.type === 'auto-protection-failed' &&
    isActive(alert) &&
    sameText(alert.groupName, group.name) &&
    sameText(instancePathOf(alert.source), decision.instancePath) &&
    !blockedNow.has(alert.source.toUpperCase())
  let next: DpmServerState = {
    ...state,
    alerts: state.alerts.map((alert) => (cleared(alert) ? { ...alert, inactiveAt: at } : alert)),
  }
  for (const blocked of decision.blocked) {
    const subject = {
      source: blocked.path,
      computer: splitDatabasePath(blocked.path).computer,
      groupName: group.name,
    }
    next = raiseAlert(
      next,
      'auto-protection-failed',
      subject,
      describeBlockedDatabase(blocked, group.name),
      at,
    )
  }
  return next
}
