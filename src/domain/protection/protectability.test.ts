import { describe, expect, it } from 'vitest'
import { HR_DB, SALES_DB, SALES_MIRROR_COPY } from '../../agent-api/demo-estate'
import type { ClusterFacts, ComputerFacts, DatabaseFacts, MirroringFacts } from '../estate/estate'
import {
  type ClassifyContext,
  classifyDatabase,
  explicitIpHost,
  indexEstate,
  indexProtectedDataSources,
  isListedServer,
  operatingModeOf,
  type PartnerFacts,
  partnerKey,
} from './protectability'
import { DEFAULT_POLICY, type DpmServerState, EMPTY_SERVER_STATE } from './protection'
import { createProtectionGroup, findDataSource } from './protection-groups'

// The default preset of the UI contract, as the agents report it.
const computer = (name: string, agent = true, cluster?: string): ComputerFacts => ({
  name,
  domain: 'contoso.local',
  cluster,
  addresses: [`${name.toLowerCase()}.contoso.local`],
  agent: agent ? { status: 'OK', version: '14.0' } : { status: 'NotInstalled' },
})
const clusters: ClusterFacts[] = [1, 2, 3, 4].map((n) => ({
  name: `CLU0${n}`,
  nodes: [`CLU0${n}-N1`, `CLU0${n}-N2`],
  virtualServers: [`SQLCLU0${n}`],
}))
const computers: ComputerFacts[] = [
  ...[
    'SQL-STD01',
    'SQL-PRI01',
    'SQL-MIR01',
    'SQL-WIT01',
    'SQL-PRI02',
    'SQL-SAME01',
    'SQL-IP01',
    'SQL-IP02',
    'SQL-MIR03',
    'SQL-PRI04',
    'SQL-STD02',
    'SQL-STD03',
  ].map((name) => computer(name)),
  computer('SQL-MIR02', false),
  computer('SQL-NOAGENT01', false),
  ...clusters.flatMap((c) => c.nodes.map((node) => computer(node, true, c.name))),
]

const db = (path: string, extra: Partial<DatabaseFacts> = {}): DatabaseFacts => {
  const [computerName = '', instance = '', name = ''] = path.split('\\')
  return {
    path,
    computer: computerName,
    instance,
    name,
    state: 'ONLINE',
    recoveryModel: 'FULL',
    readOnly: false,
    sizeMb: 1000,
    logSizeMb: 100,
    ...extra,
  }
}

interface Session {
  id: string
  principal: string
  mirror: string
  principalAddress?: string
  mirrorAddress?: string
  witness?: string
  safety?: 'FULL' | 'OFF'
}
/** Both copies of a mirroring session, each reporting the other as its partner. */
function mirrored(name: string, s: Session): [DatabaseFacts, DatabaseFacts] {
  const endpoint = (instance: string) => `TCP://${instance.split('\\')[0]?.toLowerCase()}.contoso.local:5022`
  const facts = (role: MirroringFacts['role'], partner: string, partnerAddress: string): MirroringFacts => ({
    sessionId: s.id,
    role,
    partnerInstance: partner,
    partnerAddress,
    witnessAddress: s.witness,
    state: 'SYNCHRONIZED',
    safety: s.safety ?? 'FULL',
  })
  return [
    db(`${s.principal}\\${name}`, {
      mirroring: facts('PRINCIPAL', s.mirror, s.mirrorAddress ?? endpoint(s.mirror)),
    }),
    db(`${s.mirror}\\${name}`, {
      state: 'RESTORING',
      mirroring: facts('MIRROR', s.principal, s.principalAddress ?? endpoint(s.principal)),
    }),
  ]
}

