// Summary: every choice, before Recover.
import type { DataSource } from '../../domain/protection/protection'
import {
  DATABASE_STATE_LABELS,
  destinationLabel,
  RECOVERY_TYPE_LABELS,
  type RecoverySpec,
} from '../../domain/recovery/recovery'
import { type Fact, FactList } from '../ui/fact-list'
import { describePoint } from './recovery-selection-page'

export function RecoverySummaryPage({ dataSource, spec }: { dataSource: DataSource; spec: RecoverySpec }) {
  const { destination } = spec
  const facts: Fact[] = [
    ['Source', dataSource.path],
    ['Recovery point', describePoint(spec.point)],
    ['Recovery type', RECOVERY_TYPE_LABELS[spec.type]],
    ['Destination', destinationLabel(destination)],
  ]
  if (destination.kind === 'instance' && destination.overwrite) facts.push(['Existing database', 'Replaced'])
  if (spec.type !== 'network-folder') facts.push(['Database state', DATABASE_STATE_LABELS[spec.state]])
  facts.push(
    ['Network bandwidth usage throttling', spec.throttleMbps ? `${spec.throttleMbps} Mbps` : 'Disabled'],
    ['Notification', spec.notify.length ? `E-mail ${spec.notify.join(', ')}` : 'None'],
  )
  return <FactList facts={facts} />
}
