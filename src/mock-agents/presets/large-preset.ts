// The `large` preset: an estate at scale, generated deterministically from a seed, so that the same
// parameters always give the same estate (a reload replays the lab's operations on it).
import type { LargePresetParams } from '../../agent-api/lab-schemas'
import { joinPath, type RecoveryModel } from '../../domain/estate/estate'
import { addAvailabilityGroup } from '../availability-groups'
import { mulberry32 } from '../deterministic-random'
import {
  addCluster,
  addComputer,
  addDatabase,
  addInstance,
  addSession,
  createEstate,
  type Estate,
  type EstateInstance,
  type NewDatabase,
} from '../estate-model'
import { ASYNCHRONOUS_MANUAL, SYNCHRONOUS_AUTOMATIC } from './availability-modes'

export const DEFAULT_LARGE_PARAMS: LargePresetParams = {
  computers: 2000,
  databases: 40_000,
  sessions: 2000,
  seed: 1,
}

const WORDS = [
  'Sales',
  'CRM',
  'Finance',
  'HR',
  'Payroll',
  'Inventory',
  'Ledger',
  'Billing',
  'Claims',
  'Policy',
  'Archive',
  'Warehouse',
  'Reporting',
  'Orders',
  'Customers',
  'Audit',
  'Logistics',
  'Marketing',
  'Support',
  'Analytics',
]

/** One cluster per 400 computers: a handful at the default size, each with two nodes and one FCI. */
const COMPUTERS_PER_CLUSTER = 400
const computerName = (index: number) => `SQL-L${String(index + 1).padStart(4, '0')}`
const NO_AGENT_SHARE = 0.05
const SECOND_INSTANCE_SHARE = 0.1

/**
 * `availabilityGroups: false` is the estate as a version-1 record knew it (estate-persistence). With them, the
 * groups' copies take the place of the last generated databases and their nodes are generated computers, so
 * the counts stay the requested ones.
 */
