// A database's live facts, for S9 (is it mirrored now?). Kept under the agents' keys, so Refresh re-reads
// it with the rest of DPM's inventory (src/dpm/query-keys.ts).
import { queryOptions } from '@tanstack/react-query'
import { getDatabaseFacts } from '../../agent-api/agents'
import { agentKeys } from '../../dpm/query-keys'

export const databaseFactsQuery = (path: string) =>
  queryOptions({
    queryKey: agentKeys.recoverySource(path),
    queryFn: async () => (await getDatabaseFacts([path])).databases[0] ?? null,
    // The wizard asks whether a mirroring session exists now: always ask the agent again.
    staleTime: 0,
  })
