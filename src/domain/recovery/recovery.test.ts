import { describe, expect, it } from 'vitest'
import { HR_DB, INVENTORY_DB, PAYROLL_DB, SALES_DB, SALES_MIRROR_COPY } from '../../agent-api/demo-estate'
import type { DataSource, DpmServerState, Job } from '../protection/protection'
import { EMPTY_SERVER_STATE } from '../protection/protection'
import { type RecoveryPoint, RecoveryPoints } from '../protection/recovery-points'
import {
  AVAILABILITY_GROUP_ORIGINAL_INSTANCE_REASON,
  agentDirectory,
  databaseStateOptions,
  destinationAgentProblem,
  destinationsWithAgent,
  expireRecoveryAlerts,
  failInterruptedRecoveries,
  finishRecoveryJob,
  hasDatabaseNamed,
  INTERRUPTED_RECOVERY_MESSAGE,
  latestRecoveryTime,
  MIRRORED_ORIGINAL_INSTANCE_REASON,
  nameConflictMessage,
  parseNetworkFolder,
  parseRecipients,
  protectedDataTree,
  RECOVERY_ALERT_LIFETIME_MS,
  type RecoverySpec,
  recoveryDays,
  recoveryDurationSec,
  recoveryPointsOnDay,
  recoveryTypeOptions,
  recoveryWizardPages,
  startRecoveryJob,
  validateDatabaseName,
  validateInstancePath,
  validateThrottle,
} from './recovery'

const T0 = Date.parse('2026-01-05T09:00:00Z')
const HOUR = 3_600_000

function dataSource(id: string, path: string, extra: Partial<DataSource> = {}): DataSource {
  return {
    id,
    path,
    groupId: 'pg-1',
    protectedAt: T0,
    sizeMb: 1000,
    logSizeMb: 100,
    recoveryModel: 'FULL',
    readOnly: false,
    replica: 'ok',
    condition: { kind: 'ok' },
    ...extra,
  }
}

const salesDb = dataSource('ds-1', SALES_DB, {
  mirror: {
    sessionId: 's-1',
    partners: [SALES_DB, SALES_MIRROR_COPY],
    activePath: SALES_DB,
  },
})
const hrDb = dataSource('ds-2', HR_DB)

const point = (dataSourceId: string, at: number): RecoveryPoint => ({
  dataSourceId,
  at,
  kind: 'express-full',
  sizeMb: 1000,
})

describe('recovery types', () => {
  it('S9: a mirrored database cannot go back to its original instance, with error 30223 as the reason', () => {
    const original = recoveryTypeOptions(salesDb).find((o) => o.type === 'original-instance')
    expect(original).toEqual({
      type: 'original-instance',
      enabled: false,
      reason: MIRRORED_ORIGINAL_INSTANCE_REASON,
    })
    expect(original?.reason).toContain('30223')
    expect(original?.reason).toContain('mirroring session exists for this database')
    expect(recoveryTypeOptions(salesDb).find((o) => o.type === 'any-instance')?.enabled).toBe(true)
  })

  it('S9 (with S4): a database protected as standalone but mirrored now is treated as mirrored', () => {
    expect(recoveryTypeOptions(hrDb).find((o) => o.type === 'original-instance')?.enabled).toBe(true)
    expect(
      recoveryTypeOptions(hrDb, { mirroredNow: true }).find((o) => o.type === 'original-instance')?.enabled,
    ).toBe(false)
  })

  it('a database of an availability group cannot go back to its original instance, with the reason', () => {
    const ordersDb = {
      ...hrDb,
      availability: { group: 'AG-Orders', cluster: 'SQLAGCLU01', database: 'OrdersDB' },
    }
    const options = recoveryTypeOptions(ordersDb)
    expect(options.find((o) => o.type === 'original-instance')).toEqual({
      type: 'original-instance',
      enabled: false,
      reason: AVAILABILITY_GROUP_ORIGINAL_INSTANCE_REASON,
    })
    expect(AVAILABILITY_GROUP_ORIGINAL_INSTANCE_REASON).toContain(
      'DPM does not support recovery to the original location for a database of an availability group',
    )
    expect(options.find((o) => o.type === 'any-instance')?.enabled).toBe(true)
    // Joined to a group since it was protected: the agent's facts say so.
    const joined = recoveryTypeOptions(hrDb, { inAvailabilityGroupNow: true })
    expect(joined.find((o) => o.type === 'original-instance')?.reason).toBe(
      AVAILABILITY_GROUP_ORIGINAL_INSTANCE_REASON,
    )
  })

  it('offers tape only with a tape library', () => {
    expect(recoveryTypeOptions(hrDb).find((o) => o.type === 'tape')).toMatchObject({ enabled: false })
    expect(recoveryTypeOptions(hrDb, { tapeLibrary: true }).find((o) => o.type === 'tape')?.enabled).toBe(
      true,
    )
  })
})

