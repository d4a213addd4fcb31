// The lab's availability group form: which fields an action needs, each checked as typed against the groups
// the estate has, and the lab's refusal shown next to the field it is about.
import { AgentApiError } from '../../agent-api/client'
import type { AvailabilityGroupFacts } from '../../domain/estate/estate'

export type AgAction =
  | 'failover'
  | 'primary-fails'
  | 'replica-offline'
  | 'replica-online'
  | 'preference'
  | 'priority'
  | 'exclude'
  | 'include'

export interface AgFormValues {
  ag: string
  replica: string
  priority: string
}

export type AgFormErrors = Partial<Record<keyof AgFormValues, string>>

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** The group a name (NAME or CLUSTER\NAME) stands for among `groups`, if exactly one. */
export function findGroup(
  groups: readonly AvailabilityGroupFacts[],
  name: string,
): AvailabilityGroupFacts | undefined {
  const matches = groups.filter((group) =>
    name.includes('\\') ? same(`${group.cluster}\\${group.name}`, name) : same(group.name, name),
  )
  return matches.length === 1 ? matches[0] : undefined
}

const NEEDS_REPLICA: readonly AgAction[] = [
  'replica-offline',
  'replica-online',
  'priority',
  'exclude',
  'include',
]

/** What is wrong with the fields `action` uses; the failover's target is optional (the default target). */
export function checkAgForm(
  action: AgAction,
  values: AgFormValues,
  groups: readonly AvailabilityGroupFacts[],
): AgFormErrors {
  const errors: AgFormErrors = {}
  const group = findGroup(groups, values.ag)
  if (values.ag.trim() === '') errors.ag = 'Enter the availability group, such as AG-Orders.'
  else if (!group) {
    errors.ag = `There is no availability group ${values.ag.trim()} (the estate has ${groups.map((g) => g.name).join(', ') || 'none'}).`
  }
  const replicaNeeded =
    NEEDS_REPLICA.includes(action) || (action === 'failover' && values.replica.trim() !== '')
  if (replicaNeeded) {
    if (values.replica.trim() === '') errors.replica = 'Enter the replica: its node or COMPUTER\\INSTANCE.'
    else if (
      group &&
      !group.replicas.some((r) => same(r.instance, values.replica) || same(r.computer, values.replica))
    ) {
      errors.replica = `${values.replica.trim()} hosts no replica of ${group.name}: its replicas are ${group.replicas.map((r) => r.computer).join(', ')}.`
    }
  }
  if (action === 'priority') {
    const text = values.priority.trim()
    if (!/^\d+$/.test(text) || Number(text) > 100) errors.priority = 'Enter a backup priority from 0 to 100.'
  }
  return errors
}

/** The field a refusal of the lab is about; anything else is shown for the whole form. */
export function agRefusalErrors(error: unknown): AgFormErrors | undefined {
  if (!(error instanceof AgentApiError)) return undefined
  if (error.code === 'AvailabilityGroupNotFound' || error.code === 'AmbiguousAvailabilityGroup') {
    return { ag: error.message }
  }
  if (error.code === 'ReplicaNotFound') return { replica: error.message }
  return undefined
}
