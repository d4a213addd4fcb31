// Checks the Specify Alternate Recovery Location page against the agents before DPM moves on: the
// destination needs an agent, the instance must exist, and the name must be free there (error 30205).
// Always asked afresh: an agent may have been installed or a database created since the list was read.
import type { QueryClient } from '@tanstack/react-query'
import { errorMessage } from '../../agent-api/error-message'
import {
  agentDirectory,
  destinationAgentProblem,
  hasDatabaseNamed,
  nameConflictMessage,
  parseNetworkFolder,
  validateDatabaseName,
  validateInstancePath,
} from '../../domain/recovery/recovery'
import { computersQuery, instancesQuery } from '../../dpm/estate-inventory'

export interface LocationErrors {
  instance?: string
  databaseName?: string
  folder?: string
  /** The agents could not be asked: shown with Retry. */
  agent?: string
}

const LOCATION_FIELDS = ['instance', 'databaseName', 'folder'] as const
type LocationField = (typeof LOCATION_FIELDS)[number]

/**
 * What the agents answered stays beside its field until that field changes: a change takes away the error
 * of the field it changed (and the agents' own failure, which Retry or Next asks again), not the others'.
 */
export function locationErrorsAfter(
  errors: LocationErrors,
  before: Record<LocationField, string>,
  change: Partial<Record<LocationField, string>>,
): LocationErrors {
  const changed = LOCATION_FIELDS.filter(
    (field) => change[field] !== undefined && change[field] !== before[field],
  )
  if (changed.length === 0) return errors
  const kept: LocationErrors = { ...errors, agent: undefined }
  for (const field of changed) kept[field] = undefined
  return kept
}

/** The errors, and the instance path as the agent spells it. */
export async function checkInstanceDestination(
  client: QueryClient,
  typedInstance: string,
  databaseName: string,
): Promise<{ errors: LocationErrors; instancePath?: string }> {
  const instance = typedInstance.trim()
  const nameProblem = validateDatabaseName(databaseName)
  const instanceProblem = validateInstancePath(instance)
  if (instanceProblem) return { errors: { instance: instanceProblem, databaseName: nameProblem } }
  const [computer = ''] = instance.split('\\')
  try {
    const { computers, clusters } = await client.fetchQuery({ ...computersQuery(), staleTime: 0 })
    const agentProblem = destinationAgentProblem(agentDirectory(computers, clusters), computer)
    if (agentProblem) return { errors: { instance: agentProblem, databaseName: nameProblem } }
    const instances = await client.fetchQuery({ ...instancesQuery(computer), staleTime: 0 })
    const found = instances.find((i) => i.path.toLowerCase() === instance.toLowerCase())
    if (!found)
      return {
        errors: { instance: `There is no SQL Server instance ${instance}.`, databaseName: nameProblem },
      }
    if (nameProblem) return { errors: { databaseName: nameProblem }, instancePath: found.path }
    const names = found.databases.map((database) => database.name)
    if (hasDatabaseNamed(names, databaseName))
      return {
        errors: { databaseName: nameConflictMessage(databaseName, found.path) },
        instancePath: found.path,
      }
    return { errors: {}, instancePath: found.path }
  } catch (error) {
    return { errors: { agent: `The protection agents could not be asked: ${errorMessage(error)}` } }
  }
}

/** The folder's server must run a protection agent to receive the files. */
export async function checkFolderDestination(client: QueryClient, folder: string): Promise<LocationErrors> {
  const parsed = parseNetworkFolder(folder)
  if ('error' in parsed) return { folder: parsed.error }
  try {
    const { computers, clusters } = await client.fetchQuery({ ...computersQuery(), staleTime: 0 })
    const problem = destinationAgentProblem(agentDirectory(computers, clusters), parsed.folder.server)
    return problem ? { folder: problem } : {}
  } catch (error) {
    return { agent: `The protection agents could not be asked: ${errorMessage(error)}` }
  }
}
