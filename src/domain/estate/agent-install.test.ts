import { describe, expect, it } from 'vitest'
import {
  agentInstallPages,
  computersProblem,
  credentialsProblems,
  firstIncompletePage,
  installCandidates,
  installRowStatus,
  planAgentInstall,
} from './agent-install'
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

describe('agentInstallPages', () => {
  it('walks through Select Cluster Nodes only when the plan brings in other nodes of a cluster', () => {
    expect(agentInstallPages(planAgentInstall(['SQL-MIR02'], computers, clusters))).toEqual([
      'method',
      'computers',
      'credentials',
      'restart',
      'summary',
      'installation',
    ])
    expect(agentInstallPages(planAgentInstall(['CLU09-N1'], computers, clusters))).toContain('nodes')
  })
})

const GOOD = { userName: 'dpmadmin', password: 'secret', domain: 'CONTOSO' }

describe('credentialsProblems', () => {
  it('takes a user name, a password and a domain', () => {
    expect(credentialsProblems(GOOD)).toEqual({})
  })

  it('asks for each empty field', () => {
    expect(credentialsProblems({ userName: ' ', password: '', domain: '' })).toEqual({
      userName: 'Enter the user name of a domain account.',
      password: 'Enter the password of the account.',
      domain: 'Enter the domain of the account.',
    })
  })

  it('refuses a user name that carries its domain, and control characters in a name', () => {
    expect(credentialsProblems({ ...GOOD, userName: 'CONTOSO\\dpmadmin' }).userName).toMatch(
      /without its domain/,
    )
    expect(credentialsProblems({ ...GOOD, userName: 'dpmadmin@contoso.local' }).userName).toMatch(
      /without its domain/,
    )
    expect(credentialsProblems({ ...GOOD, domain: 'CONTOSO\u202E' }).domain).toMatch(/U\+202E/)
  })

  it('leaves the password as typed: spaces are part of it', () => {
    expect(credentialsProblems({ ...GOOD, password: ' ' })).toEqual({})
  })
})

describe('firstIncompletePage', () => {
  it('is Select Computers without a computer, Enter Credentials without a password (a reload), else none', () => {
    expect(computersProblem([])).toBe('Select at least one computer to install the agent on.')
    expect(firstIncompletePage([], GOOD)).toBe('computers')
    expect(firstIncompletePage(['SQL-MIR02'], { ...GOOD, password: '' })).toBe('credentials')
    expect(firstIncompletePage(['SQL-MIR02'], GOOD)).toBeUndefined()
  })
})

describe('installRowStatus', () => {
  it('says Success, the refusal, Installing... while it runs, and interrupted when nothing runs any more', () => {
    expect(installRowStatus({ ok: true }, false)).toEqual({ state: 'success', text: 'Success' })
    expect(installRowStatus({ ok: false, message: 'Logon failure' }, true)).toEqual({
      state: 'failed',
      text: 'Logon failure',
    })
    expect(installRowStatus(undefined, true)).toEqual({ state: 'installing', text: 'Installing...' })
    expect(installRowStatus(undefined, false)).toMatchObject({
      state: 'failed',
      text: expect.stringMatching(/interrupted/),
    })
  })
})
