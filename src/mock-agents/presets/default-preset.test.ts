import { describe, expect, it } from 'vitest'
import {
  AG_LEGACY,
  AG_LEGACY_COPIES,
  AG_ORDERS,
  AG_ORDERS_COPIES,
  CRM_DB,
  FINANCE_DB,
  HR_DB,
  INVENTORY_DB,
  PAYROLL_DB,
  POLICY_DB,
  SALES_DB,
  SALES_MIRROR_COPY,
  WAREHOUSE_STD02,
  WAREHOUSE_STD03,
} from '../../agent-api/demo-estate'
import type { AvailabilityGroupFacts } from '../../domain/estate/estate'
import { chooseBackupReplica } from '../../domain/protection/ag-backup-replica'
import { computerFacts, databaseFacts } from '../estate-facts'
import { findDatabase, requireComputer } from '../estate-model'
import { defaultEstate } from './default-preset'

const estate = defaultEstate()
const facts = (path: string) => {
  const database = findDatabase(estate, path)
  if (!database) throw new Error(`missing ${path}`)
  return databaseFacts(estate, database)
}
const agentStatus = (name: string) => computerFacts(estate, requireComputer(estate, name), 0).agent.status

describe('the default preset, as the UI contract table describes it', () => {
  it('has exactly the contract computers, all in contoso.local, with agents where the table says', () => {
    const computers = [...estate.computers.values()].map((c) => computerFacts(estate, c, 0))
    expect(computers.map((c) => c.name).sort()).toEqual(
      [
        'SQL-STD01',
        'SQL-PRI01',
        'SQL-MIR01',
        'SQL-WIT01',
        'SQL-PRI02',
        'SQL-MIR02',
        'SQL-SAME01',
        'SQL-IP01',
        'SQL-IP02',
        'CLU01-N1',
        'CLU01-N2',
        'SQL-MIR03',
        'SQL-PRI04',
        'CLU02-N1',
        'CLU02-N2',
        'CLU03-N1',
        'CLU03-N2',
        'CLU04-N1',
        'CLU04-N2',
        'SQL-STD02',
        'SQL-STD03',
        'SQL-NOAGENT01',
        'SQL-AG01',
        'SQL-AG02',
        'SQL-AG03',
        'SQL-AG11',
        'SQL-AG12',
      ].sort(),
    )
    expect(computers.every((c) => c.domain === 'contoso.local' && c.addresses.length > 0)).toBe(true)
    const withoutAgent = computers.filter((c) => c.agent.status !== 'OK').map((c) => c.name)
    // S1: no agent on SQL-MIR02; SQL-NOAGENT01 is never listed in Select Group Members.
    expect(withoutAgent.sort()).toEqual(['SQL-AG12', 'SQL-MIR02', 'SQL-NOAGENT01'])
    expect(computers.filter((c) => c.agent.status === 'OK').every((c) => c.agent.version)).toBe(true)
    expect(requireComputer(estate, 'SQL-IP02').addresses).toEqual(['10.20.30.41'])
  })

  it('has the four failover clusters with their nodes and virtual servers (S3), and two without one (Always On)', () => {
    const clusters = [...estate.clusters.values()].map(({ name, nodes, virtualServers }) => ({
      name,
      nodes,
      virtualServers,
    }))
    expect(clusters).toEqual([
      { name: 'CLU01', nodes: ['CLU01-N1', 'CLU01-N2'], virtualServers: ['SQLCLU01'] },
      { name: 'CLU02', nodes: ['CLU02-N1', 'CLU02-N2'], virtualServers: ['SQLCLU02'] },
      { name: 'CLU03', nodes: ['CLU03-N1', 'CLU03-N2'], virtualServers: ['SQLCLU03'] },
      { name: 'CLU04', nodes: ['CLU04-N1', 'CLU04-N2'], virtualServers: ['SQLCLU04'] },
      { name: 'SQLAGCLU01', nodes: ['SQL-AG01', 'SQL-AG02', 'SQL-AG03'], virtualServers: [] },
      { name: 'SQLAGCLU02', nodes: ['SQL-AG11', 'SQL-AG12'], virtualServers: [] },
    ])
    expect(requireComputer(estate, 'CLU02-N1').cluster).toBe('CLU02')
    expect(requireComputer(estate, 'SQL-AG02').cluster).toBe('SQLAGCLU01')
    const nodesWithAgents = clusters.flatMap((c) => c.nodes).filter((node) => node !== 'SQL-AG12')
    for (const node of nodesWithAgents) expect(agentStatus(node)).toBe('OK')
  })

  it('has the contract databases and no system database', () => {
    const paths = [...estate.databases.values()].map((d) => d.path).sort()
    expect(paths).toEqual(
      [
        HR_DB,
        PAYROLL_DB,
        INVENTORY_DB,
        SALES_DB,
        SALES_MIRROR_COPY,
        CRM_DB,
        'SQL-MIR01\\MSSQLSERVER\\CRMDB',
        FINANCE_DB,
        'SQL-MIR02\\MSSQLSERVER\\FinanceDB',
        'SQL-SAME01\\INST1\\LedgerDB',
        'SQL-SAME01\\INST2\\LedgerDB',
        'SQL-IP01\\MSSQLSERVER\\BillingDB',
        'SQL-IP02\\MSSQLSERVER\\BillingDB',
        'SQLCLU01\\SQLFCI\\ClaimsDB',
        'SQL-MIR03\\MSSQLSERVER\\ClaimsDB',
        POLICY_DB,
        'SQLCLU02\\SQLFCI\\PolicyDB',
        'SQLCLU03\\SQLFCI\\ArchiveDB',
        'SQLCLU04\\SQLFCI\\ArchiveDB',
        WAREHOUSE_STD02,
        WAREHOUSE_STD03,
        'SQL-NOAGENT01\\MSSQLSERVER\\ReportingDB',
        ...AG_ORDERS_COPIES,
        'SQL-AG01\\MSSQLSERVER\\ShippingDB',
        'SQL-AG02\\MSSQLSERVER\\ShippingDB',
        'SQL-AG03\\MSSQLSERVER\\ShippingDB',
        ...AG_LEGACY_COPIES,
      ].sort(),
    )
    expect(facts(INVENTORY_DB).recoveryModel).toBe('SIMPLE')
    const others = [...estate.databases.values()].filter((d) => d.name !== 'InventoryDB')
    expect(others.every((d) => d.recoveryModel === 'FULL')).toBe(true)
    expect(facts(SALES_DB)).toMatchObject({ sizeMb: 51200, logSizeMb: 2048 })
    expect(facts('SQLCLU01\\SQLFCI\\ClaimsDB')).toMatchObject({ computer: 'SQLCLU01', instance: 'SQLFCI' })
  })

  it('reports unmirrored databases ONLINE without mirroring facts', () => {
    for (const path of [HR_DB, WAREHOUSE_STD02]) {
      expect(facts(path).state).toBe('ONLINE')
      expect(facts(path).mirroring).toBeUndefined()
    }
  })

  // S2, S6, S7, S9: SalesDB with a witness; CRMDB high performance.
  it('mirrors SalesDB (FULL, witness SQL-WIT01, SYNCHRONIZED) and CRMDB (OFF, no witness, SYNCHRONIZING)', () => {
    expect(facts(SALES_DB)).toMatchObject({
      state: 'ONLINE',
      mirroring: {
        role: 'PRINCIPAL',
        partnerInstance: 'SQL-MIR01\\MSSQLSERVER',
        partnerAddress: 'TCP://sql-mir01.contoso.local:5022',
        witnessAddress: 'TCP://sql-wit01.contoso.local:5022',
        state: 'SYNCHRONIZED',
        safety: 'FULL',
      },
    })
    const mirrorCopy = facts(SALES_MIRROR_COPY)
    expect(mirrorCopy).toMatchObject({
      state: 'RESTORING',
      mirroring: {
        role: 'MIRROR',
        partnerInstance: 'SQL-PRI01\\MSSQLSERVER',
        partnerAddress: 'TCP://sql-pri01.contoso.local:5022',
      },
    })
    expect(mirrorCopy.mirroring?.sessionId).toBe(facts(SALES_DB).mirroring?.sessionId)
    const crm = facts(CRM_DB)
    expect(crm.mirroring).toMatchObject({ role: 'PRINCIPAL', safety: 'OFF', state: 'SYNCHRONIZING' })
    expect(crm.mirroring?.witnessAddress).toBeUndefined()
  })

  // S1: FinanceDB's mirror is on a computer without an agent.
  it('mirrors FinanceDB with FULL safety and no witness onto SQL-MIR02', () => {
    expect(facts(FINANCE_DB).mirroring).toEqual({
      sessionId: expect.any(String),
      role: 'PRINCIPAL',
      partnerInstance: 'SQL-MIR02\\MSSQLSERVER',
      partnerAddress: 'TCP://sql-mir02.contoso.local:5022',
      state: 'SYNCHRONIZED',
      safety: 'FULL',
    })
    expect(agentStatus('SQL-MIR02')).toBe('NotInstalled')
  })

  // S10: the same computer (ports 5022 and 5023) and the explicitly configured IP address.
  it('sets up the two unsupported S10 sessions', () => {
    expect(facts('SQL-SAME01\\INST1\\LedgerDB').mirroring).toMatchObject({
      role: 'PRINCIPAL',
      partnerInstance: 'SQL-SAME01\\INST2',
      partnerAddress: 'TCP://sql-same01.contoso.local:5023',
    })
    expect(facts('SQL-SAME01\\INST2\\LedgerDB').mirroring?.partnerAddress).toBe(
      'TCP://sql-same01.contoso.local:5022',
    )
    expect(facts('SQL-IP01\\MSSQLSERVER\\BillingDB').mirroring).toMatchObject({
      role: 'PRINCIPAL',
      partnerInstance: 'SQL-IP02\\MSSQLSERVER',
      partnerAddress: 'TCP://10.20.30.41:5022',
    })
  })

  // S3: principal clustered / mirror not; the reverse; both clustered. Partners are virtual servers.
  it('sets up the three clustered configurations', () => {
    expect(facts('SQLCLU01\\SQLFCI\\ClaimsDB').mirroring).toMatchObject({
      role: 'PRINCIPAL',
      partnerInstance: 'SQL-MIR03\\MSSQLSERVER',
    })
    expect(facts('SQL-MIR03\\MSSQLSERVER\\ClaimsDB').mirroring).toMatchObject({
      partnerInstance: 'SQLCLU01\\SQLFCI',
      partnerAddress: 'TCP://sqlclu01.contoso.local:5022',
    })
    expect(facts(POLICY_DB).mirroring?.partnerInstance).toBe('SQLCLU02\\SQLFCI')
    expect(facts('SQLCLU03\\SQLFCI\\ArchiveDB').mirroring?.partnerInstance).toBe('SQLCLU04\\SQLFCI')
    expect(facts('SQLCLU04\\SQLFCI\\ArchiveDB').state).toBe('RESTORING')
  })

  it('has eight sessions, all starting on their original principal', () => {
    const sessions = [...estate.sessions.values()]
    expect(sessions.map((s) => s.database).sort()).toEqual(
      ['SalesDB', 'CRMDB', 'FinanceDB', 'LedgerDB', 'BillingDB', 'ClaimsDB', 'PolicyDB', 'ArchiveDB'].sort(),
    )
    expect(new Set(sessions.map((s) => s.id)).size).toBe(8)
    expect(sessions.every((s) => s.originalPrincipal === s.principal && !s.formerPrincipalLost)).toBe(true)
    expect(sessions.filter((s) => s.witness).map((s) => [s.database, s.witness])).toEqual([
      ['SalesDB', 'SQL-WIT01\\MSSQLSERVER'],
    ])
  })

  it('has AG-Orders on SQLAGCLU01 (Prefer secondary, 50/60/40: DPM backs up from SQL-AG02) and AG-Legacy', () => {
    const orders = facts(AG_ORDERS_COPIES[1]).availabilityGroup
    expect(orders).toMatchObject({
      name: AG_ORDERS,
      cluster: 'SQLAGCLU01',
      listener: 'ORDERS-LSN',
      backupPreference: 'SECONDARY',
      databases: ['OrdersDB', 'ShippingDB'],
    })
    expect(
      orders?.replicas.map((r) => [r.instance, r.role, r.availabilityMode, r.failoverMode, r.backupPriority]),
    ).toEqual([
      ['SQL-AG01\\MSSQLSERVER', 'PRIMARY', 'SYNCHRONOUS_COMMIT', 'AUTOMATIC', 50],
      ['SQL-AG02\\MSSQLSERVER', 'SECONDARY', 'SYNCHRONOUS_COMMIT', 'AUTOMATIC', 60],
      ['SQL-AG03\\MSSQLSERVER', 'SECONDARY', 'ASYNCHRONOUS_COMMIT', 'MANUAL', 40],
    ])
    expect(orders?.replicas.map((r) => r.synchronizationState)).toEqual([
      'SYNCHRONIZED',
      'SYNCHRONIZED',
      'SYNCHRONIZING',
    ])
    expect(orders?.replicas.every((r) => r.online && r.readableSecondary && !r.excludedFromBackup)).toBe(true)
    // Every copy reports the same group; the copies are ONLINE databases without mirroring.
    for (const path of AG_ORDERS_COPIES) {
      expect(facts(path)).toMatchObject({ state: 'ONLINE', availabilityGroup: orders })
      expect(facts(path).mirroring).toBeUndefined()
    }
    expect(chooseBackupReplica(orders as AvailabilityGroupFacts)).toMatchObject({
      kind: 'replica',
      replica: { instance: 'SQL-AG02\\MSSQLSERVER' },
    })
    expect(facts(AG_LEGACY_COPIES[0]).availabilityGroup).toMatchObject({
      name: AG_LEGACY,
      cluster: 'SQLAGCLU02',
      replicas: [{ computer: 'SQL-AG11' }, { computer: 'SQL-AG12' }],
    })
    expect(agentStatus('SQL-AG12')).toBe('NotInstalled')
    expect(facts(HR_DB).availabilityGroup).toBeUndefined()
  })
})
