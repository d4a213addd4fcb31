// Whether the Create New Protection Group wizard is open, and for what, with its draft: every choice the
// admin made so far. The Protection tab opens it (New, Modify); the app mounts it. The store is a wizard store
// (wizard-store), so a reload in the middle of the wizard comes back to the same page with the same choices.
import { splitDatabasePath } from '../domain/estate/estate'
import { defaultGroupName } from '../domain/protection/group-name'
import { dataSourceKeyOf, type MirrorDetails } from '../domain/protection/protectability'
import {
  activeDataSources,
  DEFAULT_POLICY,
  type MemberSpec,
  type ProtectionPolicy,
} from '../domain/protection/protection'
import type { StatusTask } from '../domain/protection/protection-groups'
import { queryClient } from './query-client'
import { agentKeys } from './query-keys'
import { getServer } from './server-store'
import { loadStoredStateReadersIfNeeded, storedStateReaders, WIZARD_STORAGE_KEY } from './stored-state'
import type { WizardPage } from './wizard-pages'
import { createWizardStore } from './wizard-store'

export type WizardTarget = { mode: 'create' } | { mode: 'modify'; groupId: string }

export { WIZARD_PAGES, type WizardPage } from './wizard-pages'

/** One data source in Selected members. */
export interface SelectedMember {
  /** dataSourceKeyOf(member): both copies of a mirrored database share it (S2). */
  key: string
  member: MemberSpec
  /** The instance of the copy that was checked (COMPUTER\INSTANCE), for an instance's checkbox. */
  instance: string
  /** The mirror as detected when it was selected. */
  mirror?: MirrorDetails
}

/** What Create Group did, for the Status page. */
export type WizardOutcome = { tasks: StatusTask[]; groupId: string }

export interface WizardDraft {
  target: WizardTarget
  page: WizardPage
  members: SelectedMember[]
  /** Instances checked as a whole: auto protection adds their new databases. */
  autoProtectInstances: string[]
  /** Expanded servers in Available members (their instances load on expand). */
  expanded: string[]
  /** Collapsed inner nodes (All SQL Servers, instances), open by default under an expanded server. */
  collapsed: string[]
  name: string
  shortTermDisk: boolean
  /** The Retention range field as typed, so that a half-typed value survives a reload. */
  retentionText: string
  policy: ProtectionPolicy
  /**
   * A database to select on Select Group Members once its agent answers (the alert's Stop protection
   * retaining data and protect again): its row then says why, should it not be selectable.
   */
  preselect?: string
  /** Modify: the group's name and data source paths when the wizard opened. */
  original?: { name: string; members: string[] }
  /** Set once the admin chose anything: Cancel then asks before discarding. */
  dirty: boolean
  outcome?: WizardOutcome
}

export interface WizardOpenState {
  target?: WizardTarget
  draft?: WizardDraft
}

export const protectionWizardStore = createWizardStore<WizardOpenState>({
  key: WIZARD_STORAGE_KEY,
  what: 'protection group wizard draft',
  version: 1,
  closed: { target: undefined, draft: undefined },
  // The code that checks a stored draft loads only when something is stored (see stored-state).
  beforeRead: loadStoredStateReadersIfNeeded,
  read: (stored) => storedStateReaders().readStoredWizard(stored),
})

const sameTarget = (a: WizardTarget | undefined, b: WizardTarget) =>
  a?.mode === b.mode && (a.mode === 'create' || (b.mode === 'modify' && a.groupId === b.groupId))

export function newDraft(target: WizardTarget, select?: string): WizardDraft {
  const base: WizardDraft = {
    target,
    page: 'welcome',
    members: [],
    autoProtectInstances: [],
    expanded: [],
    collapsed: [],
    name: '',
    shortTermDisk: true,
    retentionText: String(DEFAULT_POLICY.retentionDays),
    policy: DEFAULT_POLICY,
    dirty: false,
  }
  const state = getServer()
  if (target.mode === 'create') {
    const created = { ...base, name: defaultGroupName(Object.values(state.groups)) }
    if (select === undefined) return created
    // Opened for one database: at Select Group Members, its server expanded, the database selected.
    return { ...created, page: 'members', expanded: [splitDatabasePath(select).computer], preselect: select }
  }
  const group = state.groups[target.groupId]
  if (!group) return base
  const members: SelectedMember[] = activeDataSources(state, group.id).map((ds) => {
    const member: MemberSpec = {
      path: ds.path,
      sizeMb: ds.sizeMb,
      logSizeMb: ds.logSizeMb,
      recoveryModel: ds.recoveryModel,
      readOnly: ds.readOnly,
      mirror: ds.mirror ? { sessionId: ds.mirror.sessionId, partners: ds.mirror.partners } : undefined,
      availability: ds.availability,
    }
    const { computer, instance } = splitDatabasePath(ds.path)
    return { key: dataSourceKeyOf(member), member, instance: `${computer}\\${instance}` }
  })
  // Modify protection group reopens the wizard at Select Group Members.
  return {
    ...base,
    page: 'members',
    members,
    autoProtectInstances: group.autoProtectInstances,
    name: group.name,
    retentionText: String(group.policy.retentionDays),
    policy: group.policy,
    original: { name: group.name, members: members.map((m) => m.member.path) },
  }
}

/**
 * Opens the wizard; a draft kept for the same target (a reload, a closed tab) is resumed, unless the wizard
 * is opened to select a database (`select`, a database path), which starts afresh.
 */
export function openProtectionWizard(target: WizardTarget, select?: string): void {
  const { draft } = protectionWizardStore.getState()
  // A wizard opened afresh enumerates the agents again (then, as in DPM, only Refresh re-reads them), so it
  // shows what the lab changed since the last time: a database mirrored since, an agent installed since.
  if (!draft) void queryClient.invalidateQueries({ queryKey: agentKeys.all })
  protectionWizardStore.setState({
    target,
    draft:
      draft && select === undefined && sameTarget(draft.target, target) ? draft : newDraft(target, select),
  })
}

export const closeProtectionWizard = (): void => protectionWizardStore.close()

/** Applies a change to the open draft (pure transitions live with the wizard feature). */
export function updateWizardDraft(change: (draft: WizardDraft) => WizardDraft): void {
  protectionWizardStore.setState((state) => (state.draft ? { draft: change(state.draft) } : state))
}
