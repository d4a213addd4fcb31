// What the Protection tab's toolbar and details pane act on: the selected group (Stop protection of group,
// Modify) or member, and the data sources that means.
import type { DataSource, DpmServerState } from '../../domain/protection/protection'
import { INACTIVE_PROTECTION, type MembersIndex } from './protection-tree-view'

export type ProtectionSelection =
  | { kind: 'group'; groupId: string; members: DataSource[] }
  | { kind: 'member'; dataSource: DataSource; members: DataSource[] }

export function resolveSelection(
  key: string | undefined,
  state: Pick<DpmServerState, 'groups' | 'dataSources'>,
  index: MembersIndex,
): ProtectionSelection | undefined {
  if (key?.startsWith('group:')) {
    const groupId = key.slice('group:'.length)
    if (groupId !== INACTIVE_PROTECTION && !state.groups[groupId]) return undefined
    const members = index.byGroup.get(groupId) ?? []
    if (groupId === INACTIVE_PROTECTION && members.length === 0) return undefined
    return { kind: 'group', groupId, members }
  }
  if (key?.startsWith('ds:')) {
    const dataSource = state.dataSources[key.slice('ds:'.length)]
    return dataSource ? { kind: 'member', dataSource, members: [dataSource] } : undefined
  }
  return undefined
}

/** Protected members (not retained) of the selection: what Stop protection and the jobs act on. */
export const protectedMembers = (selection: ProtectionSelection | undefined): DataSource[] =>
  selection?.members.filter((ds) => ds.groupId !== undefined) ?? []

/** Retained members of the selection: what Remove inactive protection deletes. */
export const retainedMembers = (selection: ProtectionSelection | undefined): DataSource[] =>
  selection?.members.filter((ds) => ds.groupId === undefined) ?? []

/** The group Modify opens: the selected group, or the group of the selected member. */
export function groupToModify(selection: ProtectionSelection | undefined): string | undefined {
  if (!selection) return undefined
  if (selection.kind === 'group')
    return selection.groupId === INACTIVE_PROTECTION ? undefined : selection.groupId
  return selection.dataSource.groupId
}

export const databaseName = (path: string): string => path.slice(path.lastIndexOf('\\') + 1)
