// Installing and removing protection agents. An agent goes on a physical computer: a cluster's virtual
// server is refused with the names of the nodes to install on instead (S1, S3: agents on every node).
import type { EstateChange } from '../agent-api/schemas'
import { recordChange } from './change-log'
import { agentUnreachable } from './estate-facts'
import {
  AGENT_VERSION,
  databasesOnHost,
  type Estate,
  type EstateComputer,
  key,
  requireComputer,
} from './estate-model'
import { LabError } from './lab-error'

export interface AgentChangeResult {
  computers: EstateComputer[]
  /** Absent when nothing changed (installing where an agent already is). */
  change?: EstateChange
}

/** The computer an agent goes on: refuses a virtual server (with its nodes), an unknown or unreachable one. */
export function requireAgentTarget(estate: Estate, name: string): EstateComputer {
  const cluster = estate.virtualServers.get(key(name))
  if (cluster) {
    throw new LabError(
      'VirtualServerName',
      `${name} is a virtual server of failover cluster ${cluster.name}, not a computer: install the protection agent on its nodes ${cluster.nodes.join(', ')}.`,
    )
  }
  const computer = requireComputer(estate, name)
  if (estate.unreachable.has(key(computer.name))) throw agentUnreachable(computer.name)
  return computer
}

function changeAgents(estate: Estate, names: string[], at: number, install: boolean): AgentChangeResult {
  const computers = [...new Set(names.map((name) => requireAgentTarget(estate, name)))]
  const changed = computers.filter((computer) => Boolean(computer.agentVersion) !== install)
  if (changed.length === 0) return { computers }
  for (const computer of changed) computer.agentVersion = install ? AGENT_VERSION : undefined
  // A node's agent decides whether its cluster's virtual servers answer: their databases change too.
  const hosts = changed.flatMap((computer) => [
    computer.name,
    ...(computer.cluster ? (estate.clusters.get(key(computer.cluster))?.virtualServers ?? []) : []),
  ])
  const changedNames = changed.map((computer) => computer.name).join(', ')
  const change = recordChange(estate, {
    at,
    kind: install ? 'agent-installed' : 'agent-uninstalled',
    summary: install
      ? `Protection agent installed on ${changedNames}.`
      : `Protection agent removed from ${changedNames}.`,
    computers: hosts,
    databases: hosts.flatMap((host) => databasesOnHost(estate, host).map((db) => db.path)),
  })
  return { computers, change }
}

export const installAgents = (estate: Estate, names: string[], at: number) =>
  changeAgents(estate, names, at, true)

export const uninstallAgents = (estate: Estate, names: string[], at: number) =>
  changeAgents(estate, names, at, false)
