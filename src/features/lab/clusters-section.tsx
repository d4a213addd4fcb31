// Failover clusters: their nodes and the virtual servers of their SQL Server failover cluster instances (S3).
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import type { LabEstate } from '../../agent-api/lab-schemas'
import type { ClusterFacts } from '../../domain/estate/estate'
import { PagedListControls, usePagedFilter } from './paged-list-controls'

const clusterText = (cluster: ClusterFacts) =>
  `${cluster.name} ${cluster.nodes.join(' ')} ${cluster.virtualServers.join(' ')}`

export function ClustersSection({ estate }: { estate: LabEstate }) {
  const paged = usePagedFilter(estate.clusters, clusterText)
  const counts = estate.databaseCounts ?? {}
  if (estate.clusters.length === 0) return <p>No failover cluster in this estate.</p>
  return (
    <>
      <PagedListControls what="clusters" paged={paged} />
      <Table aria-label="Clusters" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Cluster</TableHeaderCell>
            <TableHeaderCell>Nodes</TableHeaderCell>
            <TableHeaderCell>Virtual servers (databases)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.shown.rows.map((cluster) => (
            <TableRow key={cluster.name} data-testid={`cluster:${cluster.name}`}>
              <TableCell>{cluster.name}</TableCell>
              <TableCell>{cluster.nodes.join(', ')}</TableCell>
              <TableCell>
                {cluster.virtualServers.map((server) => `${server} (${counts[server] ?? 0})`).join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  )
}