const witness = 'TCP://sql-wit01.contoso.local:5022'
const [salesPrincipal, salesMirror] = mirrored('SalesDB', {
  id: 'sales',
  principal: 'SQL-PRI01\\MSSQLSERVER',
  mirror: 'SQL-MIR01\\MSSQLSERVER',
  witness,
})
const [crmPrincipal] = mirrored('CRMDB', {
  id: 'crm',
  principal: 'SQL-PRI01\\MSSQLSERVER',
  mirror: 'SQL-MIR01\\MSSQLSERVER',
  safety: 'OFF',
})
const [financePrincipal, financeMirror] = mirrored('FinanceDB', {
  id: 'finance',
  principal: 'SQL-PRI02\\MSSQLSERVER',
  mirror: 'SQL-MIR02\\MSSQLSERVER',
})
const [ledgerPrincipal] = mirrored('LedgerDB', {
  id: 'ledger',
  principal: 'SQL-SAME01\\INST1',
  mirror: 'SQL-SAME01\\INST2',
})
const [billingPrincipal, billingMirror] = mirrored('BillingDB', {
  id: 'billing',
  principal: 'SQL-IP01\\MSSQLSERVER',
  mirror: 'SQL-IP02\\MSSQLSERVER',
  mirrorAddress: 'TCP://10.20.30.41:5022',
})
const [claimsPrincipal, claimsMirror] = mirrored('ClaimsDB', {
  id: 'claims',
  principal: 'SQLCLU01\\SQLFCI',
  mirror: 'SQL-MIR03\\MSSQLSERVER',
})
const [policyPrincipal, policyMirror] = mirrored('PolicyDB', {
  id: 'policy',
  principal: 'SQL-PRI04\\MSSQLSERVER',
  mirror: 'SQLCLU02\\SQLFCI',
})
const [archivePrincipal, archiveMirror] = mirrored('ArchiveDB', {
  id: 'archive',
  principal: 'SQLCLU03\\SQLFCI',
  mirror: 'SQLCLU04\\SQLFCI',
})
const hr = db(HR_DB)

const estate = indexEstate({ computers, clusters })
const context = (state: DpmServerState = EMPTY_SERVER_STATE, ignoreGroupId?: string): ClassifyContext => ({
  estate,
  protectedIndex: indexProtectedDataSources(state, ignoreGroupId),
})
const classify = (facts: DatabaseFacts, ctx = context()) => classifyDatabase(facts, ctx)

describe('listing (error 31006: only servers with an agent)', () => {
  it('lists computers with an agent and virtual servers whose nodes have one', () => {
    expect(isListedServer(estate, 'SQL-STD01')).toBe(true)
    expect(isListedServer(estate, 'SQL-NOAGENT01')).toBe(false)
    expect(isListedServer(estate, 'SQL-MIR02')).toBe(false)
    expect(isListedServer(estate, 'SQLCLU01')).toBe(true)
    expect(isListedServer(estate, 'sqlclu01')).toBe(true)
  })
})

