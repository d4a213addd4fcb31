// Contract tests: every agent API endpoint, called through the typed client (which validates each response
// against the zod schemas) against the mock agents in msw/node.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HOSTILE_NAMES } from '../mock-agents/presets/hostile-preset'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { resetSimTime } from '../sim-clock/clock'
import {
  getChanges,
  getDatabaseFacts,
  installAgents,
  installAgentWithCredentials,
  listComputers,
  listInstances,
  restoreDatabase,
  runBackups,
  searchDatabases,
  uninstallAgents,
} from './agents'
import { AgentApiError } from './client'
import { SALES_DB, SALES_MIRROR_COPY } from './demo-estate'
import { mirroringOperation } from './lab'
import { AGENT_API } from './schemas'

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

const post = (path: string, body: string) =>
  fetch(`http://localhost${AGENT_API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })

describe('GET /computers', () => {
  it('lists every computer, with or without an agent, and the clusters', async () => {
    const { computers, clusters, availabilityGroups } = await listComputers()
    expect(computers).toHaveLength(27)
    expect(computers.find((c) => c.name === 'SQL-NOAGENT01')?.agent.status).toBe('NotInstalled')
    expect(computers.find((c) => c.name === 'CLU01-N1')).toMatchObject({
      cluster: 'CLU01',
      agent: { status: 'OK' },
    })
    expect(clusters.map((c) => c.virtualServers[0])).toEqual([
      'SQLCLU01',
      'SQLCLU02',
      'SQLCLU03',
      'SQLCLU04',
      undefined,
      undefined,
    ])
    // Always On: the groups of the clusters without a clustered instance, each with its replicas.
    expect(availabilityGroups.map((g) => [g.cluster, g.name, g.replicas.length])).toEqual([
      ['SQLAGCLU01', 'AG-Orders', 3],
      ['SQLAGCLU02', 'AG-Legacy', 2],
    ])
  })
})

describe('GET /computers/:name/instances', () => {
  it('returns a computer’s instances with their databases and mirroring facts', async () => {
    const { instances } = await listInstances('SQL-PRI01')
    expect(instances.map((i) => i.path)).toEqual(['SQL-PRI01\\MSSQLSERVER'])
    expect(instances[0]?.databases.map((d) => [d.name, d.mirroring?.role])).toEqual([
      ['SalesDB', 'PRINCIPAL'],
      ['CRMDB', 'PRINCIPAL'],
    ])
  })

  it('takes a virtual server; a cluster node has no instances of its own (S3)', async () => {
    const { instances } = await listInstances('SQLCLU01')
    expect(instances).toMatchObject([{ path: 'SQLCLU01\\SQLFCI', cluster: 'CLU01', computer: 'SQLCLU01' }])
    expect((await listInstances('CLU01-N1')).instances).toEqual([])
  })

  it('answers 409 AgentNotInstalled without an agent and 404 for an unknown name', async () => {
    expect(await agentError(listInstances('SQL-NOAGENT01'))).toMatchObject({
      kind: 'agent',
      status: 409,
      code: 'AgentNotInstalled',
      message: expect.stringContaining('SQL-NOAGENT01'),
    })
    expect(await agentError(listInstances('SQL-NOPE'))).toMatchObject({
      status: 404,
      code: 'ComputerNotFound',
    })
  })

  it('takes hostile names (slash, markup, Unicode) intact', async () => {
    resetMockEstate('hostile')
    const { instances } = await listInstances(HOSTILE_NAMES.scriptComputer)
    expect(instances[0]?.databases[0]?.name).toBe(HOSTILE_NAMES.scriptDatabase)
    const img = await listInstances(HOSTILE_NAMES.imgComputer)
    expect(img.instances.flatMap((i) => i.databases.map((d) => d.name))).toContain(HOSTILE_NAMES.longDatabase)
  })
})

describe('POST /databases/facts', () => {
  it('answers per path: facts, or an error that says why', async () => {
    const { databases } = await getDatabaseFacts([
      SALES_MIRROR_COPY,
      'SQL-MIR02\\MSSQLSERVER\\FinanceDB',
      'SQL-PRI01\\MSSQLSERVER\\Nope',
    ])
    expect(databases[0]).toMatchObject({ facts: { state: 'RESTORING', mirroring: { role: 'MIRROR' } } })
    expect(databases[1]).toMatchObject({ error: { code: 'AgentNotInstalled' } })
    expect(databases[2]).toMatchObject({
      path: 'SQL-PRI01\\MSSQLSERVER\\Nope',
      error: { code: 'DatabaseNotFound' },
    })
  })

  it('refuses a body that does not match the contract with 400 BadRequest', async () => {
    const wrongShape = await post('/databases/facts', JSON.stringify({ paths: 'SalesDB' }))
    expect(wrongShape.status).toBe(400)
    expect(await wrongShape.json()).toMatchObject({
      code: 'BadRequest',
      message: expect.stringContaining('paths'),
    })
    const notJson = await post('/databases/facts', '{')
    expect([notJson.status, (await notJson.json()).code]).toEqual([400, 'BadRequest'])
  })
})

describe('GET /databases?search=', () => {
  it('finds databases by name, computer or instance, case-insensitively, where an agent answers', async () => {
    expect((await searchDatabases('salesdb')).databases.map((d) => d.path)).toEqual([
      SALES_MIRROR_COPY,
      SALES_DB,
    ])
    // The copy on SQL-MIR02 has no agent to report it.
    expect((await searchDatabases('FinanceDB')).databases.map((d) => d.computer)).toEqual(['SQL-PRI02'])
    expect((await searchDatabases('inst2')).databases.map((d) => d.path)).toEqual([
      'SQL-SAME01\\INST2\\LedgerDB',
    ])
    expect((await searchDatabases('SQLCLU0')).databases).toHaveLength(4)
  })

  it('honours the limit and says when it cut the list', async () => {
    const limited = await searchDatabases('', { limit: 5 })
    expect(limited.databases).toHaveLength(5)
    expect(limited.truncated).toBe(true)
    expect((await searchDatabases('db', { limit: 500 })).truncated).toBe(false)
    expect(await agentError(searchDatabases('db', { limit: 0 }))).toMatchObject({
      status: 400,
      code: 'BadRequest',
    })
  })

  it('reads the matches a page at a time, each page after the last path of the one before', async () => {
    const all = (await searchDatabases('db')).databases.map((d) => d.path)
    const pages: string[] = []
    let after: string | undefined
    for (;;) {
      const page = await searchDatabases('db', { limit: 4, after })
      pages.push(...page.databases.map((d) => d.path))
      if (!page.truncated) break
      after = page.databases.at(-1)?.path
    }
    expect(all.length).toBeGreaterThan(8)
    expect(pages).toEqual(all)
  })
})

describe('GET /changes?since=', () => {
  it('returns the changes after a seq, each stamped with the simulated time', async () => {
    const start = await getChanges(0)
    expect(start.changes.at(-1)).toMatchObject({ kind: 'reset', at: T0 })
    resetSimTime(T0 + 600_000)
    await mirroringOperation('failover', SALES_DB)
    const after = await getChanges(start.seq)
    expect(after.seq).toBe(start.seq + 1)
    expect(after.changes).toEqual([
      expect.objectContaining({
        seq: start.seq + 1,
        at: T0 + 600_000,
        kind: 'failover',
        databases: [SALES_MIRROR_COPY, SALES_DB],
      }),
    ])
    expect((await getChanges(after.seq)).changes).toEqual([])
  })

  it('keeps seqs growing across a reset, so a reader never misses one', async () => {
    const before = (await getChanges(0)).seq
    resetMockEstate('empty')
    expect((await getChanges(before)).changes.map((c) => c.kind)).toEqual(['reset'])
  })
})

describe('POST /backups', () => {
  it('answers a batch series by series: the failures by index, the figures of the others in order', async () => {
    const { series } = await runBackups([
      { path: SALES_DB, kind: 'synchronization', at: [T0, T0 + 900_000, T0 + 1_800_000] },
      { path: SALES_MIRROR_COPY, kind: 'synchronization', at: [T0] },
      { path: 'SQL-NOAGENT01\\MSSQLSERVER\\ReportingDB', kind: 'replica-creation', at: [T0, T0 + 60_000] },
    ])
    expect(
      series.map((one) => [one.failed.map((f) => [f.index, f.error.code]), one.durationSec.length]),
    ).toEqual([
      [[], 3],
      [[[0, 'DatabaseIsMirrorCopy']], 0],
      [
        [
          [0, 'AgentNotInstalled'],
          [1, 'AgentNotInstalled'],
        ],
        0,
      ],
    ])
    expect(series[0]?.dataTransferredMb).toHaveLength(3)
  })

  it('answers a regular series given as its first time, step and count as it answers its times listed', async () => {
    const times = [T0, T0 + 900_000, T0 + 1_800_000, T0 + 2_700_000]
    const listed = await runBackups([{ path: SALES_DB, kind: 'synchronization', at: times }])
    const regular = await runBackups([
      { path: SALES_DB, kind: 'synchronization', at: [T0], every: 900_000, count: 4 },
    ])
    expect(regular).toEqual(listed)
    expect(regular.series[0]?.durationSec).toHaveLength(4)
  })
})

describe('POST /restores', () => {
  const request = {
    sourcePath: SALES_DB,
    recoveryPointAt: T0,
    sizeMb: 51200,
    targetInstance: 'SQL-STD03\\MSSQLSERVER',
    databaseName: 'SalesDB',
    state: 'operational' as const,
    overwrite: false,
  }

  it('creates the database and reports its facts and the duration; the change feed shows it', async () => {
    const { seq } = await getChanges(0)
    const restored = await restoreDatabase(request)
    expect(restored.database).toMatchObject({ path: 'SQL-STD03\\MSSQLSERVER\\SalesDB', state: 'ONLINE' })
    expect(restored.durationSec).toBeGreaterThan(0)
    expect((await getChanges(seq)).changes.map((c) => c.kind)).toEqual(['database-restored'])
  })

  it('refuses with 30205 and 30223 as DPM reports them', async () => {
    await restoreDatabase(request)
    expect(await agentError(restoreDatabase(request))).toMatchObject({
      status: 409,
      code: 'DatabaseExists',
      message: expect.stringContaining('ID: 30205'),
    })
    expect(
      await agentError(
        restoreDatabase({ ...request, targetInstance: 'SQL-MIR01\\MSSQLSERVER', overwrite: true }),
      ),
    ).toMatchObject({ code: 'MirroringSessionExists', message: expect.stringContaining('ID: 30223') })
  })

  it('refuses a database name with a line break or a bidirectional override with 400, creating nothing', async () => {
    const { seq } = await getChanges(0)
    expect(await agentError(restoreDatabase({ ...request, databaseName: 'Sales\nDB' }))).toMatchObject({
      status: 400,
      message:
        'Invalid request at databaseName: The database name cannot contain control characters, line breaks or bidirectional text controls (found: U+000A).',
    })
    expect(
      await agentError(restoreDatabase({ ...request, targetInstance: 'SQL-STD03\u202E\\MSSQLSERVER' })),
    ).toMatchObject({ status: 400, message: expect.stringContaining('(found: U+202E)') })
    expect((await getChanges(seq)).changes).toEqual([])
  })
})

describe('POST /agents/install and /agents/uninstall', () => {
  it('installs and uninstalls, reporting the computers as GET /computers does', async () => {
    const installed = await installAgents(['SQL-MIR02'])
    expect(installed.computers).toEqual([
      expect.objectContaining({ name: 'SQL-MIR02', agent: expect.objectContaining({ status: 'OK' }) }),
    ])
    const { instances } = await listInstances('SQL-MIR02')
    expect(instances[0]?.databases[0]?.name).toBe('FinanceDB')
    const removed = await uninstallAgents(['SQL-MIR02'])
    expect(removed.computers[0]?.agent).toEqual({ status: 'NotInstalled' })
  })

  it('refuses a virtual server with its nodes named, and an unknown computer with 404', async () => {
    expect(await agentError(installAgents(['SQLCLU03']))).toMatchObject({
      status: 409,
      code: 'VirtualServerName',
      message: expect.stringContaining('CLU03-N1, CLU03-N2'),
    })
    expect(await agentError(installAgents(['SQL-NOPE']))).toMatchObject({
      status: 404,
      code: 'ComputerNotFound',
    })
    const empty = await post('/agents/install', JSON.stringify({ computers: [] }))
    expect(empty.status).toBe(400)
  })

  // The hostile preset shows a computer whose name holds a right-to-left override; no request can name it.
  it('refuses a computer name with a bidirectional override, even one the estate holds', async () => {
    resetMockEstate('hostile')
    expect(await agentError(installAgents([HOSTILE_NAMES.noAgentComputer]))).toMatchObject({
      status: 400,
      message: expect.stringContaining('A computer name cannot contain control characters'),
    })
    const { computers } = await listComputers()
    expect(computers.find((c) => c.name === HOSTILE_NAMES.noAgentComputer)?.agent.status).toBe('NotInstalled')
  })
})

describe('POST /agents/install/{computer} (the installation wizard, with credentials)', () => {
  const account = { userName: 'dpmadmin', password: 'Pa$$w0rd', domain: 'CONTOSO' }

  it('installs on one computer when the domain logs the account on (either domain name, any case)', async () => {
    const { computer } = await installAgentWithCredentials('SQL-MIR02', account)
    expect(computer).toMatchObject({ name: 'SQL-MIR02', agent: { status: 'OK' } })
    const again = await installAgentWithCredentials('SQL-NOAGENT01', {
      ...account,
      userName: 'DPMADMIN',
      domain: 'contoso.local',
    })
    expect(again.computer.agent.status).toBe('OK')
  })

  it("refuses a wrong password with DPM's logon failure, and changes nothing", async () => {
    const { changes } = await getChanges(0)
    const seq = changes.at(-1)?.seq ?? 0
    expect(
      await agentError(installAgentWithCredentials('SQL-MIR02', { ...account, password: 'wrong' })),
    ).toMatchObject({
      status: 401,
      code: 'LogonFailure',
      message: expect.stringContaining(
        'on SQL-MIR02 because DPM could not log on with the credentials given. Error details: Logon failure: unknown user name or bad password',
      ),
    })
    expect(
      await agentError(installAgentWithCredentials('SQL-MIR02', { ...account, domain: 'FABRIKAM' })),
    ).toMatchObject({
      code: 'LogonFailure',
    })
    const { computers } = await listComputers()
    expect(computers.find((c) => c.name === 'SQL-MIR02')?.agent.status).toBe('NotInstalled')
    expect((await getChanges(seq)).changes).toEqual([])
  })

  it('refuses an unknown computer, a virtual server, and an empty password before the domain is asked', async () => {
    expect(await agentError(installAgentWithCredentials('SQL-NOPE', account))).toMatchObject({ status: 404 })
    expect(await agentError(installAgentWithCredentials('SQLCLU03', account))).toMatchObject({
      code: 'VirtualServerName',
    })
    const empty = await post(
      '/agents/install/SQL-MIR02',
      JSON.stringify({ credentials: { ...account, password: '' } }),
    )
    expect(empty.status).toBe(400)
  })
})
