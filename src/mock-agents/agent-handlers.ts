// The agent API (AGENT_API in src/agent-api/schemas.ts), served from the simulated estate.
import { http } from 'msw'
import {
  AGENT_API,
  agentInstallRequest,
  agentsRequest,
  type BackupsResponse,
  backupsRequest,
  type ChangesResponse,
  type DatabaseFactsResponse,
  type DpmDisksResponse,
  databaseFactsRequest,
  folderCopyRequest,
  type ListComputersResponse,
  type ListInstancesResponse,
  restoreRequest,
  type SearchDatabasesResponse,
} from '../agent-api/schemas'
import { simNow } from '../sim-clock/clock'
import { requireAgentTarget } from './agent-operations'
import { availabilityGroupFacts } from './availability-groups'
import { runBackupSeries } from './backup-simulation'
import { changesSince } from './change-log'
import { searchDatabases } from './database-search'
import {
  clusterFacts,
  computerFacts,
  databaseFacts,
  hostAgentProblem,
  hostInstanceFacts,
} from './estate-facts'
import { findDatabase, key, missingDatabaseError, requireComputer, requireDatabase } from './estate-model'
import { currentEstate, performOperation } from './estate-store'
import { folderCopyDurationSec, folderCopyFiles } from './folder-copy-operation'
import { agentRoute, paramText, readBody } from './handler-support'
import { badRequest } from './lab-error'
import { restoreDurationSec } from './restore-operation'
import { requireLogon } from './simulated-domain'

const DEFAULT_SEARCH_LIMIT = 500
const MAX_SEARCH_LIMIT = 5000

function integerParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badRequest(
      `The query parameter ${name} must be a whole number from ${min} to ${max}, not "${raw}".`,
    )
  }
  return value
}

// '*' before the base: any origin, so the same routes answer the page (relative URLs) and msw/node
// (absolute ones).
export const agentHandlers = [
  http.get(
    `*${AGENT_API}/dpm-server/disks`,
    agentRoute(() => ({ disks: currentEstate().dpmDisks }) satisfies DpmDisksResponse),
  ),

  http.get(
    `*${AGENT_API}/computers`,
    agentRoute(() => {
      const estate = currentEstate()
      return {
        computers: [...estate.computers.values()].map((computer) =>
          computerFacts(estate, computer, simNow()),
        ),
        clusters: [...estate.clusters.values()].map(clusterFacts),
        availabilityGroups: [...estate.availabilityGroups.values()].map(availabilityGroupFacts),
      } satisfies ListComputersResponse
    }),
  ),

  http.get(
    `*${AGENT_API}/computers/:name/instances`,
    agentRoute(({ params }) => {
      const instances = hostInstanceFacts(currentEstate(), paramText(params, 'name'))
      return { instances } satisfies ListInstancesResponse
    }),
  ),

  http.post(
    `*${AGENT_API}/databases/facts`,
    agentRoute(async ({ request }) => {
      const { paths } = await readBody(request, databaseFactsRequest)
      const estate = currentEstate()
      const databases = paths.map((path) => {
        const database = findDatabase(estate, path)
        if (!database) {
          const { code, message } = missingDatabaseError(path)
          return { path, error: { code, message } }
        }
        const problem = hostAgentProblem(estate, database.host)
        if (problem) return { path, error: { code: problem.code, message: problem.message } }
        return { path, facts: databaseFacts(estate, database) }
      })
      return { databases } satisfies DatabaseFactsResponse
    }),
  ),

  http.get(
    `*${AGENT_API}/databases`,
    agentRoute(({ request }) => {
      const url = new URL(request.url)
      const limit = integerParam(url, 'limit', DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT)
      return searchDatabases(
        currentEstate(),
        url.searchParams.get('search') ?? '',
        limit,
        url.searchParams.get('after') ?? undefined,
      ) satisfies SearchDatabasesResponse
    }),
  ),

  http.get(
    `*${AGENT_API}/changes`,
    agentRoute(
      ({ request }) => {
        const since = integerParam(new URL(request.url), 'since', 0, 0, Number.MAX_SAFE_INTEGER)
        const estate = currentEstate()
        return { seq: estate.seq, changes: changesSince(estate, since) } satisfies ChangesResponse
      },
      { requestErrors: false },
    ),
  ),

  http.post(
    `*${AGENT_API}/backups`,
    agentRoute(
      async ({ request }) => {
        const { series } = await readBody(request, backupsRequest)
        const estate = currentEstate()
        return { series: series.map((one) => runBackupSeries(estate, one)) } satisfies BackupsResponse
      },
      // The error rate fails individual jobs, deterministically per job.
      { requestErrors: false },
    ),
  ),

  http.post(
    `*${AGENT_API}/restores`,
    agentRoute(async ({ request }) => {
      const restore = await readBody(request, restoreRequest)
      performOperation({ kind: 'restore', request: restore })
      const estate = currentEstate()
      const database = requireDatabase(estate, `${restore.targetInstance}\\${restore.databaseName.trim()}`)
      return { database: databaseFacts(estate, database), durationSec: restoreDurationSec(restore.sizeMb) }
    }),
  ),

  http.post(
    `*${AGENT_API}/agents/install/:computer`,
    agentRoute(async ({ request, params }) => {
      const { credentials } = await readBody(request, agentInstallRequest)
      // DPM reaches the computer first, then logs on to it. Nothing changes when the domain refuses the
      // account: no agent, no entry in the estate's log.
      const computer = requireAgentTarget(currentEstate(), paramText(params, 'computer'))
      requireLogon(computer.name, credentials)
      performOperation({ kind: 'install-agents', computers: [computer.name] })
      const estate = currentEstate()
      return { computer: computerFacts(estate, requireComputer(estate, computer.name), simNow()) }
    }),
  ),

  http.post(
    `*${AGENT_API}/folder-copies`,
    agentRoute(async ({ request }) => {
      const copy = await readBody(request, folderCopyRequest)
      const change = performOperation({ kind: 'folder-copy', request: copy })
      return {
        files: folderCopyFiles(currentEstate(), copy, change?.at ?? 0),
        durationSec: folderCopyDurationSec(copy.dataSizeMb + copy.logSizeMb),
      }
    }),
  ),

  ...(['install', 'uninstall'] as const).map((action) =>
    http.post(
      `*${AGENT_API}/agents/${action}`,
      agentRoute(async ({ request }) => {
        const { computers } = await readBody(request, agentsRequest)
        performOperation({ kind: action === 'install' ? 'install-agents' : 'uninstall-agents', computers })
        const estate = currentEstate()
        const changed = new Map(computers.map((name) => [key(name), requireComputer(estate, name)]))
        return {
          computers: [...changed.values()].map((computer) => computerFacts(estate, computer, simNow())),
        }
      }),
    ),
  ),
]
