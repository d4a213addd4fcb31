// The default demo estate, exactly as the UI contract's table describes it: demos and other teams'
// Playwright suites rely on every name here.
import { addAvailabilityGroup } from '../availability-groups'
import {
  addCluster,
  addComputer,
  addDatabase,
  addInstance,
  addSession,
  createEstate,
  type Estate,
} from '../estate-model'
import { ASYNCHRONOUS_MANUAL, SYNCHRONOUS_AUTOMATIC } from './availability-modes'

const DEFAULT_INSTANCE = 'MSSQLSERVER'
const FCI = 'SQLFCI'

interface DatabaseSpec {
  name: string
  sizeMb: number
  logSizeMb: number
  recoveryModel?: 'FULL' | 'SIMPLE'
}

export function defaultEstate(): Estate {
  const estate = createEstate('default')
  let nextAddress = 10
  const computer = (name: string, agent = true, address?: string) =>
    addComputer(estate, name, { addresses: [address ?? `10.20.10.${nextAddress++}`], agent })
  const instance = (host: string, name = DEFAULT_INSTANCE, port?: number) =>
    addInstance(estate, host, name, port).path
  /** A computer with the default instance; returns the instance path. */
  const standalone = (name: string, agent = true, address?: string) => {
    computer(name, agent, address)
    return instance(name)
  }
  const database = (instancePath: string, spec: DatabaseSpec) => addDatabase(estate, instancePath, spec)
  /** A mirrored pair: the principal copy ONLINE, the mirror copy RESTORING with the same sizes. */
  const mirrored = (
    spec: DatabaseSpec,
    principal: string,
    mirror: string,
    session: { safety?: 'FULL' | 'OFF'; witness?: string; mirrorAddress?: string } = {},
  ) => {
    database(principal, spec)
    addDatabase(estate, mirror, { ...spec, state: 'RESTORING' })
    addSession(estate, {
      ...session,
      database: spec.name,
      principal,
      mirror,
      safety: session.safety ?? 'FULL',
    })
  }
  const cluster = (name: string, nodes: string[], virtualServer: string) => {
    for (const node of nodes) computer(node)
    addCluster(estate, name, nodes, [virtualServer])
    return instance(virtualServer, FCI)
  }

  // Plain SQL protection; S4 fodder.
  const std01 = standalone('SQL-STD01')
  database(std01, { name: 'HRDB', sizeMb: 4096, logSizeMb: 512 })
  database(std01, { name: 'PayrollDB', sizeMb: 8192, logSizeMb: 1024 })
  database(std01, { name: 'InventoryDB', sizeMb: 2048, logSizeMb: 256, recoveryModel: 'SIMPLE' })

  // S2, S6, S7, S9: SalesDB high safety with a witness (automatic failover); CRMDB high performance.
  const pri01 = standalone('SQL-PRI01')
  const mir01 = standalone('SQL-MIR01')
  const wit01 = standalone('SQL-WIT01')
  mirrored({ name: 'SalesDB', sizeMb: 51200, logSizeMb: 2048 }, pri01, mir01, { witness: wit01 })
  mirrored({ name: 'CRMDB', sizeMb: 20480, logSizeMb: 1024 }, pri01, mir01, { safety: 'OFF' })

  // S1: no agent on the mirror's computer, so protection is blocked until it is installed.
  const pri02 = standalone('SQL-PRI02')
  const mir02 = standalone('SQL-MIR02', false)
  mirrored({ name: 'FinanceDB', sizeMb: 30720, logSizeMb: 1536 }, pri02, mir02)

  // S10: mirrored between two instances of the same computer (endpoints on ports 5022 and 5023).
  computer('SQL-SAME01')
  mirrored(
    { name: 'LedgerDB', sizeMb: 10240, logSizeMb: 768 },
    instance('SQL-SAME01', 'INST1', 5022),
    instance('SQL-SAME01', 'INST2', 5023),
  )

  // S10: the mirror partner is addressed by an explicitly configured IP address.
  const ip01 = standalone('SQL-IP01', true, '10.20.30.40')
  const ip02 = standalone('SQL-IP02', true, '10.20.30.41')
  mirrored({ name: 'BillingDB', sizeMb: 15360, logSizeMb: 1024 }, ip01, ip02, {
    mirrorAddress: 'TCP://10.20.30.41:5022',
  })

  // S3: principal clustered / mirror standalone, the reverse, and both clustered.
  const clu01 = cluster('CLU01', ['CLU01-N1', 'CLU01-N2'], 'SQLCLU01')
  const mir03 = standalone('SQL-MIR03')
  mirrored({ name: 'ClaimsDB', sizeMb: 40960, logSizeMb: 2048 }, clu01, mir03)
  const pri04 = standalone('SQL-PRI04')
  const clu02 = cluster('CLU02', ['CLU02-N1', 'CLU02-N2'], 'SQLCLU02')
  mirrored({ name: 'PolicyDB', sizeMb: 12288, logSizeMb: 1024 }, pri04, clu02)
  const clu03 = cluster('CLU03', ['CLU03-N1', 'CLU03-N2'], 'SQLCLU03')
  const clu04 = cluster('CLU04', ['CLU04-N1', 'CLU04-N2'], 'SQLCLU04')
  mirrored({ name: 'ArchiveDB', sizeMb: 102400, logSizeMb: 4096 }, clu03, clu04)

  // S8 fodder: the lab can make one WarehouseDB the mirror of the other.
  database(standalone('SQL-STD02'), { name: 'WarehouseDB', sizeMb: 61440, logSizeMb: 3072 })
  database(standalone('SQL-STD03'), { name: 'WarehouseDB', sizeMb: 61440, logSizeMb: 3072 })

  // No agent: not listed in Select Group Members.
  database(standalone('SQL-NOAGENT01', false), {
    name: 'ReportingDB',
    sizeMb: 7168,
    logSizeMb: 512,
  })

  // Always On: a failover cluster without a clustered instance, a default instance on every node, and an
  // availability group across them. AG-Orders: DPM backs up from SQL-AG02 (Prefer secondary, priority 60).
  const agCluster = (name: string, nodes: [string, boolean][]) => {
    for (const [node, agent] of nodes) computer(node, agent)
    addCluster(
      estate,
      name,
      nodes.map(([node]) => node),
      [],
    )
    for (const [node] of nodes) instance(node)
  }
  const replica = (node: string, modes: typeof SYNCHRONOUS_AUTOMATIC, backupPriority: number) => ({
    instance: `${node}\\${DEFAULT_INSTANCE}`,
    ...modes,
    readableSecondary: true,
    backupPriority,
  })
  agCluster('SQLAGCLU01', [
    ['SQL-AG01', true],
    ['SQL-AG02', true],
    ['SQL-AG03', true],
  ])
  addAvailabilityGroup(estate, {
    name: 'AG-Orders',
    cluster: 'SQLAGCLU01',
    listener: 'ORDERS-LSN',
    backupPreference: 'SECONDARY',
    replicas: [
      replica('SQL-AG01', SYNCHRONOUS_AUTOMATIC, 50),
      replica('SQL-AG02', SYNCHRONOUS_AUTOMATIC, 60),
      replica('SQL-AG03', ASYNCHRONOUS_MANUAL, 40),
    ],
    databases: [
      { name: 'OrdersDB', sizeMb: 25600, logSizeMb: 1024 },
      { name: 'ShippingDB', sizeMb: 10240, logSizeMb: 512 },
    ],
  })
  // The "why not": no agent on SQL-AG12, which hosts a replica.
  agCluster('SQLAGCLU02', [
    ['SQL-AG11', true],
    ['SQL-AG12', false],
  ])
  addAvailabilityGroup(estate, {
    name: 'AG-Legacy',
    cluster: 'SQLAGCLU02',
    listener: 'LEGACY-LSN',
    backupPreference: 'SECONDARY',
    replicas: [
      replica('SQL-AG11', SYNCHRONOUS_AUTOMATIC, 50),
      replica('SQL-AG12', SYNCHRONOUS_AUTOMATIC, 50),
    ],
    databases: [{ name: 'LegacyDB', sizeMb: 6144, logSizeMb: 512 }],
  })
  return estate
}