describe('classifyDatabase on the default preset', () => {
  it('plain database: selectable, its own data source', () => {
    const result = classify(hr)
    expect(result.role).toBe('standalone')
    expect(result.status).toEqual({ kind: 'selectable' })
    expect(result.member).toMatchObject({ path: hr.path, sizeMb: 1000, logSizeMb: 100 })
    expect(result.member.mirror).toBeUndefined()
    expect(result.mirror).toBeUndefined()
  })

  it('S2: principal copy is selectable with the mirror details', () => {
    const result = classify(salesPrincipal)
    expect(result.role).toBe('principal')
    expect(result.status.kind).toBe('selectable')
    expect(result.mirror).toMatchObject({
      principal: SALES_DB,
      mirror: SALES_MIRROR_COPY,
      witness,
      state: 'SYNCHRONIZED',
      operatingMode: 'High safety with automatic failover',
    })
    expect(result.mirror?.hosts).toEqual([
      { computer: 'SQL-PRI01', virtualServer: undefined, partner: 'Principal', agent: 'OK' },
      { computer: 'SQL-MIR01', virtualServer: undefined, partner: 'Mirror', agent: 'OK' },
    ])
  })

  it('S2: the mirror copy gives the same single data source, named by the principal', () => {
    const principal = classify(salesPrincipal)
    const copy = classify(salesMirror)
    expect(copy.role).toBe('mirror')
    expect(copy.status.kind).toBe('selectable')
    expect(copy.dataSourceKey).toBe(principal.dataSourceKey)
    expect(copy.member).toEqual(principal.member)
    expect(copy.member.path).toBe(SALES_DB)
    expect(copy.member.mirror?.partners).toEqual([SALES_DB, SALES_MIRROR_COPY])
  })

  it('operating mode: high performance when safety is OFF', () => {
    expect(classify(crmPrincipal).mirror?.operatingMode).toBe('High performance')
    expect(operatingModeOf('FULL', undefined)).toBe('High safety without automatic failover')
  })

  it('S1: FinanceDB is blocked from either copy, naming SQL-MIR02', () => {
    for (const copy of [financePrincipal, financeMirror]) {
      const result = classify(copy)
      expect(result.status).toMatchObject({
        kind: 'blocked',
        reason: { code: 'missing-agent', computers: ['SQL-MIR02'] },
      })
      if (result.status.kind === 'blocked') expect(result.status.reason.message).toContain('SQL-MIR02')
      expect(result.mirror?.hosts.find((h) => h.computer === 'SQL-MIR02')?.agent).toBe('NotInstalled')
    }
  })

  it('S1: once the agent is installed, FinanceDB becomes selectable', () => {
    const installed = indexEstate({
      computers: computers.map((c) => (c.name === 'SQL-MIR02' ? computer('SQL-MIR02') : c)),
      clusters,
    })
    expect(classifyDatabase(financePrincipal, { ...context(), estate: installed }).status.kind).toBe(
      'selectable',
    )
  })

  it('S10: LedgerDB is mirrored on the same server', () => {
    expect(classify(ledgerPrincipal).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'same-computer', message: expect.stringContaining('same server (SQL-SAME01)') },
    })
  })

  it('S10: BillingDB uses an explicit IP address, quoted, from either copy', () => {
    expect(classify(billingPrincipal).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'explicit-ip', address: 'TCP://10.20.30.41:5022' },
    })
    if (classify(billingPrincipal).status.kind === 'blocked') {
      expect(JSON.stringify(classify(billingPrincipal).status)).toContain('(TCP://10.20.30.41:5022)')
    }
    // The mirror copy reports the principal's (named) endpoint; the IP is on the partner copy.
    const partners = new Map<string, PartnerFacts>([[partnerKey(billingPrincipal.path), billingPrincipal]])
    expect(classifyDatabase(billingMirror, { ...context(), partnerFacts: partners }).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'explicit-ip', address: 'TCP://10.20.30.41:5022' },
    })
  })

  it('S3: the three cluster layouts are selectable, with every node in the details', () => {
    const claims = classify(claimsPrincipal)
    expect(claims.status.kind).toBe('selectable')
    expect(claims.mirror?.hosts.map((h) => [h.computer, h.virtualServer, h.partner])).toEqual([
      ['CLU01-N1', 'SQLCLU01', 'Principal'],
      ['CLU01-N2', 'SQLCLU01', 'Principal'],
      ['SQL-MIR03', undefined, 'Mirror'],
    ])
    expect(classify(claimsMirror).member.path).toBe('SQLCLU01\\SQLFCI\\ClaimsDB')
    expect(classify(policyPrincipal).status.kind).toBe('selectable')
    expect(classify(policyMirror).mirror?.hosts.map((h) => h.computer)).toEqual([
      'SQL-PRI04',
      'CLU02-N1',
      'CLU02-N2',
    ])
    expect(classify(archivePrincipal).status.kind).toBe('selectable')
    expect(classify(archiveMirror).mirror?.hosts).toHaveLength(4)
  })

  it('S3: a cluster node without an agent blocks, naming the node', () => {
    const oneNode = indexEstate({
      computers: computers.map((c) => (c.name === 'CLU04-N2' ? computer('CLU04-N2', false, 'CLU04') : c)),
      clusters,
    })
    expect(classifyDatabase(archivePrincipal, { ...context(), estate: oneNode }).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'missing-agent', computers: ['CLU04-N2'] },
    })
  })

  it('an unreachable agent blocks with its own reason', () => {
    const unreachable = indexEstate({
      computers: computers.map((c) =>
        c.name === 'SQL-STD01' ? { ...c, agent: { status: 'Unreachable' as const } } : c,
      ),
      clusters,
    })
    expect(classifyDatabase(hr, { ...context(), estate: unreachable }).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'agent-unreachable', computers: ['SQL-STD01'] },
    })
  })

  it('a database that is not ONLINE is blocked; a mirror copy goes by its principal', () => {
    expect(classify(db('SQL-STD01\\MSSQLSERVER\\Old', { state: 'OFFLINE' })).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'not-online', state: 'OFFLINE' },
    })
    const suspect = { ...salesPrincipal, state: 'SUSPECT' as const }
    const partners = new Map<string, PartnerFacts>([[partnerKey(suspect.path), suspect]])
    expect(classifyDatabase(salesMirror, { ...context(), partnerFacts: partners }).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'not-online', state: 'SUSPECT' },
    })
  })

  it('a mirror copy waits for its partner facts, and says when they cannot be read', () => {
    const ctx = { ...context(), partnerFacts: new Map<string, PartnerFacts>() }
    expect(classifyDatabase(salesMirror, ctx).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'partner-pending' },
    })
    ctx.partnerFacts.set(partnerKey(salesPrincipal.path), { error: 'Timed out' })
    expect(classifyDatabase(salesMirror, ctx).status).toMatchObject({
      kind: 'blocked',
      reason: { code: 'partner-unavailable', message: expect.stringContaining('Timed out') },
    })
    ctx.partnerFacts.set(partnerKey(salesPrincipal.path), salesPrincipal)
    expect(classifyDatabase(salesMirror, ctx).status.kind).toBe('selectable')
  })
})

