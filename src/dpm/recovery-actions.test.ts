// startRecovery against a stand-in agent (msw/node): what DPM records for each outcome, and what it asks of
// the agent.
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SALES_DB, SALES_MIRROR_COPY } from '../agent-api/demo-estate'
import { AGENT_API, type FolderCopyRequest, type RestoreRequest } from '../agent-api/schemas'
import { type DpmServerState, EMPTY_SERVER_STATE, type Job } from '../domain/protection/protection'
import { RecoveryPoints } from '../domain/protection/recovery-points'
import type { RecoverySpec } from '../domain/recovery/recovery'
import { canRetryJob } from '../features/monitoring/job-view'
import { resetSimTime } from '../sim-clock/clock'
import { retryJob } from './protection-actions'
import { startRecovery } from './recovery-actions'
import { getServer, serverStore } from './server-store'

const T0 = Date.parse('2026-01-06T09:00:00Z')
const POINT_AT = Date.parse('2026-01-05T20:00:00Z')
const restores: RestoreRequest[] = []
const copies: FolderCopyRequest[] = []

const agents = setupServer(
  http.post(`http://localhost${AGENT_API}/restores`, async ({ request }) => {
    const body = (await request.json()) as RestoreRequest
    restores.push(body)
    if (body.databaseName === 'SalesDB' && !body.overwrite) {
      return HttpResponse.json(
        { code: '30205', message: 'A database named "SalesDB" already exists. (ID: 30205)' },
        { status: 409 },
      )
    }
    const [computer = '', instance = ''] = body.targetInstance.split('\\')
    return HttpResponse.json({
      durationSec: 90,
      database: {
        path: `${body.targetInstance}\\${body.databaseName}`,
        computer,
        instance,
        name: body.databaseName,
        state: body.state === 'operational' ? 'ONLINE' : 'RESTORING',
        recoveryModel: 'FULL',
        readOnly: false,
        sizeMb: body.sizeMb,
        logSizeMb: 10,
      },
    })
  }),
  http.post(`http://localhost${AGENT_API}/folder-copies`, async ({ request }) => {
    const body = (await request.json()) as FolderCopyRequest
    if (body.folder.startsWith('\\\\SQL-NOAGENT01\\')) {
      return HttpResponse.json(
        { code: 'AgentNotInstalled', message: 'The protection agent is not installed on SQL-NOAGENT01.' },
        { status: 409 },
      )
    }
    copies.push(body)
    return HttpResponse.json({ files: [], durationSec: 13 })
  }),
)

const state: DpmServerState = {
  ...EMPTY_SERVER_STATE,
  nextId: 5,
  dataSources: {
    'ds-1': {
      id: 'ds-1',
      path: SALES_DB,
      protectedAt: T0,
      stoppedAt: T0,
      sizeMb: 2048,
      logSizeMb: 100,
      recoveryModel: 'FULL',
      readOnly: false,
      replica: 'ok',
      condition: { kind: 'ok' },
      mirror: {
        sessionId: 's-1',
        partners: [SALES_DB, SALES_MIRROR_COPY],
        activePath: SALES_DB,
      },
    },
  },
  recoveryPoints: RecoveryPoints.from([
    { dataSourceId: 'ds-1', at: POINT_AT, kind: 'express-full', sizeMb: 1500 },
  ]),
}

const toMirror = (databaseName: string): RecoverySpec => ({
  dataSourceId: 'ds-1',
  point: { kind: 'point', at: POINT_AT },
  type: 'any-instance',
  destination: { kind: 'instance', instancePath: 'SQL-MIR01\\MSSQLSERVER', databaseName, overwrite: false },
  state: 'non-operational',
  notify: [],
})

beforeAll(() => agents.listen({ onUnhandledRequest: 'error' }))
afterAll(() => agents.close())
beforeEach(() => {
  restores.length = 0
  copies.length = 0
  resetSimTime(T0)
  serverStore.setState({ server: state })
})
afterEach(() => agents.resetHandlers())

