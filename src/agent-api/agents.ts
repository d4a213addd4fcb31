// Typed calls to the protection agents: one function per endpoint of the agent API.

import type { InstallCredentials } from '../domain/estate/agent-install'
import { agentRequest } from './client'
import {
  AGENT_API,
  agentInstallResponse,
  agentsResponse,
  type BackupSeries,
  backupsResponse,
  changesResponse,
  databaseFactsResponse,
  dpmDisksResponse,
  type FolderCopyRequest,
  folderCopyResponse,
  listComputersResponse,
  listInstancesResponse,
  type RestoreRequest,
  restoreResponse,
  searchDatabasesResponse,
} from './schemas'

export const listComputers = (signal?: AbortSignal) =>
  agentRequest(`${AGENT_API}/computers`, listComputersResponse, { signal })

/** Instances and databases of a computer or of a cluster's virtual server. */
export const listInstances = (computer: string, signal?: AbortSignal) =>
  agentRequest(`${AGENT_API}/computers/${encodeURIComponent(computer)}/instances`, listInstancesResponse, {
    signal,
  })

export const getDatabaseFacts = (paths: string[]) =>
  agentRequest(`${AGENT_API}/databases/facts`, databaseFactsResponse, { method: 'POST', body: { paths } })

export const getChanges = (since: number) =>
  agentRequest(`${AGENT_API}/changes?since=${since}`, changesResponse)

export const runBackups = (series: BackupSeries[]) =>
  agentRequest(`${AGENT_API}/backups`, backupsResponse, {
    method: 'POST',
    body: { series },
    timeoutMs: 60_000,
  })

export const restoreDatabase = (request: RestoreRequest) =>
  agentRequest(`${AGENT_API}/restores`, restoreResponse, { method: 'POST', body: request })

export const installAgents = (computers: string[]) =>
  agentRequest(`${AGENT_API}/agents/install`, agentsResponse, { method: 'POST', body: { computers } })

/** The Protection Agent Installation Wizard's installation on one computer, with a domain account's credentials. */
export const installAgentWithCredentials = (computer: string, credentials: InstallCredentials) =>
  agentRequest(`${AGENT_API}/agents/install/${encodeURIComponent(computer)}`, agentInstallResponse, {
    method: 'POST',
    body: { credentials },
  })

export const uninstallAgents = (computers: string[]) =>
  agentRequest(`${AGENT_API}/agents/uninstall`, agentsResponse, { method: 'POST', body: { computers } })

export interface SearchPage {
  /** The most databases to return (the agents' default is 500). */
  limit?: number
  /** The last path of the page before: the answer starts after it. */
  after?: string
  signal?: AbortSignal
}

export const searchDatabases = (search: string, { limit, after, signal }: SearchPage = {}) => {
  const query = new URLSearchParams({ search })
  if (limit !== undefined) query.set('limit', String(limit))
  if (after !== undefined) query.set('after', after)
  return agentRequest(`${AGENT_API}/databases?${query}`, searchDatabasesResponse, { signal })
}

/** The disks attached to the DPM server (Rescan). */
export const listDpmServerDisks = () => agentRequest(`${AGENT_API}/dpm-server/disks`, dpmDisksResponse)

/** Copy to a network folder: the agent on the folder's computer writes the files. */
export const copyToNetworkFolder = (request: FolderCopyRequest) =>
  agentRequest(`${AGENT_API}/folder-copies`, folderCopyResponse, { method: 'POST', body: request })