describe('already protected', () => {
  const protect = () =>
    createProtectionGroup(
      EMPTY_SERVER_STATE,
      {
        name: 'Sales',
        members: [classify(salesMirror).member, classify(hr).member],
        autoProtectInstances: [],
        policy: DEFAULT_POLICY,
      },
      0,
    )

  it('both copies of a protected mirrored database show its group; so does a plain one', () => {
    const { state, groupId } = protect()
    for (const facts of [salesPrincipal, salesMirror, hr]) {
      expect(classify(facts, context(state)).status).toMatchObject({ kind: 'protected', groupId })
    }
    expect(classify(crmPrincipal, context(state)).status.kind).toBe('selectable')
  })

  it('agrees with findDataSource', () => {
    const { state } = protect()
    for (const facts of [salesPrincipal, salesMirror, hr, crmPrincipal, financePrincipal]) {
      const member = classify(facts).member
      const expected = findDataSource(state, member, (ds) => ds.groupId !== undefined)
      const status = classify(facts, context(state)).status
      expect(status.kind === 'protected' ? status.dataSourceId : undefined).toBe(expected?.id)
    }
  })

  it('Modify ignores the group own members', () => {
    const { state, groupId } = protect()
    expect(classify(salesPrincipal, context(state, groupId)).status.kind).toBe('selectable')
  })
})

describe('explicitIpHost', () => {
  it('finds IPv4 and IPv6 literals, not host names', () => {
    expect(explicitIpHost('TCP://10.20.30.41:5022')).toBe('10.20.30.41')
    expect(explicitIpHost('tcp://[fe80::1]:5022')).toBe('[fe80::1]')
    expect(explicitIpHost('TCP://sql-ip02.contoso.local:5022')).toBeUndefined()
    expect(explicitIpHost('TCP://SQL-10:5022')).toBeUndefined()
  })
})