describe('startRecovery', () => {
  it('S9: restores a retained mirrored database to a partner under a new name, and records success', async () => {
    const started = startRecovery(toMirror('SalesDB_Recovered'))
    expect(getServer().jobs).toEqual([expect.objectContaining({ id: started.jobId, status: 'in-progress' })])
    const result = await started.finished
    expect(restores).toEqual([
      {
        sourcePath: SALES_DB,
        recoveryPointAt: POINT_AT,
        sizeMb: 1500,
        targetInstance: 'SQL-MIR01\\MSSQLSERVER',
        databaseName: 'SalesDB_Recovered',
        state: 'non-operational',
        overwrite: false,
      },
    ])
    expect(result.outcome.ok).toBe(true)
    expect(result.database).toMatchObject({
      path: 'SQL-MIR01\\MSSQLSERVER\\SalesDB_Recovered',
      state: 'RESTORING',
    })
    const server = getServer()
    expect(server.jobs).toEqual([
      expect.objectContaining({
        id: result.jobId,
        type: 'recovery',
        status: 'completed',
        computer: 'SQL-MIR01',
        startedAt: T0,
        endedAt: T0 + 90_000,
        dataTransferredMb: 1500,
      }),
    ])
    expect(server.alerts).toEqual([
      expect.objectContaining({ type: 'recovery-succeeded', severity: 'Informational' }),
    ])
  })

  it("fails the job with the agent's message and raises Recovery failed", async () => {
    const result = await startRecovery(toMirror('SalesDB')).finished
    expect(result.outcome).toEqual({
      ok: false,
      message: 'A database named "SalesDB" already exists. (ID: 30205)',
    })
    const server = getServer()
    expect(server.jobs[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('30205') })
    expect(server.alerts[0]).toMatchObject({ type: 'recovery-failed', severity: 'Critical' })
    expect(server.alerts[0]?.description).toContain('30205')
  })

  it('shows an unreachable agent as a failed recovery, not a crash', async () => {
    agents.use(http.post(`http://localhost${AGENT_API}/restores`, () => HttpResponse.error()))
    const result = await startRecovery(toMirror('Other')).finished
    expect(result.outcome.ok).toBe(false)
    expect(getServer().jobs[0]?.status).toBe('failed')
  })

  it('copies to a network folder through the agent of its computer, without restoring a database', async () => {
    const folder = (path: string): RecoverySpec => ({
      ...toMirror('x'),
      type: 'network-folder',
      destination: { kind: 'folder', path },
      state: 'operational',
      throttleMbps: 100,
    })
    const refused = await startRecovery(folder('\\\\SQL-NOAGENT01\\Recovery')).finished
    expect(refused.outcome).toEqual({
      ok: false,
      message: expect.stringContaining('not installed on SQL-NOAGENT01'),
    })
    const copied = await startRecovery(folder('\\\\SQL-MIR01\\Recovery\\Sales')).finished
    // Throttled at 100 Mbps, 1,500 MB take 120 s.
    expect(copied.outcome).toEqual({ ok: true, durationSec: 120, dataTransferredMb: 1500 })
    expect(restores).toEqual([])
    // The recovery point's data and the data source's log go to the folder's agent.
    expect(copies).toEqual([
      {
        sourcePath: 'SQL-PRI01\\MSSQLSERVER\\SalesDB',
        recoveryPointAt: POINT_AT,
        dataSizeMb: 1500,
        logSizeMb: 100,
        folder: '\\\\SQL-MIR01\\Recovery\\Sales',
      },
    ])
    expect(getServer().jobs.map((job) => [job.computer, job.status])).toEqual([
      ['SQL-NOAGENT01', 'failed'],
      ['SQL-MIR01', 'completed'],
    ])
  })

  it('Retry of a failed Recovery job recovers again what it was asked to, as a new job', async () => {
    agents.use(http.post(`http://localhost${AGENT_API}/restores`, () => HttpResponse.error(), { once: true }))
    const spec = toMirror('SalesDB_Retry')
    const failed = await startRecovery(spec).finished
    expect(failed.outcome.ok).toBe(false)
    const job = getServer().jobs.find((candidate) => candidate.id === failed.jobId)
    expect(job).toMatchObject({ status: 'failed', recovery: spec })
    expect(job && canRetryJob(job)).toBe(true)

    await retryJob(failed.jobId)
    const jobs = getServer().jobs
    expect(jobs.map((row) => [row.type, row.status])).toEqual([
      ['recovery', 'failed'],
      ['recovery', 'completed'],
    ])
    expect(jobs[1]?.recovery).toEqual(spec)
    expect(restores.at(-1)).toMatchObject({
      targetInstance: 'SQL-MIR01\\MSSQLSERVER',
      databaseName: 'SalesDB_Retry',
    })
  })

  it('a Recovery job recorded without what it recovered offers no Retry', () => {
    const job: Job = {
      id: 'job-1',
      type: 'recovery',
      dataSourceId: 'ds-1',
      source: SALES_DB,
      computer: 'SQL-MIR01',
      groupName: '',
      status: 'failed',
      scheduledAt: T0,
    }
    expect(canRetryJob(job)).toBe(false)
    expect(canRetryJob({ ...job, recovery: toMirror('SalesDB') })).toBe(true)
  })
})
