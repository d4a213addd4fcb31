import { describe, expect, it } from 'vitest'
import { installCandidates, planAgentInstall } from './agent-install'
import type { ClusterFacts, ComputerFacts } from './estate'

const computer = (
  name: string,
  status: ComputerFacts['agent']['status'],
  cluster?: string,
): ComputerFacts => ({
  name,
  domain: 'contoso.local',
  addresses: [],
  cluster,
  agent: status === 'OK' ? { status, version: '5.1' } : { status },
})

const computers = [
  computer('SQL-MIR02', 'NotInstalled'),
  computer('CLU09-N1', 'NotInstalled', 'SQLCLU09'),
  computer('CLU09-N2', 'NotInstalled', 'SQLCLU09'),
  computer('CLU09-N3', 'OK', 'SQLCLU09'),
  computer('SQL-STD01', 'OK'),
]
const clusters: ClusterFacts[] = [
  { name: 'SQLCLU09', nodes: ['CLU09-N1', 'CLU09-N2', 'CLU09-N3'], virtualServers: ['SQLCLU09'] },
]

describe('planAgentInstall', () => {
  it('installs on exactly the chosen standalone computers', () => {
    expect(planAgentInstall(['SQL-MIR02'], computers, clusters)).toEqual({
      computers: ['SQL-MIR02'],
      addedNodes: [],
    })
  })

  it('S3: adds the other nodes of a chosen cluster node that have no agent', () => {
    const plan = planAgentInstall(['CLU09-N1'], computers, clusters)
    expect(plan.computers).toEqual(['CLU09-N1', 'CLU09-N2'])
    expect(plan.addedNodes).toEqual([{ computer: 'CLU09-N2', cluster: 'SQLCLU09' }])
  })

  it('does not list a node twice when the admin chose two nodes of one cluster', () => {
    const plan = planAgentInstall(['CLU09-N2', 'CLU09-N1'], computers, clusters)
    expect(plan.computers).toEqual(['CLU09-N2', 'CLU09-N1'])
    expect(plan.addedNodes).toEqual([])
  })
})

describe('installCandidates', () => {
  it('offers every computer without a working agent', () => {
    expect(installCandidates(computers).map((c) => c.name)).toEqual(['SQL-MIR02', 'CLU09-N1', 'CLU09-N2'])
  })
})
