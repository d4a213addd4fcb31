// Which computers an agent installation must cover. DPM protects a clustered SQL instance only when every
// node it could fail over to has an agent (error 31005), so picking one node brings in its siblings.
import type { ClusterFacts, ComputerFacts } from './estate'
import { nameCharactersProblem } from './name-characters'

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

/** DPM's pages of the Protection Agent Installation Wizard, in order. */
export const AGENT_INSTALL_PAGES = [
  'method',
  'computers',
  'credentials',
  'nodes',
  'restart',
  'summary',
  'installation',
] as const
export type AgentInstallPage = (typeof AGENT_INSTALL_PAGES)[number]

export const AGENT_INSTALL_PAGE_TITLES: Record<AgentInstallPage, string> = {
  method: 'Select Agent Deployment Method',
  computers: 'Select Computers',
  credentials: 'Enter Credentials',
  nodes: 'Select Cluster Nodes',
  restart: 'Choose Restart Method',
  summary: 'Summary',
  installation: 'Installation',
}

/** The pages a run walks through: Select Cluster Nodes only when the plan brings in other nodes of a cluster. */
export function agentInstallPages(plan: InstallPlan): readonly AgentInstallPage[] {
  return plan.addedNodes.length > 0 ? AGENT_INSTALL_PAGES : AGENT_INSTALL_PAGES.filter((p) => p !== 'nodes')
}

export const SELECT_ONE_COMPUTER = 'Select at least one computer to install the agent on.'

export function computersProblem(chosen: readonly string[]): string | undefined {
  return chosen.length === 0 ? SELECT_ONE_COMPUTER : undefined
}

/** What Enter Credentials asks: a domain account that is an administrator on every selected computer. */
export interface InstallCredentials {
  userName: string
  password: string
  domain: string
}

export type CredentialsProblems = Partial<Record<keyof InstallCredentials, string>>

/** What is wrong with the credentials as typed, per field (the domain checks the password itself). */
export function credentialsProblems({ userName, password, domain }: InstallCredentials): CredentialsProblems {
  const user = userName.trim()
  const userProblem =
    user === ''
      ? 'Enter the user name of a domain account.'
      : /[\\@]/.test(user)
        ? 'Enter the user name without its domain: the domain has a box of its own.'
        : nameCharactersProblem(user, 'The user name')
  const passwordProblem = password === '' ? 'Enter the password of the account.' : undefined
  const domainProblem =
    domain.trim() === '' ? 'Enter the domain of the account.' : nameCharactersProblem(domain, 'The domain')
  return {
    ...(userProblem && { userName: userProblem }),
    ...(passwordProblem && { password: passwordProblem }),
    ...(domainProblem && { domain: domainProblem }),
  }
}

/**
 * The first page of a run whose choices are missing or wrong, for Install: a reload keeps no password, so a
 * wizard brought back on its Summary goes back to Enter Credentials.
 */
export function firstIncompletePage(
  chosen: readonly string[],
  credentials: InstallCredentials,
): AgentInstallPage | undefined {
  if (computersProblem(chosen)) return 'computers'
  if (Object.keys(credentialsProblems(credentials)).length > 0) return 'credentials'
  return undefined
}

/** How one computer's installation ended: the agent's answer, or its refusal (a wrong password, ...). */
export type InstallOutcome = { ok: true } | { ok: false; message: string }

export interface InstallRowStatus {
  state: 'installing' | 'success' | 'failed'
  text: string
}

/** What a computer's row on Installation says. */
export function installRowStatus(outcome: InstallOutcome | undefined, running: boolean): InstallRowStatus {
  if (outcome?.ok) return { state: 'success', text: 'Success' }
  if (outcome) return { state: 'failed', text: outcome.message }
  if (running) return { state: 'installing', text: 'Installing...' }
  return {
    state: 'failed',
    text: 'The installation was interrupted: the console was closed or reloaded before the agent answered. See the computer in Management > Agents, and install again if it has no agent.',
  }
}