describe('recovery points', () => {
  const points = [
    point('ds-2', T0 + 11 * HOUR), // 2026-01-05 20:00
    point('ds-1', T0 + 11 * HOUR),
    point('ds-2', T0 + 35 * HOUR), // 2026-01-06 20:00
    point('ds-2', T0 + 2 * HOUR), // 2026-01-05 11:00, out of order on purpose
  ]
  const all = RecoveryPoints.from(points)
  const hrPoints = all.of('ds-2').toArray()

  it('keeps points per data source, oldest first', () => {
    expect(hrPoints.map((p) => p.at)).toEqual([T0 + 2 * HOUR, T0 + 11 * HOUR, T0 + 35 * HOUR])
    expect(all.of('ds-1')).toHaveLength(1)
    expect(all.of('ds-9')).toHaveLength(0)
  })

  it('lists the days with recovery points once each, and the times of a day', () => {
    expect(recoveryDays(hrPoints)).toEqual(['2026-01-05', '2026-01-06'])
    expect(recoveryPointsOnDay(hrPoints, '2026-01-05').map((p) => p.at)).toEqual([
      T0 + 2 * HOUR,
      T0 + 11 * HOUR,
    ])
    expect(recoveryPointsOnDay(hrPoints, '2026-01-07')).toEqual([])
  })

  it('Latest is the last synchronization when it is newer than the last recovery point', () => {
    expect(latestRecoveryTime({ lastSyncAt: T0 + 36 * HOUR }, hrPoints)).toBe(T0 + 36 * HOUR)
    expect(latestRecoveryTime({ lastSyncAt: T0 }, hrPoints)).toBe(T0 + 35 * HOUR)
    expect(latestRecoveryTime({}, hrPoints)).toBe(T0 + 35 * HOUR)
    expect(latestRecoveryTime({ lastSyncAt: T0 }, [])).toBeUndefined()
  })

  it('asks for the database state only for a recovery point restored as a database', () => {
    expect(databaseStateOptions({ kind: 'latest', at: T0 }, 'any-instance')).toEqual(['operational'])
    expect(databaseStateOptions({ kind: 'point', at: T0 }, 'original-instance')).toEqual([
      'operational',
      'non-operational',
    ])
    expect(databaseStateOptions({ kind: 'point', at: T0 }, 'network-folder')).toEqual(['operational'])
  })

  it('walks the pages that apply to the type and point', () => {
    expect(recoveryWizardPages('original-instance', { kind: 'latest', at: T0 })).toEqual([
      'review',
      'type',
      'options',
      'summary',
      'status',
    ])
    expect(recoveryWizardPages('any-instance', { kind: 'point', at: T0 })).toEqual([
      'review',
      'type',
      'location',
      'state',
      'options',
      'summary',
      'status',
    ])
    expect(recoveryWizardPages('network-folder', { kind: 'point', at: T0 })).toContain('location')
    expect(recoveryWizardPages('network-folder', { kind: 'point', at: T0 })).not.toContain('state')
  })
})

