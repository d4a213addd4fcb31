// What the agents report about the estate: computer, instance and database facts, with the mirroring facts
// derived from the sessions exactly as SQL Server reports them in sys.database_mirroring.
import type { ClusterFacts, ComputerFacts, DatabaseFacts, InstanceFacts } from '../domain/estate/estate'
import { availabilityGroupFacts, groupOfDatabase } from './availability-groups'
import {
  DOMAIN,
  databasesOfInstance,
  type Estate,
  type EstateCluster,
  type EstateComputer,
  type EstateDatabase,
  type EstateInstance,
  endpointAddress,
  findInstance,
  instancesOnHost,
  key,
  requireComputer,
  sessionOfDatabase,
} from './estate-model'
import { LabError } from './lab-error'

/** A computer as its agent reports it at `now` (simulated time). */
export function computerFacts(estate: Estate, computer: EstateComputer, now: number): ComputerFacts {
  const unreachable = estate.unreachable.has(key(computer.name))
  const status = unreachable ? 'Unreachable' : computer.agentVersion ? 'OK' : 'NotInstalled'
  return {
    name: computer.name,
    domain: DOMAIN,
    ...(computer.cluster ? { cluster: computer.cluster } : {}),
    addresses: computer.addresses,
    agent: computer.agentVersion
      ? {
          status,
          version: computer.agentVersion,
          lastContact: unreachable ? (computer.agentLastContact ?? now) : now,
        }
      : { status },
  }
}

export function clusterFacts(cluster: EstateCluster): ClusterFacts {
  return { name: cluster.name, nodes: cluster.nodes, virtualServers: cluster.virtualServers }
}

export const agentNotInstalled = (computer: string) =>
  new LabError('AgentNotInstalled', `The protection agent is not installed on ${computer}.`, 409)

export const agentUnreachable = (computer: string) =>
  new LabError('AgentUnreachable', `The protection agent on ${computer} is not reachable.`, 503)

/**
 * Why the agent serving a host (a computer, or a virtual server through its cluster's nodes) cannot answer,
 * or undefined when it can. A virtual server answers when at least one node has a reachable agent.
 */
export function hostAgentProblem(estate: Estate, host: string): LabError | undefined {
  if (estate.unreachable.has(key(host))) return agentUnreachable(host)
  const cluster = estate.virtualServers.get(key(host))
  if (!cluster) {
    const computer = requireComputer(estate, host)
    return computer.agentVersion ? undefined : agentNotInstalled(computer.name)
  }
  const nodesWithAgent = cluster.nodes.filter((node) => requireComputer(estate, node).agentVersion)
  if (nodesWithAgent.length === 0) {
    return new LabError(
      'AgentNotInstalled',
      `The protection agent is not installed on any node of cluster ${cluster.name} (${cluster.nodes.join(', ')}), which hosts ${host}.`,
      409,
    )
  }
  if (nodesWithAgent.some((node) => !estate.unreachable.has(key(node)))) return undefined
  return agentUnreachable(host)
}

export function requireAgent(estate: Estate, host: string): void {
  const problem = hostAgentProblem(estate, host)
  if (problem) throw problem
}

export function databaseFacts(estate: Estate, database: EstateDatabase): DatabaseFacts {
  const facts: DatabaseFacts = {
    path: database.path,
    computer: database.host,
    instance: database.instance,
    name: database.name,
    state: database.state,
    recoveryModel: database.recoveryModel,
    readOnly: database.readOnly,
    sizeMb: database.sizeMb,
    logSizeMb: database.logSizeMb,
  }
  const group = groupOfDatabase(estate, database.path)
  if (group) return { ...facts, availabilityGroup: availabilityGroupFacts(group) }
  const session = sessionOfDatabase(estate, database.path)
  if (!session) return facts
  const instancePath = `${database.host}\\${database.instance}`
  const isPrincipal = key(session.principal) === key(instancePath)
  const witness = session.witness === undefined ? undefined : findInstance(estate, session.witness)
  return {
    ...facts,
    // A mirror copy is RESTORING; after a forced service the lost former principal is RECOVERY_PENDING.
    state: isPrincipal ? 'ONLINE' : session.formerPrincipalLost ? 'RECOVERY_PENDING' : 'RESTORING',
    mirroring: {
      sessionId: session.id,
      role: isPrincipal ? 'PRINCIPAL' : 'MIRROR',
      partnerInstance: isPrincipal ? session.mirror : session.principal,
      partnerAddress: isPrincipal ? session.mirrorAddress : session.principalAddress,
      ...(witness ? { witnessAddress: endpointAddress(witness) } : {}),
      state: session.state,
      safety: session.safety,
    },
  }
}

export function instanceFacts(estate: Estate, instance: EstateInstance): InstanceFacts {
  return {
    path: instance.path,
    computer: instance.host,
    name: instance.name,
    ...(instance.cluster ? { cluster: instance.cluster } : {}),
    databases: [...databasesOfInstance(estate, instance.path)].map((db) => databaseFacts(estate, db)),
  }
}

/** The instances a host reports: a computer's own, or a virtual server's failover cluster instances. */
export function hostInstanceFacts(estate: Estate, host: string): InstanceFacts[] {
  if (!estate.virtualServers.has(key(host))) requireComputer(estate, host)
  requireAgent(estate, host)
  return instancesOnHost(estate, host).map((instance) => instanceFacts(estate, instance))
}
