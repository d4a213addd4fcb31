// Contract tests for the lab's control API: typed client (validating every response) against msw/node.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { resetSimTime } from '../sim-clock/clock'
import { getChanges, getDatabaseFacts, listComputers } from './agents'
import { AgentApiError } from './client'
import {
  AG_ORDERS_COPIES,
  CRM_DB,
  HR_DB,
  SALES_DB as SALES,
  SALES_MIRROR_COPY,
  WAREHOUSE_STD02,
  WAREHOUSE_STD03,
} from './demo-estate'
import {
  availabilityGroupOperation,
  createLabDatabase,
  establishMirroring,
  getLabEstate,
  importLabWorldRecord,
  mirroringOperation,
  resetLab,
  setFaults,
} from './lab'
import { LAB_API } from './lab-schemas'

const T0 = Date.parse('2026-01-05T09:00:00Z')

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetSimTime(T0)
  resetMockEstate('default')
})
afterAll(() => mockAgentsServer.close())

async function agentError(call: Promise<unknown>): Promise<AgentApiError> {
  try {
    await call
  } catch (error) {
    if (error instanceof AgentApiError) return error
    throw error
  }
  throw new Error('the call succeeded')
}

const roleOf = async (path: string) => (await getDatabaseFacts([path])).databases[0]?.facts?.mirroring?.role

describe('GET /estate', () => {
  it('describes the whole estate for the Lab panel', async () => {
    const estate = await getLabEstate()
    expect(estate).toMatchObject({
      preset: 'default',
      databaseCount: 30,
      faults: { latencyMs: 0, errorRate: 0 },
    })
    expect(estate.computers).toHaveLength(27)
    expect(estate.clusters).toHaveLength(6)
    expect(estate.sessions.find((s) => s.database === 'SalesDB')).toMatchObject({
      principal: 'SQL-PRI01\\MSSQLSERVER',
      mirror: 'SQL-MIR01\\MSSQLSERVER',
      witness: 'SQL-WIT01\\MSSQLSERVER',
      state: 'SYNCHRONIZED',
      safety: 'FULL',
      formerPrincipalLost: false,
    })
  })
})

describe('POST /reset', () => {
  it('switches presets, the large one with its parameters', async () => {
    expect((await resetLab({ preset: 'empty' })).summary).toContain('0 computers')
    expect((await listComputers()).computers).toEqual([])
    await resetLab({ preset: 'large', params: { computers: 30, databases: 300, sessions: 20, seed: 3 } })
    const large = await getLabEstate()
    expect([large.preset, large.computers.length, large.databaseCount, large.sessions.length]).toEqual([
      'large',
      30,
      300,
      20,
    ])
    await resetLab({ preset: 'hostile' })
    expect((await getLabEstate()).preset).toBe('hostile')
  })

  it('refuses an unknown preset or out-of-range parameters with 400', async () => {
    const unknown = await fetch(`http://localhost${LAB_API}/reset`, {
      method: 'POST',
      body: JSON.stringify({ preset: 'huge' }),
    })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).code).toBe('BadRequest')
    expect(await agentError(resetLab({ preset: 'large', params: { computers: 0 } }))).toMatchObject({
      status: 400,
      code: 'BadRequest',
    })
    expect((await getLabEstate()).preset).toBe('default')
  })
})

describe('POST /mirroring/*', () => {
  it('failover, principal-fails, failback and break, on either copy', async () => {
    expect((await mirroringOperation('failover', SALES)).summary).toContain('SQL-MIR01')
    expect(await roleOf(SALES_MIRROR_COPY)).toBe('PRINCIPAL')
    await mirroringOperation('failback', SALES_MIRROR_COPY)
    expect(await roleOf(SALES)).toBe('PRINCIPAL')
    await mirroringOperation('principal-fails', SALES)
    const estate = await getLabEstate()
    expect(estate.sessions.find((s) => s.database === 'SalesDB')).toMatchObject({
      state: 'DISCONNECTED',
      formerPrincipalLost: true,
      principal: 'SQL-MIR01\\MSSQLSERVER',
    })
    await mirroringOperation('failback', SALES)
    await mirroringOperation('break', SALES)
    expect(await roleOf(SALES)).toBeUndefined()
  })

  it('refuses with a status, a code and a message that names the database', async () => {
    expect(await agentError(mirroringOperation('failover', HR_DB))).toMatchObject({
      status: 409,
      code: 'NotMirrored',
      message: expect.stringContaining('HRDB'),
    })
    expect(await agentError(mirroringOperation('failover', CRM_DB))).toMatchObject({
      code: 'SafetyOff',
    })
    expect(await agentError(mirroringOperation('break', 'SQL-PRI01\\MSSQLSERVER\\Nope'))).toMatchObject({
      status: 404,
      code: 'DatabaseNotFound',
    })
    const empty = await fetch(`http://localhost${LAB_API}/mirroring/failover`, {
      method: 'POST',
      body: JSON.stringify({ db: '' }),
    })
    expect(empty.status).toBe(400)
  })
})