describe('destination', () => {
  it('validates the new database name', () => {
    expect(validateDatabaseName('SalesDB_Recovered')).toBeUndefined()
    expect(validateDatabaseName('')).toBe('Enter a database name.')
    expect(validateDatabaseName(' Sales')).toMatch(/space/)
    expect(validateDatabaseName('a'.repeat(129))).toMatch(/128/)
    expect(validateDatabaseName('Sales\\DB')).toMatch(/cannot contain/)
    expect(validateDatabaseName('Sales\nDB')).toBe(
      'A database name cannot contain control characters, line breaks or bidirectional text controls (found: U+000A).',
    )
    expect(validateDatabaseName('Sales\u202EDB')).toMatch(/\(found: U\+202E\)/)
    // A quote of any kind is a character of the name: the View script quotes it.
    expect(validateDatabaseName('Pay\u2019; Stop-Computer -Force; \u2019x')).toBeUndefined()
  })

  it('wants the destination instance as COMPUTER\\INSTANCE', () => {
    expect(validateInstancePath('SQL-MIR01\\MSSQLSERVER')).toBeUndefined()
    expect(validateInstancePath(' SQLCLU01\\SQLFCI ')).toBeUndefined()
    expect(validateInstancePath('SQL-MIR01\\MSSQL\u2066SERVER')).toMatch(
      /^An instance path cannot contain .* \(found: U\+2066\)\.$/,
    )
    for (const text of ['', 'SQL-MIR01', 'SQL-MIR01\\', '\\MSSQLSERVER', SALES_MIRROR_COPY])
      expect(validateInstancePath(text), text).toBe('Select a SQL Server instance, as COMPUTER\\INSTANCE.')
  })

  it('finds a name conflict case-insensitively and names it with error 30205', () => {
    expect(hasDatabaseNamed(['SalesDB', 'master'], 'salesdb')).toBe(true)
    expect(hasDatabaseNamed(['SalesDB'], 'SalesDB_Copy')).toBe(false)
    expect(nameConflictMessage('SalesDB', 'SQL-MIR01\\MSSQLSERVER')).toBe(
      'A database named "SalesDB" already exists on SQL-MIR01\\MSSQLSERVER. Choose another database name. (ID: 30205)',
    )
  })

  it.each([
    ['', /UNC path/],
    ['C:\\backups', /starts with \\\\/],
    ['\\\\', /server name/],
    ['\\\\bad server\\share', /not a valid server name/],
    ['\\\\SQL-MIR01', /share name/],
    ['\\\\SQL-MIR01\\', /share name/],
    ['\\\\SQL-MIR01\\share\\\\folder', /empty folder name/],
    ['\\\\SQL-MIR01\\share\\fol?der', /cannot contain/],
    [`\\\\SQL-MIR01\\share\\${'f'.repeat(260)}`, /260/],
    ['\\\\SQL-MIR01\\share\\Sales\u202Etxt.exe', /A network path cannot contain .*\(found: U\+202E\)/],
    ['\\\\SQL-MIR01\\share\nfolder', /\(found: U\+000A\)/],
  ])('refuses the network folder %j', (text, message) => {
    const parsed = parseNetworkFolder(text)
    expect('error' in parsed && parsed.error).toMatch(message)
  })

  it('parses a UNC path, with or without a trailing backslash', () => {
    expect(parseNetworkFolder('\\\\SQL-MIR01\\Recovery\\Sales\\')).toEqual({
      folder: { server: 'SQL-MIR01', share: 'Recovery', folders: ['Sales'] },
    })
    expect(parseNetworkFolder(' \\\\fs.contoso.local\\share ')).toEqual({
      folder: { server: 'fs.contoso.local', share: 'share', folders: [] },
    })
  })

  const directory = agentDirectory(
    [
      { name: 'SQL-MIR01', domain: 'contoso.local', addresses: [], agent: { status: 'OK', version: '1' } },
      { name: 'SQL-NOAGENT01', domain: 'contoso.local', addresses: [], agent: { status: 'NotInstalled' } },
      { name: 'SQL-PRI02', domain: 'contoso.local', addresses: [], agent: { status: 'Unreachable' } },
      { name: 'CLU01-N1', domain: 'contoso.local', addresses: [], agent: { status: 'OK' } },
      { name: 'CLU01-N2', domain: 'contoso.local', addresses: [], agent: { status: 'NotInstalled' } },
    ],
    [{ name: 'CLU01', nodes: ['CLU01-N1', 'CLU01-N2'], virtualServers: ['SQLCLU01'] }],
  )

  it('needs an agent on the destination computer, and on every node of a virtual server', () => {
    expect(destinationAgentProblem(directory, 'sql-mir01')).toBeUndefined()
    expect(destinationAgentProblem(directory, 'SQL-NOAGENT01')).toMatch(
      /not installed on SQL-NOAGENT01.*Management/,
    )
    expect(destinationAgentProblem(directory, 'SQL-PRI02')).toMatch(/not reachable/)
    expect(destinationAgentProblem(directory, 'NOWHERE')).toMatch(/not a computer known/)
    expect(destinationAgentProblem(directory, 'SQLCLU01')).toMatch(/not installed on CLU01-N2/)
  })

  it('lists the computers and virtual servers with an agent as destinations', () => {
    const computers = [...directory.computers.values()]
    expect(destinationsWithAgent(computers, [...new Set(directory.virtualServers.values())])).toEqual([
      'CLU01-N1',
      'SQL-MIR01',
    ])
    const allNodes = computers.map((c) =>
      c.name === 'CLU01-N2' ? { ...c, agent: { status: 'OK' as const } } : c,
    )
    expect(destinationsWithAgent(allNodes, [...new Set(directory.virtualServers.values())])).toContain(
      'SQLCLU01',
    )
  })

  it('validates e-mail recipients and throttling', () => {
    expect(parseRecipients('a@contoso.local; b@contoso.local')).toEqual({
      recipients: ['a@contoso.local', 'b@contoso.local'],
    })
    expect(parseRecipients('a@contoso.local, nobody')).toEqual({
      error: '"nobody" is not an e-mail address.',
    })
    expect(parseRecipients(' ')).toHaveProperty('error')
    expect(validateThrottle('100')).toEqual({ mbps: 100 })
    expect(validateThrottle('0')).toHaveProperty('error')
    expect(validateThrottle('1.5')).toHaveProperty('error')
    expect(recoveryDurationSec(30, 1000, 100)).toBe(80)
    expect(recoveryDurationSec(30, 1000)).toBe(30)
  })
})

