// What Next checks on each page before moving on, and what each page shows as the admin types: every problem
// names the field it belongs to, so the page can show it next to that field.
import { type ExistingGroup, validateGroupName } from '../../domain/protection/group-name'
import type { GroupSpec } from '../../domain/protection/protection-groups'
import {
  effectiveSyncFrequency,
  minutesOfDay,
  parseRetentionRange,
  validateShortTermGoals,
} from '../../domain/protection/short-term-goals'
import type { WizardDraft, WizardPage } from '../../dpm/protection-wizard-store'

export type ProblemField =
  | 'members'
  | 'name'
  | 'methods'
  | 'retention'
  | 'sync-frequency'
  | 'schedule'
  | 'later-at'
  | 'daily-start'
  | 'daily-duration'

export interface PageProblem {
  field: ProblemField
  message: string
}

export const NO_MEMBERS_MESSAGE =
  'No members were selected for protection. Select at least one data source. (ID: 31010)'

export interface ValidationContext {
  groups: Iterable<ExistingGroup>
  now: number
}

export function validatePage(
  page: WizardPage,
  draft: WizardDraft,
  context: ValidationContext,
): PageProblem[] {
  switch (page) {
    case 'members':
      return draft.members.length === 0 ? [{ field: 'members', message: NO_MEMBERS_MESSAGE }] : []
    case 'method':
      return validateMethod(draft, context)
    case 'goals':
      return validateGoals(draft)
    case 'replica':
      return validateReplica(draft, context.now)
    case 'consistency':
      return validateConsistency(draft)
    default:
      return []
  }
}

function validateMethod(draft: WizardDraft, context: ValidationContext): PageProblem[] {
  const ownGroupId = draft.target.mode === 'modify' ? draft.target.groupId : undefined
  const problems: PageProblem[] = validateGroupName(draft.name, context.groups, ownGroupId).map(
    (problem) => ({ field: 'name', message: problem.message }),
  )
  if (!draft.shortTermDisk) {
    problems.push({
      field: 'methods',
      message:
        'Select short-term protection using Disk: it is the only protection method this DPM server offers.',
    })
  }
  return problems
}

function validateGoals(draft: WizardDraft): PageProblem[] {
  const retention = parseRetentionRange(draft.retentionText)
  const members = draft.members.map((m) => m.member)
  const policy = {
    ...draft.policy,
    retentionDays: retention.ok ? retention.days : draft.policy.retentionDays,
    syncFrequency: effectiveSyncFrequency(draft.policy, members),
  }
  const problems: PageProblem[] = retention.ok ? [] : [{ field: 'retention', message: retention.message }]
  return [...problems, ...validateShortTermGoals(policy, members)]
}

function validateReplica(draft: WizardDraft, now: number): PageProblem[] {
  const creation = draft.policy.replicaCreation
  if (creation.method !== 'later') return []
  if (!Number.isFinite(creation.at)) {
    return [{ field: 'later-at', message: 'Enter the date and time for the replica creation (UTC).' }]
  }
  if (creation.at < now) {
    return [
      {
        field: 'later-at',
        message: 'Choose a date and time that is not in the past (simulated time, UTC).',
      },
    ]
  }
  return []
}

export const MAX_CHECK_DURATION_HOURS = 24

/** Choose Consistency Check Options: the daily check's start time and maximum duration. */
function validateConsistency(draft: WizardDraft): PageProblem[] {
  const daily = draft.policy.consistencyCheck.daily
  if (!daily) return []
  const problems: PageProblem[] = []
  if (minutesOfDay(daily.start) === undefined) {
    problems.push({ field: 'daily-start', message: 'Enter a start time as HH:MM (UTC).' })
  }
  const hours = daily.maxDurationHours
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_CHECK_DURATION_HOURS) {
    problems.push({
      field: 'daily-duration',
      message: `Enter a maximum duration between 1 and ${MAX_CHECK_DURATION_HOURS} hours.`,
    })
  }
  return problems
}

/** What Create Group (or Modify) hands to the DPM server. */
export function groupSpecOf(draft: WizardDraft): GroupSpec {
  const retention = parseRetentionRange(draft.retentionText)
  const members = draft.members.map((m) => m.member)
  return {
    name: draft.name,
    members,
    autoProtectInstances: draft.autoProtectInstances,
    policy: {
      ...draft.policy,
      retentionDays: retention.ok ? retention.days : draft.policy.retentionDays,
      // Error 31016: SIMPLE or read-only databases only get express full backups.
      syncFrequency: effectiveSyncFrequency(draft.policy, members),
    },
  }
}

/** The first page with a problem, so Create Group can send the admin back to it. */
export function firstInvalidPage(
  pages: readonly WizardPage[],
  draft: WizardDraft,
  context: ValidationContext,
): WizardPage | undefined {
  return pages.find((page) => validatePage(page, draft, context).length > 0)
}
