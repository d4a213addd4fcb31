import { beforeEach, describe, expect, it } from 'vitest'
import { AG_ORDERS_COPIES, SALES_DB } from '../agent-api/demo-estate'
import type { RestoreRequest } from '../agent-api/schemas'
import { uninstallAgents } from './agent-operations'
import { databaseFacts } from './estate-facts'
import type { Estate } from './estate-model'
import { setFaults } from './fault-operations'
import { defaultEstate } from './presets/default-preset'
import { restoreDatabase, restoreDurationSec } from './restore-operation'
import { refusal } from './test-support'

const AT = Date.parse('2026-01-06T09:00:00Z')
let estate: Estate
beforeEach(() => {
  estate = defaultEstate()
})

const request = (overrides: Partial<RestoreRequest> = {}): RestoreRequest => ({
  sourcePath: SALES_DB,
  recoveryPointAt: AT - 3_600_000,
  sizeMb: 51200,
  targetInstance: 'SQL-STD02\\MSSQLSERVER',
  databaseName: 'SalesDB_Restored',
  state: 'operational',
  overwrite: false,
  ...overrides,
})

describe('restore a database', () => {
  it('creates an ONLINE database (operational), with the source recovery model and log size', () => {
    const { database, change } = restoreDatabase(estate, request(), AT)
    expect(databaseFacts(estate, database)).toMatchObject({
      path: 'SQL-STD02\\MSSQLSERVER\\SalesDB_Restored',
      state: 'ONLINE',
      sizeMb: 51200,
      logSizeMb: 2048,
      recoveryModel: 'FULL',
    })
    expect(change).toMatchObject({
      kind: 'database-restored',
      at: AT,
      databases: ['SQL-STD02\\MSSQLSERVER\\SalesDB_Restored'],
      computers: ['SQL-STD02'],
    })
  })

  it('leaves it RESTORING when non-operational (able to restore more logs)', () => {
    const { database } = restoreDatabase(estate, request({ state: 'non-operational' }), AT)
    expect(database.state).toBe('RESTORING')
  })

  // S9: recovering a mirrored database to any SQL instance, e.g. a clustered one.
  it('restores to a failover cluster instance through its virtual server', () => {
    const { database } = restoreDatabase(estate, request({ targetInstance: 'SQLCLU01\\SQLFCI' }), AT)
    expect(database.path).toBe('SQLCLU01\\SQLFCI\\SalesDB_Restored')
  })

  it('replaces an existing database when overwrite is set', () => {
    const databases = estate.databases.size
    const { database } = restoreDatabase(
      estate,
      request({
        targetInstance: 'SQL-STD01\\MSSQLSERVER',
        databaseName: 'HRDB',
        sizeMb: 5000,
        overwrite: true,
      }),
      AT,
    )
    expect(estate.databases.size).toBe(databases)
    expect(database).toMatchObject({ sizeMb: 5000, state: 'ONLINE', logSizeMb: 512 })
  })

  it('refuses an existing database without overwrite (ID: 30205)', () => {
    expect(
      refusal(() =>
        restoreDatabase(
          estate,
          request({ targetInstance: 'SQL-STD01\\MSSQLSERVER', databaseName: 'hrdb' }),
          AT,
        ),
      ),
    ).toMatchObject({ code: 'DatabaseExists', message: expect.stringMatching(/HRDB.*ID: 30205/) })
  })

  // S9: error 30223, a mirroring session exists for this database.
  it('refuses to overwrite a database in a mirroring session (ID: 30223)', () => {
    const refused = refusal(() =>
      restoreDatabase(
        estate,
        request({ targetInstance: 'SQL-PRI01\\MSSQLSERVER', databaseName: 'SalesDB', overwrite: true }),
        AT,
      ),
    )
    expect(refused.code).toBe('MirroringSessionExists')
    expect(refused.message).toMatch(/a mirroring session exists for this database.*ID: 30223/)
  })

  it('never overwrites a database of an availability group, on any replica; another name there is fine', () => {
    for (const copy of AG_ORDERS_COPIES) {
      const [computer, instance] = copy.split('\\')
      const target = { targetInstance: `${computer}\\${instance}`, databaseName: 'OrdersDB', overwrite: true }
      const refused = refusal(() => restoreDatabase(estate, request({ sourcePath: copy, ...target }), AT))
      expect(refused.code).toBe('InAvailabilityGroup')
      expect(refused.message).toMatch(/database is in availability group AG-Orders.*another location/)
    }
    const { database } = restoreDatabase(
      estate,
      request({ targetInstance: 'SQL-AG02\\MSSQLSERVER', databaseName: 'OrdersDB_Copy' }),
      AT,
    )
    expect(databaseFacts(estate, database).availabilityGroup).toBeUndefined()
  })

  it('refuses an unknown instance, an agent missing or unreachable, and a bad name', () => {
    expect(
      refusal(() => restoreDatabase(estate, request({ targetInstance: 'SQL-STD02\\NOPE' }), AT)),
    ).toMatchObject({
      code: 'InstanceNotFound',
      status: 404,
    })
    expect(
      refusal(() => restoreDatabase(estate, request({ targetInstance: 'SQL-NOAGENT01\\MSSQLSERVER' }), AT)),
    ).toMatchObject({ code: 'AgentNotInstalled', message: expect.stringContaining('SQL-NOAGENT01') })
    setFaults(estate, { unreachable: ['SQL-STD02'] }, AT)
    expect(refusal(() => restoreDatabase(estate, request(), AT))).toMatchObject({
      code: 'AgentUnreachable',
      status: 503,
    })
    uninstallAgents(estate, ['CLU01-N1', 'CLU01-N2'], AT)
    expect(
      refusal(() => restoreDatabase(estate, request({ targetInstance: 'SQLCLU01\\SQLFCI' }), AT)).code,
    ).toBe('AgentNotInstalled')
    expect(refusal(() => restoreDatabase(estate, request({ databaseName: ' ' }), AT)).status).toBe(400)
    expect(refusal(() => restoreDatabase(estate, request({ databaseName: 'a\\b' }), AT)).status).toBe(400)
  })

  it('takes longer for a bigger database', () => {
    expect(restoreDurationSec(100_000)).toBeGreaterThan(restoreDurationSec(1000))
  })
})
