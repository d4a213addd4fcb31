// The Protection tab's tree: protection groups with their members, and the retained members under
// "Inactive protection". Indexed once per state change, never scanned per row (the large preset has 40,000
// databases).
import type { DataSource, DpmServerState, Job, ProtectionGroup } from '../../domain/protection/protection'

/** The row id of DPM's "Inactive protection" group (retained replicas). */
export const INACTIVE_PROTECTION = 'inactive-protection'
export const INACTIVE_PROTECTION_NAME = 'Inactive protection'

export interface MembersIndex {
  /** Members of each group and of Inactive protection, sorted by path. */
  byGroup: Map<string, DataSource[]>
}

export function indexMembers(dataSources: DpmServerState['dataSources']): MembersIndex {
  const byGroup = new Map<string, DataSource[]>()
  for (const ds of Object.values(dataSources)) {
    const key = ds.groupId ?? INACTIVE_PROTECTION
    const list = byGroup.get(key)
    if (list) list.push(ds)
    else byGroup.set(key, [ds])
  }
  for (const list of byGroup.values()) list.sort((a, b) => a.path.localeCompare(b.path))
  return { byGroup }
}

export type ProtectionTreeRow =
  | { kind: 'group'; key: string; groupId: string; name: string; memberCount: number; expanded: boolean }
  | { kind: 'member'; key: string; groupId: string; dataSource: DataSource }

/** Flat rows for a virtualized tree grid: each group (by name, Inactive protection last), then its members. */
export function protectionTreeRows(
  groups: Record<string, ProtectionGroup>,
  index: MembersIndex,
  collapsed: ReadonlySet<string>,
): ProtectionTreeRow[] {
  const heads: { groupId: string; name: string }[] = Object.values(groups)
    .map((group) => ({ groupId: group.id, name: group.name }))
    .sort((a, b) => a.name.localeCompare(b.name))
  if (index.byGroup.has(INACTIVE_PROTECTION)) {
    heads.push({ groupId: INACTIVE_PROTECTION, name: INACTIVE_PROTECTION_NAME })
  }
  const rows: ProtectionTreeRow[] = []
  for (const { groupId, name } of heads) {
    const members = index.byGroup.get(groupId) ?? []
    const expanded = !collapsed.has(groupId)
    rows.push({
      kind: 'group',
      key: `group:${groupId}`,
      groupId,
      name,
      memberCount: members.length,
      expanded,
    })
    if (!expanded) continue
    for (const dataSource of members) {
      rows.push({ kind: 'member', key: `ds:${dataSource.id}`, groupId, dataSource })
    }
  }
  return rows
}

/** The job in progress for each data source (at most one runs at a time per replica). */
export function runningJobs(jobs: readonly Job[]): Map<string, Job> {
  const byDataSource = new Map<string, Job>()
  for (const job of jobs) {
    if (job.status === 'in-progress' && job.dataSourceId) byDataSource.set(job.dataSourceId, job)
  }
  return byDataSource
}
