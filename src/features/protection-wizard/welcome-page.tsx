import { Text } from '@fluentui/react-components'

export function WelcomePage() {
  return (
    <div>
      <Text as="p" block>
        A protection group is a collection of data sources that share the same protection configuration: the
        same retention range, synchronization frequency, recovery point schedule and disk allocation.
      </Text>
      <Text as="p" block>
        This wizard selects the SQL Server databases to protect (mirrored databases and SQL Server clusters
        included), chooses how DPM protects them, and creates the replicas.
      </Text>
    </div>
  )
}