describe('Protected data tree', () => {
  it('S2: shows a mirrored database once, under its principal, with both partners; retained sources stay', () => {
    const failedOver: DataSource = {
      ...salesDb,
      mirror: salesDb.mirror && { ...salesDb.mirror, activePath: SALES_MIRROR_COPY },
    }
    const retained = dataSource('ds-3', PAYROLL_DB, {
      groupId: undefined,
      stoppedAt: T0,
    })
    const expired = dataSource('ds-4', INVENTORY_DB, { groupId: undefined })
    const points = RecoveryPoints.from([point('ds-3', T0)])
    const tree = protectedDataTree([hrDb, failedOver, retained, expired], points)
    expect(tree.map((c) => c.name)).toEqual(['SQL-MIR01', 'SQL-STD01'])
    expect(tree[0]?.instances[0]?.databases).toEqual([
      {
        dataSourceId: 'ds-1',
        path: SALES_DB,
        name: 'SalesDB',
        inactive: false,
        partners: [SALES_MIRROR_COPY, SALES_DB],
      },
    ])
    const std = tree[1]?.instances[0]
    expect(std?.path).toBe('SQL-STD01\\MSSQLSERVER')
    expect(std?.databases.map((d) => [d.name, d.inactive])).toEqual([
      ['HRDB', false],
      ['PayrollDB', true],
    ])
  })
})

