// The estate as DPM's cache of what the agents reported (TanStack Query), for the protection wizard's Select
// Group Members. Its keys are `agentKeys` (query-keys.ts), so that Refresh re-reads everything.
import { infiniteQueryOptions, type QueryClient, queryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { getDatabaseFacts, listComputers, listInstances, searchDatabases } from '../agent-api/agents'
import type { DatabaseFacts } from '../domain/estate/estate'
import { type PartnerFacts, partnerKey } from '../domain/protection/protectability'
import { agentKeys, labKeys } from './query-keys'

/** Matches read per agent request: a few screens of the tree; more are read as the admin scrolls to the end. */
const SEARCH_PAGE = 100

/** An agent was installed or removed: every screen's view of the agents, and the lab's of the estate, read again. */
export const refreshAfterAgentChange = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: agentKeys.all }),
    client.invalidateQueries({ queryKey: labKeys.all }),
  ])

export const computersQuery = () =>
  queryOptions({ queryKey: agentKeys.computers(), queryFn: ({ signal }) => listComputers(signal) })

/** Instances and databases of a computer or virtual server: one agent request, on expand. */
export const instancesQuery = (server: string) =>
  queryOptions({
    queryKey: agentKeys.instances(server),
    queryFn: ({ signal }) => listInstances(server, signal).then((response) => response.instances),
  })

/** Search members: the matches a page at a time, each after the last path of the page before. */
export const databaseSearchQuery = (text: string) =>
  infiniteQueryOptions({
    queryKey: agentKeys.search(text),
    queryFn: ({ pageParam, signal }) =>
      searchDatabases(text.trim(), { limit: SEARCH_PAGE, after: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => (page.truncated ? page.databases.at(-1)?.path : undefined),
  })

/** Facts of mirror partner copies, as one batch: a partner the agent cannot read carries its error. */
export async function readPartnerFacts(paths: readonly string[]): Promise<Map<string, PartnerFacts>> {
  const response = await getDatabaseFacts([...paths])
  return new Map(
    response.databases.map((entry) => [
      partnerKey(entry.path),
      entry.facts ?? { error: entry.error?.message ?? 'The agent did not report this database.' },
    ]),
  )
}

export const partnerFactsQuery = (paths: readonly string[]) =>
  queryOptions({ queryKey: agentKeys.facts(paths), queryFn: () => readPartnerFacts(paths) })

export function useDatabaseSearch(text: string) {
  return useInfiniteQuery({ ...databaseSearchQuery(text), enabled: text.trim() !== '' })
}

/** The partner copies a set of databases needs to be classified (S2, S10 on the partner's endpoint). */
export function partnerPathsOf(databases: Iterable<DatabaseFacts>): string[] {
  const paths = new Set<string>()
  for (const db of databases) {
    if (db.mirroring) paths.add(`${db.mirroring.partnerInstance}\\${db.name}`)
  }
  return [...paths].sort()
}

/** Refresh: re-read every agent ("the list is displayed from the cache" until then). */
export function refreshInventory(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: agentKeys.all })
}
