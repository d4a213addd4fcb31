// The data behind Available members: the servers with an agent, the instances of expanded servers (one agent
// request per server, on expand), the mirror partners' facts (one batch per server), the search results, and
// a classifier over Maps built once per change.
import { type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { DatabaseFacts, InstanceFacts } from '../../domain/estate/estate'
import {
  type ClassifyContext,
  classifyDatabase,
  type DatabaseClassification,
  indexEstate,
  indexProtectedDataSources,
  type PartnerFacts,
  partnerKey,
} from '../../domain/protection/protectability'
import {
  computersQuery,
  instancesQuery,
  partnerFactsQuery,
  partnerPathsOf,
  useDatabaseSearch,
} from '../../dpm/estate-inventory'
import type { WizardDraft } from '../../dpm/protection-wizard-store'
import { useServer } from '../../dpm/use-server'
import {
  buildSearchRows,
  buildTreeRows,
  closedServerRows,
  groupCopyPaths,
  type LoadState,
  listedServers,
  type MemberTreeRow,
  serverKey,
  serversByKey,
} from './member-tree-rows'

// A failed read that is being retried shows as reading again, so Retry answers at once (not after the agent).
function combineLoads(results: UseQueryResult<InstanceFacts[]>[]): LoadState[] {
  return results.map((result) => {
    if (result.error && !result.isFetching) return { status: 'error', message: result.error.message }
    if (result.data) return { status: 'success', instances: result.data }
    return { status: 'pending' }
  })
}

type PartnerOutcome = { data?: Map<string, PartnerFacts>; error?: string }
function combinePartners(results: UseQueryResult<Map<string, PartnerFacts>>[]): PartnerOutcome[] {
  return results.map((result) => ({ data: result.data, error: result.error?.message }))
}

export function useMemberTree(draft: WizardDraft, searchText: string) {
  const computers = useQuery(computersQuery())
  const estate = useMemo(() => (computers.data ? indexEstate(computers.data) : undefined), [computers.data])
  const servers = useMemo(
    () => (computers.data && estate ? listedServers(computers.data, estate) : []),
    [computers.data, estate],
  )

  // An expanded cluster listed for its availability groups has no instances to read: its groups' copies are.
  const groupsByCluster = useMemo(
    () =>
      new Map(
        servers.flatMap((server) =>
          server.availabilityGroups ? [[serverKey(server.name), server.availabilityGroups] as const] : [],
        ),
      ),
    [servers],
  )
  const instanceServers = useMemo(
    () => draft.expanded.filter((server) => !groupsByCluster.has(serverKey(server))),
    [draft.expanded, groupsByCluster],
  )
  // The query lists are memoized: building a partner query's key sorts all its paths.
  const instanceQueries = useMemo(
    () => instanceServers.map((server) => instancesQuery(server)),
    [instanceServers],
  )
  const loads = useQueries({ queries: instanceQueries, combine: combineLoads })
  const loadByServer = useMemo(
    () =>
      new Map(
        instanceServers.map((server, index) => [
          serverKey(server),
          loads[index] ?? { status: 'pending' as const },
        ]),
      ),
    [instanceServers, loads],
  )

  const searching = searchText.trim() !== ''
  const search = useDatabaseSearch(searchText)
  // The search's pages read so far (more are read as the tree is scrolled to its end).
  const searchPages = searching ? search.data?.pages : undefined
  const searchResults = useMemo(() => searchPages?.flatMap((page) => page.databases), [searchPages])

  // Partner copies to read: one batch per loaded server, one per page of search results.
  const partnerGroups = useMemo(() => {
    const groups: string[][] = []
    for (const load of loadByServer.values()) {
      if (load.status === 'success') groups.push(partnerPathsOf(load.instances.flatMap((i) => i.databases)))
    }
    for (const page of searchPages ?? []) groups.push(partnerPathsOf(page.databases))
    // The copies of an expanded cluster's availability group databases: one batch per cluster.
    for (const server of draft.expanded) {
      const clusterGroups = groupsByCluster.get(serverKey(server))
      if (clusterGroups) groups.push(clusterGroups.flatMap(groupCopyPaths).sort())
    }
    return groups.filter((paths) => paths.length > 0)
  }, [loadByServer, searchPages, draft.expanded, groupsByCluster])
  const partnerQueries = useMemo(
    () => partnerGroups.map((paths) => partnerFactsQuery(paths)),
    [partnerGroups],
  )
  const partnerOutcomes = useQueries({ queries: partnerQueries, combine: combinePartners })
  const partnerFacts = useMemo(() => {
    const facts = new Map<string, PartnerFacts>()
    partnerGroups.forEach((paths, index) => {
      const outcome = partnerOutcomes[index]
      if (outcome?.data) for (const [path, entry] of outcome.data) facts.set(path, entry)
      else if (outcome?.error) for (const path of paths) facts.set(partnerKey(path), { error: outcome.error })
    })
    return facts
  }, [partnerGroups, partnerOutcomes])

  const dataSources = useServer((state) => state.dataSources)
  const modifiedGroupId = draft.target.mode === 'modify' ? draft.target.groupId : undefined
  const protectedIndex = useMemo(
    () => indexProtectedDataSources({ dataSources }, modifiedGroupId),
    [dataSources, modifiedGroupId],
  )
  const context = useMemo<ClassifyContext | undefined>(
    () => (estate ? { estate, protectedIndex, partnerFacts } : undefined),
    [estate, protectedIndex, partnerFacts],
  )

  // The rows follow the copies' facts only while a cluster with groups is open: reading mirror partners
  // does not rebuild the tree.
  const clusterOpen = draft.expanded.some((server) => groupsByCluster.has(serverKey(server)))
  const copyFacts = clusterOpen ? partnerFacts : undefined
  const collapsed = useMemo(() => new Set(draft.collapsed), [draft.collapsed])
  const expanded = useMemo(() => new Set(draft.expanded.map(serverKey)), [draft.expanded])
  const closedRows = useMemo(() => closedServerRows(servers), [servers])
  const listed = useMemo(() => serversByKey(servers), [servers])
  const rows: MemberTreeRow[] = useMemo(() => {
    if (searching) return searchResults ? buildSearchRows(searchResults, listed, collapsed) : []
    return buildTreeRows({ servers, closedRows, expanded, collapsed, loads: loadByServer, copyFacts })
  }, [searching, searchResults, listed, servers, closedRows, expanded, collapsed, loadByServer, copyFacts])

  const classify = useMemo(() => {
    const cache = new Map<DatabaseFacts, DatabaseClassification>()
    return (facts: DatabaseFacts): DatabaseClassification | undefined => {
      if (!context) return undefined
      let result = cache.get(facts)
      if (!result) {
        result = classifyDatabase(facts, context)
        cache.set(facts, result)
      }
      return result
    }
  }, [context])

  return {
    computers,
    estate,
    context,
    servers,
    rows,
    classify,
    search: searching ? search : undefined,
    searchMatches: searchResults?.length ?? 0,
  }
}