export function largeEstate(
  overrides: Partial<LargePresetParams> = {},
  { availabilityGroups = true } = {},
): Estate {
  const params = { ...DEFAULT_LARGE_PARAMS, ...overrides }
  const random = mulberry32(params.seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const estate = createEstate('large')

  const clusterCount = Math.floor(params.computers / COMPUTERS_PER_CLUSTER)
  const firstNode = params.computers - 2 * clusterCount
  const instances: EstateInstance[] = []
  for (let i = 0; i < params.computers; i++) {
    const name = computerName(i)
    const isNode = i >= firstNode
    addComputer(estate, name, {
      addresses: [`10.60.${Math.floor(i / 254)}.${(i % 254) + 1}`],
      agent: isNode || random() >= NO_AGENT_SHARE,
    })
    // Cluster nodes host no instance of their own: their SQL Server runs on the cluster's virtual server.
    if (isNode) continue
    instances.push(addInstance(estate, name, 'MSSQLSERVER'))
    if (random() < SECOND_INSTANCE_SHARE) instances.push(addInstance(estate, name, 'INST2', 5023))
  }
  for (let c = 0; c < clusterCount; c++) {
    const number = String(c + 1).padStart(2, '0')
    const nodes = [0, 1].map((n) => computerName(firstNode + 2 * c + n))
    addCluster(estate, `CLU-L${number}`, nodes, [`SQL-LV${number}`])
    instances.push(addInstance(estate, `SQL-LV${number}`, 'SQLFCI'))
  }
  if (instances.length === 0) return estate

  const newDatabase = (name: string): NewDatabase => {
    const sizeMb = Math.round(16 * 2 ** (random() * 14)) // 16 MB to 256 GB, most of them small
    const model = random()
    const logSizeMb = Math.max(8, Math.round(sizeMb * (0.05 + random() * 0.2)))
    const readOnly = random() < 0.02
    // The draws are made either way: `recovery: 'full'` changes these two facts and nothing else.
    if (params.recovery === 'full') return { name, sizeMb, logSizeMb, recoveryModel: 'FULL', readOnly: false }
    const recoveryModel: RecoveryModel = model < 0.15 ? 'SIMPLE' : model < 0.2 ? 'BULK_LOGGED' : 'FULL'
    return { name, sizeMb, logSizeMb, recoveryModel, readOnly }
  }

  const distinctHosts = new Set(instances.map((instance) => instance.host)).size
  const sessionCount = distinctHosts < 2 ? 0 : Math.min(params.sessions, Math.floor(params.databases / 2))
  for (let s = 0; s < sessionCount; s++) {
    const principal = pick(instances)
    let mirrorIndex = Math.floor(random() * instances.length)
    // Never on the same computer (S10 is the default preset's business): walk on to the next host.
    while (instances[mirrorIndex]?.host === principal.host) mirrorIndex = (mirrorIndex + 1) % instances.length
    const mirror = instances[mirrorIndex] as EstateInstance
    const name = `${pick(WORDS)}DB_M${String(s + 1).padStart(4, '0')}`
    const spec = { ...newDatabase(name), recoveryModel: 'FULL' as const, readOnly: false }
    addDatabase(estate, principal.path, spec)
    addDatabase(estate, mirror.path, { ...spec, state: 'RESTORING' })
    const witness = random() < 0.25 ? pick(instances) : undefined
    const usableWitness =
      witness && witness.host !== principal.host && witness.host !== mirror.host ? witness.path : undefined
    addSession(estate, {
      database: name,
      principal: principal.path,
      mirror: mirror.path,
      safety: random() < 0.2 ? 'OFF' : 'FULL',
      witness: usableWitness,
    })
  }

  // One availability group per failover cluster instance's cluster: three standalone computers become the
  // nodes of a cluster of their own; each group has two databases, a copy on each of the three replicas.
  const groupCount = availabilityGroups
    ? Math.min(
        clusterCount,
        Math.floor(firstNode / AG_NODES),
        Math.floor((params.databases - 2 * sessionCount) / (AG_NODES * AG_DATABASES)),
      )
    : 0

  // The rest, spread evenly; names repeat across instances (SalesDB on many), never within one.
  const namesUsed = new Map<string, number>()
  const restEnd = params.databases - groupCount * AG_NODES * AG_DATABASES
  for (let d = 2 * sessionCount; d < restEnd; d++) {
    const instance = instances[d % instances.length] as EstateInstance
    const word = pick(WORDS)
    const usedKey = joinPath(instance.path, word)
    const count = (namesUsed.get(usedKey) ?? 0) + 1
    namesUsed.set(usedKey, count)
    const database = newDatabase(count === 1 ? `${word}DB` : `${word}DB${count}`)
    addDatabase(estate, instance.path, { ...database, state: random() < 0.005 ? 'OFFLINE' : 'ONLINE' })
  }
  for (let g = 0; g < groupCount; g++) addLargeGroup(estate, g, firstNode - AG_NODES * (g + 1), newDatabase)
  return estate
}

const AG_NODES = 3
const AG_DATABASES = 2

/**
 * AG-Lnn on cluster SQLAGCLU-Lnn (named as the default preset's, so it sorts after the computers in Select Group
 * Members): the computers from index `firstComputer` on; Prefer secondary, as the default's.
 */
function addLargeGroup(
  estate: Estate,
  index: number,
  firstComputer: number,
  newDatabase: (name: string) => NewDatabase,
): void {
  const number = String(index + 1).padStart(2, '0')
  const nodes = Array.from({ length: AG_NODES }, (_, n) => computerName(firstComputer + n))
  addCluster(estate, `SQLAGCLU-L${number}`, nodes, [])
  const modes = [SYNCHRONOUS_AUTOMATIC, SYNCHRONOUS_AUTOMATIC, ASYNCHRONOUS_MANUAL]
  addAvailabilityGroup(estate, {
    name: `AG-L${number}`,
    cluster: `SQLAGCLU-L${number}`,
    listener: `AG-L${number}-LSN`,
    backupPreference: 'SECONDARY',
    replicas: nodes.map((node, n) => ({
      instance: joinPath(node, 'MSSQLSERVER'),
      ...(modes[n] ?? ASYNCHRONOUS_MANUAL),
      readableSecondary: true,
      backupPriority: [50, 60, 40][n] ?? 40,
    })),
    databases: ['OrdersDB', 'ShippingDB'].map((word) => ({
      ...newDatabase(`${word}_AG${number}`),
      readOnly: false,
    })),
  })
}
