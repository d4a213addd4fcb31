// The details pane under the Protection tab's grid: the selected member (status, recovery points, mirror
// partners and which one is principal now) or the selected group (its policy).

import { memberStatus } from '../../domain/engine/member-status'
import { instancePathOf } from '../../domain/estate/estate'
import type { DataSource, Job, ProtectionGroup } from '../../domain/protection/protection'
import type { PointSeries, RecoveryPoints } from '../../domain/protection/recovery-points'
import { DetailsPane } from '../ui/details-pane'
import { type Fact, FactList } from '../ui/fact-list'
import { formatMegabytes, formatSimTime } from '../ui/format'
import type { ProtectionSelection } from './protection-selection'
import { INACTIVE_PROTECTION_NAME } from './protection-tree-view'
import { statusText } from './status-text'

interface Props {
  selection?: ProtectionSelection
  groups: Record<string, ProtectionGroup>
  recoveryPoints: RecoveryPoints
  running: Map<string, Job>
}

export function ProtectionDetails({ selection, groups, recoveryPoints, running }: Props) {
  const facts = selection
    ? selection.kind === 'member'
      ? memberFacts(selection.dataSource, groups, recoveryPoints.of(selection.dataSource.id), running)
      : groupFacts(selection, groups)
    : undefined
  return (
    <DetailsPane label="Details" heading="Details">
      {facts ? <FactList facts={facts} /> : <p>Select a protection group or a member to see its details.</p>}
    </DetailsPane>
  )
}

function memberFacts(
  ds: DataSource,
  groups: Record<string, ProtectionGroup>,
  points: PointSeries,
  running: Map<string, Job>,
): Fact[] {
  const facts: Fact[] = [
    ['Data source', ds.path],
    ['Protection group', ds.groupId ? (groups[ds.groupId]?.name ?? ds.groupId) : INACTIVE_PROTECTION_NAME],
    ['Protection status', statusText(memberStatus(ds, running.get(ds.id)))],
    ['Protected since', formatSimTime(ds.protectedAt)],
  ]
  if (ds.stoppedAt !== undefined) facts.push(['Protection stopped', formatSimTime(ds.stoppedAt)])
  facts.push(
    ['Last recovery point', formatLatest(points.latest())],
    ['Recovery points', String(points.length)],
    ['Data size', formatMegabytes(ds.sizeMb)],
  )
  if (ds.mirror) {
    // S2: one replica for the mirror; the partner DPM backs up is the principal as DPM last saw it.
    const [first, second] = ds.mirror.partners
    facts.push(
      ['Mirror partners', `${instancePathOf(first)}, ${instancePathOf(second)}`],
      ['Principal now', instancePathOf(ds.mirror.activePath)],
      ['Replica', 'DPM maintains a single replica for the mirror.'],
    )
  }
  return facts
}

function groupFacts(
  selection: Extract<ProtectionSelection, { kind: 'group' }>,
  groups: Record<string, ProtectionGroup>,
): Fact[] {
  const group = groups[selection.groupId]
  if (!group) {
    return [
      ['Protection group', INACTIVE_PROTECTION_NAME],
      ['Members', String(selection.members.length)],
      ['Recovery', 'Retained recovery points stay recoverable until they expire.'],
    ]
  }
  const { policy } = group
  const sync =
    policy.syncFrequency === 'before-recovery-point'
      ? 'Just before a recovery point'
      : `Every ${policy.syncFrequency} minutes`
  return [
    ['Protection group', group.name],
    ['Members', String(selection.members.length)],
    ['Retention range', `${policy.retentionDays} days`],
    ['Synchronization frequency', sync],
    [
      'Express Full Backup',
      `${policy.expressFull.times.join(', ')} (UTC), ${describeDays(policy.expressFull.days)}`,
    ],
    ['Created', formatSimTime(group.createdAt)],
  ]
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function describeDays(days: readonly number[]): string {
  if (days.length === 7) return 'Everyday'
  return days.map((day) => DAY_NAMES[day]).join(', ')
}

const formatLatest = (latest: number | undefined): string =>
  latest === undefined ? 'None' : formatSimTime(latest)