describe('POST /mirroring/establish', () => {
  // S8 set-up: WarehouseDB on SQL-STD03 becomes the mirror of WarehouseDB on SQL-STD02.
  it('makes the same-name database on the target the mirror copy', async () => {
    await establishMirroring(WAREHOUSE_STD02, 'SQL-STD03\\MSSQLSERVER')
    expect(await roleOf(WAREHOUSE_STD03)).toBe('MIRROR')
    expect((await getLabEstate()).sessions).toHaveLength(9)
  })

  it('refuses a path with a control or bidirectional character with 400', async () => {
    expect(
      await agentError(
        establishMirroring('SQL-STD02\\MSSQLSERVER\\Warehouse\u2066DB', 'SQL-STD03\\MSSQLSERVER'),
      ),
    ).toMatchObject({
      status: 400,
      message: expect.stringContaining('The principal database cannot contain'),
    })
    expect(await agentError(establishMirroring(WAREHOUSE_STD02, 'SQL-STD03\\MSSQL\tSERVER'))).toMatchObject({
      status: 400,
      message: expect.stringContaining('(found: U+0009)'),
    })
    expect(await agentError(mirroringOperation('failover', `${SALES}\u202E`))).toMatchObject({ status: 400 })
    expect(await agentError(setFaults({ unreachable: ['SQL-PRI01\r'] }))).toMatchObject({ status: 400 })
    expect((await getLabEstate()).sessions).toHaveLength(8)
  })

  it('refuses the same instance', async () => {
    expect(await agentError(establishMirroring(WAREHOUSE_STD02, 'SQL-STD02\\MSSQLSERVER'))).toMatchObject({
      status: 409,
      code: 'SameInstance',
    })
  })
})

describe('POST /databases', () => {
  it('creates an ONLINE database in the FULL recovery model and logs the change for DPM', async () => {
    const { seq } = await getChanges(0)
    await createLabDatabase('sql-std01\\MSSQLSERVER', 'OrdersDB')
    const facts = (await getDatabaseFacts(['SQL-STD01\\MSSQLSERVER\\OrdersDB'])).databases[0]?.facts
    expect(facts).toMatchObject({ state: 'ONLINE', recoveryModel: 'FULL' })
    expect((await getChanges(seq)).changes).toEqual([
      expect.objectContaining({ kind: 'database-created', databases: ['SQL-STD01\\MSSQLSERVER\\OrdersDB'] }),
    ])
  })

  it('refuses an unknown instance, a name already there and a bad name, each with its reason', async () => {
    expect(await agentError(createLabDatabase('SQL-STD01\\NOPE', 'OrdersDB'))).toMatchObject({
      status: 404,
      code: 'InstanceNotFound',
    })
    expect(await agentError(createLabDatabase('SQL-STD01\\MSSQLSERVER', 'hrdb'))).toMatchObject({
      status: 409,
      code: 'DatabaseExists',
      message: 'A database named HRDB already exists on SQL-STD01\\MSSQLSERVER.',
    })
    expect(await agentError(createLabDatabase('SQL-STD01\\MSSQLSERVER', 'a/b'))).toMatchObject({
      status: 400,
      message: expect.stringContaining('cannot contain'),
    })
  })
})

describe('POST /faults', () => {
  it('sets and clears faults, and refuses an unknown computer with 404', async () => {
    await setFaults({ latencyMs: 0, errorRate: 0.25, unreachable: ['sql-pri01'] })
    expect((await getLabEstate()).faults).toEqual({
      latencyMs: 0,
      errorRate: 0.25,
      unreachable: ['SQL-PRI01'],
    })
    await setFaults({})
    expect((await getLabEstate()).faults).toEqual({ latencyMs: 0, errorRate: 0, unreachable: [] })
    expect(await agentError(setFaults({ unreachable: ['SQL-NOPE'] }))).toMatchObject({
      status: 404,
      code: 'ComputerNotFound',
    })
    expect(await agentError(setFaults({ errorRate: 2 }))).toMatchObject({ status: 400 })
  })
})

