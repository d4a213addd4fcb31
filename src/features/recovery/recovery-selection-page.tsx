// Review Recovery Selection: what is about to be recovered, from when.
import { Text } from '@fluentui/react-components'
import type { DataSource } from '../../domain/protection/protection'
import type { RecoveryPointChoice } from '../../domain/recovery/recovery'
import { type Fact, FactList } from '../ui/fact-list'
import { formatMegabytes, formatSimTime } from '../ui/format'

export function describePoint(point: RecoveryPointChoice): string {
  return point.kind === 'latest' ? `Latest (${formatSimTime(point.at)})` : formatSimTime(point.at)
}

export function RecoverySelectionPage({
  dataSource,
  point,
  groupName,
}: {
  dataSource: DataSource
  point: RecoveryPointChoice
  groupName?: string
}) {
  return (
    <>
      <FactList
        facts={[
          ['Recovery point', describePoint(point)],
          ['Source', dataSource.path],
          ...(dataSource.mirror
            ? [['Mirror partners', dataSource.mirror.partners.join(' and ')] as Fact]
            : []),
          ...(dataSource.availability
            ? [
                [
                  'Availability group',
                  `${dataSource.availability.group} (cluster ${dataSource.availability.cluster})`,
                ] as Fact,
              ]
            : []),
          ['Protection group', groupName ?? 'Inactive protection (replica retained on disk)'],
          ['Data size', formatMegabytes(dataSource.sizeMb)],
        ]}
      />
      {dataSource.mirror && (
        // S9, from the seed.
        <Text as="p">
          This database is mirrored. When you recover a mirrored SQL Server database, always recover to an
          alternate location, even to go back to the original location: give the path of either partner of the
          mirror.
        </Text>
      )}
      {dataSource.availability && (
        <Text as="p">
          This database is in an availability group. DPM does not support recovery to the original location
          for a database of an availability group: recover it to any SQL instance, then join it to the group
          again if needed.
        </Text>
      )}
    </>
  )
}
