// Pure changes to the wizard draft for Select Group Members. A data source is selected once, whichever copy
// of a mirrored database was checked (S2).
import { instancePathOf } from '../../domain/estate/estate'
import type { DatabaseClassification } from '../../domain/protection/protectability'
import { withoutInstancesOf } from '../../domain/protection/protection-groups'
import type { SelectedMember, WizardDraft } from '../../dpm/protection-wizard-store'

export function selectedMemberOf(classification: DatabaseClassification): SelectedMember {
  return {
    key: classification.dataSourceKey,
    member: classification.member,
    instance: instancePathOf(classification.path),
    mirror: classification.mirror,
  }
}

/** Adds the selectable data sources among `classifications`, each once. */
export function selectDatabases(
  draft: WizardDraft,
  classifications: readonly DatabaseClassification[],
): WizardDraft {
  const keys = new Set(draft.members.map((m) => m.key))
  const added: SelectedMember[] = []
  for (const classification of classifications) {
    if (classification.status.kind !== 'selectable' || keys.has(classification.dataSourceKey)) continue
    keys.add(classification.dataSourceKey)
    added.push(selectedMemberOf(classification))
  }
  return added.length === 0 ? draft : { ...draft, members: [...draft.members, ...added], dirty: true }
}

/** Remove (or uncheck): auto protection of the instances it came from stops (withoutInstancesOf). */
export function removeMember(draft: WizardDraft, key: string): WizardDraft {
  const removed = draft.members.find((m) => m.key === key)
  if (!removed) return draft
  return {
    ...draft,
    members: draft.members.filter((m) => m.key !== key),
    autoProtectInstances: withoutInstancesOf(draft.autoProtectInstances, removed.member),
    dirty: true,
  }
}

/** Checking an instance protects all its databases and turns on auto protection for new ones. */
export function checkInstance(
  draft: WizardDraft,
  instancePath: string,
  classifications: readonly DatabaseClassification[],
): WizardDraft {
  const selected = selectDatabases(draft, classifications)
  if (selected.autoProtectInstances.includes(instancePath)) return selected
  return {
    ...selected,
    autoProtectInstances: [...selected.autoProtectInstances, instancePath],
    dirty: true,
  }
}

export function uncheckInstance(draft: WizardDraft, instancePath: string): WizardDraft {
  return {
    ...draft,
    members: draft.members.filter((m) => m.instance !== instancePath),
    autoProtectInstances: draft.autoProtectInstances.filter((path) => path !== instancePath),
    dirty: true,
  }
}

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((item) => item !== id)
  return on ? [...rest, id] : rest
}

export function setServerExpanded(draft: WizardDraft, server: string, expanded: boolean): WizardDraft {
  return { ...draft, expanded: toggled(draft.expanded, server, expanded) }
}

export function setNodeCollapsed(draft: WizardDraft, id: string, collapsed: boolean): WizardDraft {
  return { ...draft, collapsed: toggled(draft.collapsed, id, collapsed) }
}