describe('POST /availability-groups/*', () => {
  const agOf = async (path: string) => (await getDatabaseFacts([path])).databases[0]?.facts?.availabilityGroup

  it('fails AG-Orders over, takes a replica offline, sets the backup settings; each change in the change feed', async () => {
    const { seq } = await getChanges(0)
    expect(await availabilityGroupOperation({ path: 'failover', body: { ag: 'ag-orders' } })).toMatchObject({
      summary: 'AG-Orders: manual failover, SQL-AG02\\MSSQLSERVER is now the primary replica.',
    })
    await availabilityGroupOperation({
      path: 'replica-offline',
      body: { ag: 'AG-Orders', replica: 'SQL-AG03' },
    })
    await availabilityGroupOperation({
      path: 'backup-preference',
      body: { ag: 'SQLAGCLU01\\AG-Orders', preference: 'SECONDARY_ONLY' },
    })
    await availabilityGroupOperation({
      path: 'backup-priority',
      body: { ag: 'AG-Orders', replica: 'SQL-AG01', priority: 90 },
    })
    await availabilityGroupOperation({
      path: 'backup-excluded',
      body: { ag: 'AG-Orders', replica: 'SQL-AG01\\MSSQLSERVER', excluded: true },
    })
    const group = await agOf(AG_ORDERS_COPIES[2])
    expect(group).toMatchObject({ backupPreference: 'SECONDARY_ONLY' })
    expect(group?.replicas.map((r) => [r.role, r.online, r.backupPriority, r.excludedFromBackup])).toEqual([
      ['SECONDARY', true, 90, true],
      ['PRIMARY', true, 60, false],
      ['SECONDARY', false, 40, false],
    ])
    const { changes } = await getChanges(seq)
    expect(changes.map((c) => c.kind)).toEqual([
      'ag-failover',
      'ag-replica-offline',
      'ag-backup-preference',
      'ag-backup-priority',
      'ag-backup-excluded',
    ])
    await availabilityGroupOperation({ path: 'primary-fails', body: { ag: 'AG-Orders' } })
    await availabilityGroupOperation({
      path: 'replica-online',
      body: { ag: 'AG-Orders', replica: 'SQL-AG03' },
    })
    expect((await getLabEstate()).availabilityGroups?.[0]?.replicas.map((r) => r.role)).toEqual([
      'PRIMARY',
      'SECONDARY',
      'SECONDARY',
    ])
  })

  it('refuses an unknown group (404), a bad priority (400) and a SQL Server refusal (409), with the reason', async () => {
    expect(
      await agentError(availabilityGroupOperation({ path: 'primary-fails', body: { ag: 'AG-Nope' } })),
    ).toMatchObject({
      status: 404,
      message: expect.stringContaining('There is no availability group AG-Nope'),
    })
    expect(
      await agentError(
        availabilityGroupOperation({
          path: 'backup-priority',
          body: { ag: 'AG-Orders', replica: 'SQL-AG01', priority: 101 },
        }),
      ),
    ).toMatchObject({ status: 400 })
    expect(
      await agentError(
        availabilityGroupOperation({
          path: 'replica-offline',
          body: { ag: 'AG-Orders', replica: 'SQL-AG01' },
        }),
      ),
    ).toMatchObject({ status: 409, message: expect.stringContaining('use availabilityGroupPrimaryFails') })
  })
})

describe('POST /world', () => {
  it('refuses an imported log that brings in a name with a control or bidirectional character', async () => {
    const record = (computer: string) => ({
      version: 1 as const,
      preset: 'default' as const,
      firstSeq: 1,
      startedAt: T0,
      log: [{ at: T0, operation: { kind: 'install-agents', computers: [computer] } }],
    })
    await importLabWorldRecord(record('SQL-MIR02'))
    expect(await agentError(importLabWorldRecord(record('SQL-NOAGENT01\u202E')))).toMatchObject({
      status: 400,
      message: expect.stringContaining('A computer name cannot contain control characters'),
    })
    expect((await getLabEstate()).computers.find((c) => c.name === 'SQL-MIR02')?.agent.status).toBe('OK')
  })
})