describe('the Recovery job and its alerts', () => {
  const state: DpmServerState = {
    ...EMPTY_SERVER_STATE,
    nextId: 10,
    groups: {
      'pg-1': {
        id: 'pg-1',
        name: 'Sales',
        createdAt: T0,
        autoProtectInstances: [],
        policy: {
          retentionDays: 5,
          syncFrequency: 15,
          expressFull: { times: ['20:00'], days: [0] },
          replicaCreation: { method: 'now' },
          consistencyCheck: { onInconsistent: true },
          autoGrow: true,
        },
      },
    },
    dataSources: { 'ds-1': salesDb },
  }
  const spec: RecoverySpec = {
    dataSourceId: 'ds-1',
    point: { kind: 'point', at: T0 + 11 * HOUR },
    type: 'any-instance',
    destination: {
      kind: 'instance',
      instancePath: 'SQL-MIR01\\MSSQLSERVER',
      databaseName: 'SalesDB_R',
      overwrite: false,
    },
    state: 'operational',
    notify: ['dba@contoso.local'],
  }

  it('records an in-progress Recovery job on the destination computer', () => {
    const { state: next, jobId } = startRecoveryJob(state, spec, T0 + 40 * HOUR)
    expect(jobId).toBe('job-10')
    expect(next.jobs).toEqual([
      {
        id: 'job-10',
        type: 'recovery',
        dataSourceId: 'ds-1',
        source: SALES_DB,
        computer: 'SQL-MIR01',
        groupName: 'Sales',
        status: 'in-progress',
        scheduledAt: T0 + 40 * HOUR,
        startedAt: T0 + 40 * HOUR,
        trigger: 'admin',
        // What Retry in Monitoring > Jobs runs again.
        recovery: spec,
      },
    ])
    expect(() => startRecoveryJob(state, { ...spec, dataSourceId: 'gone' }, T0)).toThrow(/no longer exists/)
  })

  it('completes the job and raises the informational Recovery succeeded alert', () => {
    const started = startRecoveryJob(state, spec, T0 + 40 * HOUR)
    const next = finishRecoveryJob(
      started.state,
      started.jobId,
      spec,
      { ok: true, durationSec: 120, dataTransferredMb: 1000 },
      T0 + 40 * HOUR,
    )
    expect(next.jobs[0]).toMatchObject({
      status: 'completed',
      endedAt: T0 + 40 * HOUR + 120_000,
      dataTransferredMb: 1000,
    })
    expect(next.alerts).toHaveLength(1)
    expect(next.alerts[0]).toMatchObject({
      type: 'recovery-succeeded',
      severity: 'Informational',
      title: 'Recovery succeeded',
    })
    expect(next.alerts[0]?.description).toContain('2026-01-05 20:00 UTC')
    expect(next.alerts[0]?.description).toContain('SQL-MIR01\\MSSQLSERVER\\SalesDB_R')
    expect(next.alerts[0]?.description).toContain('dba@contoso.local')
  })

  it("fails the job and raises the critical Recovery failed alert with the agent's message", () => {
    const started = startRecoveryJob(state, spec, T0)
    const message = 'A database named "SalesDB" already exists. (ID: 30205)'
    const next = finishRecoveryJob(started.state, started.jobId, spec, { ok: false, message }, T0 + 1000)
    expect(next.jobs[0]).toMatchObject({ status: 'failed', endedAt: T0 + 1000, error: message })
    expect(next.alerts[0]).toMatchObject({ type: 'recovery-failed', severity: 'Critical' })
    expect(next.alerts[0]?.description).toContain(message)
  })

  it('Recovery succeeded goes inactive 3 simulated days after it was raised, not before', () => {
    const started = startRecoveryJob(state, spec, T0)
    const done = finishRecoveryJob(
      started.state,
      started.jobId,
      spec,
      { ok: true, durationSec: 1, dataTransferredMb: 1 },
      T0,
    )
    expect(expireRecoveryAlerts(done, T0 + RECOVERY_ALERT_LIFETIME_MS - 1)).toBe(done)
    const expired = expireRecoveryAlerts(done, T0 + RECOVERY_ALERT_LIFETIME_MS + 5 * HOUR)
    expect(expired.alerts[0]?.inactiveAt).toBe(T0 + RECOVERY_ALERT_LIFETIME_MS)
    const failed = finishRecoveryJob(started.state, started.jobId, spec, { ok: false, message: 'x' }, T0)
    expect(expireRecoveryAlerts(failed, T0 + 10 * RECOVERY_ALERT_LIFETIME_MS)).toBe(failed)
  })
})

describe('failInterruptedRecoveries', () => {
  const running: Job = {
    id: 'job-9',
    type: 'recovery',
    dataSourceId: 'ds-1',
    source: HR_DB,
    computer: 'SQL-STD01',
    groupName: 'HR',
    status: 'in-progress',
    scheduledAt: 1_000,
    startedAt: 1_000,
  }

  it('fails a recovery left In progress by a closed page, with a Recovery failed alert', () => {
    const state = failInterruptedRecoveries({ ...EMPTY_SERVER_STATE, jobs: [running] }, 5_000)
    expect(state.jobs[0]).toMatchObject({
      status: 'failed',
      endedAt: 5_000,
      error: INTERRUPTED_RECOVERY_MESSAGE,
    })
    expect(state.alerts).toHaveLength(1)
    expect(state.alerts[0]).toMatchObject({ type: 'recovery-failed', dataSourceId: 'ds-1', raisedAt: 5_000 })
  })

  it('leaves every other job alone', () => {
    const sync: Job = { ...running, id: 'job-10', type: 'synchronization' }
    const done: Job = { ...running, id: 'job-11', status: 'completed' }
    const state = { ...EMPTY_SERVER_STATE, jobs: [sync, done] }
    expect(failInterruptedRecoveries(state, 5_000)).toBe(state)
  })
})
