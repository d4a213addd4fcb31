// Which computers an agent installation must cover. DPM protects a clustered SQL instance only when every
// node it could fail over to has an agent (error 31005), so picking one node brings in its siblings.
import type { ClusterFacts, ComputerFacts } from './estate'

export interface InstallPlan {
  /** Every computer the installation will cover, in the admin's order, siblings after their node. */
  computers: string[]
  /** Nodes added because a node of their cluster was chosen, with the cluster's name. */
  addedNodes: { computer: string; cluster: string }[]
}

// S3: agents on all cluster nodes.
export function planAgentInstall(
  chosen: readonly string[],
  computers: readonly ComputerFacts[],
  clusters: readonly ClusterFacts[],
): InstallPlan {
  const byName = new Map(computers.map((c) => [c.name.toLowerCase(), c]))
  const clusterByName = new Map(clusters.map((c) => [c.name, c]))
  const planned: string[] = []
  const addedNodes: InstallPlan['addedNodes'] = []
  const seen = new Set<string>()
  const add = (name: string) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    planned.push(name)
    return true
  }
  for (const name of chosen) add(name)
  for (const name of chosen) {
    const clusterName = byName.get(name.toLowerCase())?.cluster
    const cluster = clusterName ? clusterByName.get(clusterName) : undefined
    for (const node of cluster?.nodes ?? []) {
      const facts = byName.get(node.toLowerCase())
      if (facts?.agent.status === 'OK') continue
      if (add(node)) addedNodes.push({ computer: node, cluster: cluster?.name ?? '' })
    }
  }
  return { computers: planned, addedNodes }
}

/** Computers an admin can install an agent on: every computer without a working agent. */
export function installCandidates(computers: readonly ComputerFacts[]): ComputerFacts[] {
  return computers.filter((c) => c.agent.status !== 'OK')
}
