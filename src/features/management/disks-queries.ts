// The disks attached to the DPM server as the last rescan found them (Get-DPMDisk): read once, then again only
// on Rescan, so a disk the lab attaches shows after a Rescan, as in DPM.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { listDpmServerDisks } from '../../agent-api/agents'
import { dpmServerKeys } from '../../dpm/query-keys'

export const dpmDisksQuery = () =>
  queryOptions({
    queryKey: dpmServerKeys.disks(),
    queryFn: () => listDpmServerDisks().then((response) => response.disks),
    staleTime: Number.POSITIVE_INFINITY,
  })

export function useFoundDisks() {
  return useQuery(dpmDisksQuery())
}
