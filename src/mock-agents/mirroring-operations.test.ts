import { beforeEach, describe, expect, it } from 'vitest'
import {
  CRM_DB as CRM_PRI,
  HR_DB,
  INVENTORY_DB,
  SALES_MIRROR_COPY as SALES_MIR,
  SALES_DB as SALES_PRI,
  WAREHOUSE_STD02,
  WAREHOUSE_STD03,
} from '../agent-api/demo-estate'
import { databaseFacts } from './estate-facts'
import { addDatabase, type Estate, findDatabase, sessionOfDatabase } from './estate-model'
import { breakMirror, establishMirroring, failback, failover, principalFails } from './mirroring-operations'
import { defaultEstate } from './presets/default-preset'
import { refusal } from './test-support'

const AT = Date.parse('2026-01-05T10:00:00Z')

let estate: Estate
beforeEach(() => {
  estate = defaultEstate()
})

function facts(path: string) {
  const database = findDatabase(estate, path)
  if (!database) throw new Error(`missing ${path}`)
  return databaseFacts(estate, database)
}

/** The estate a refused operation leaves behind must be the one it found. */
function unchangedBy(action: () => unknown): void {
  const before = JSON.stringify([...estate.databases.values()].map((d) => databaseFacts(estate, d)))
  const seq = estate.seq
  refusal(action)
  expect(JSON.stringify([...estate.databases.values()].map((d) => databaseFacts(estate, d)))).toBe(before)
  expect(estate.seq).toBe(seq)
}

describe('refusals common to every mirroring operation', () => {
  it.each([failover, principalFails, failback, breakMirror])(
    '%o refuses unknown and unmirrored databases',
    (op) => {
      expect(refusal(() => op(estate, 'SQL-PRI01\\MSSQLSERVER\\NoSuchDB', AT))).toMatchObject({
        code: 'DatabaseNotFound',
        status: 404,
        message: expect.stringContaining('NoSuchDB'),
      })
      expect(refusal(() => op(estate, HR_DB, AT))).toMatchObject({
        code: 'NotMirrored',
        status: 409,
        message: expect.stringContaining(HR_DB),
      })
      expect(refusal(() => op(estate, 'SalesDB', AT))).toMatchObject({ code: 'BadRequest', status: 400 })
    },
  )
})

describe('manual failover', () => {
  it('swaps the roles and the partner addresses, stamped with the time, naming both copies', () => {
    const change = failover(estate, SALES_PRI, AT)
    expect(facts(SALES_MIR)).toMatchObject({
      state: 'ONLINE',
      mirroring: {
        role: 'PRINCIPAL',
        partnerInstance: 'SQL-PRI01\\MSSQLSERVER',
        partnerAddress: 'TCP://sql-pri01.contoso.local:5022',
      },
    })
    expect(facts(SALES_PRI)).toMatchObject({ state: 'RESTORING', mirroring: { role: 'MIRROR' } })
    expect(change).toMatchObject({
      seq: 1,
      at: AT,
      kind: 'failover',
      databases: [SALES_MIR, SALES_PRI],
      computers: ['SQL-MIR01', 'SQL-PRI01'],
    })
    expect(estate.changes).toEqual([change])
  })

  it('accepts either copy, in any letter case', () => {
    failover(estate, SALES_MIR.toUpperCase(), AT)
    expect(facts(SALES_MIR).mirroring?.role).toBe('PRINCIPAL')
  })

  it('keeps the explicit IP address with the copy it belongs to (S10)', () => {
    failover(estate, 'SQL-IP02\\MSSQLSERVER\\BillingDB', AT)
    expect(facts('SQL-IP01\\MSSQLSERVER\\BillingDB').mirroring?.partnerAddress).toBe('TCP://10.20.30.41:5022')
    expect(facts('SQL-IP02\\MSSQLSERVER\\BillingDB').mirroring?.partnerAddress).toBe(
      'TCP://sql-ip01.contoso.local:5022',
    )
  })

  it('is refused with safety OFF (high performance)', () => {
    expect(refusal(() => failover(estate, CRM_PRI, AT))).toMatchObject({
      code: 'SafetyOff',
      message: expect.stringContaining('CRMDB'),
    })
    unchangedBy(() => failover(estate, CRM_PRI, AT))
  })

  it('is refused when the session is not SYNCHRONIZED', () => {
    principalFails(estate, SALES_PRI, AT)
    expect(refusal(() => failover(estate, SALES_PRI, AT))).toMatchObject({
      code: 'NotSynchronized',
      message: expect.stringContaining('DISCONNECTED'),
    })
  })
})

// S7: the principal fails and the mirror takes over.
describe('principal fails (forced service)', () => {
  it('makes the mirror the principal, DISCONNECTED, and the lost copy RECOVERY_PENDING as MIRROR', () => {
    const change = principalFails(estate, SALES_MIR, AT)
    expect(facts(SALES_MIR)).toMatchObject({
      state: 'ONLINE',
      mirroring: { role: 'PRINCIPAL', state: 'DISCONNECTED' },
    })
    expect(facts(SALES_PRI)).toMatchObject({
      state: 'RECOVERY_PENDING',
      mirroring: { role: 'MIRROR', state: 'DISCONNECTED' },
    })
    const session = sessionOfDatabase(estate, SALES_PRI)
    expect(session).toMatchObject({
      principal: 'SQL-MIR01\\MSSQLSERVER',
      originalPrincipal: 'SQL-PRI01\\MSSQLSERVER',
      formerPrincipalLost: true,
    })
    expect(change).toMatchObject({ kind: 'principal-fails', at: AT, databases: [SALES_MIR, SALES_PRI] })
  })

  it('works for a high-performance session too (forced service allows data loss)', () => {
    principalFails(estate, CRM_PRI, AT)
    expect(facts('SQL-MIR01\\MSSQLSERVER\\CRMDB').mirroring?.role).toBe('PRINCIPAL')
  })

  it('is refused while the former principal is already lost', () => {
    principalFails(estate, SALES_PRI, AT)
    expect(refusal(() => principalFails(estate, SALES_PRI, AT))).toMatchObject({
      code: 'PrincipalLost',
      message: expect.stringContaining('SQL-PRI01\\MSSQLSERVER'),
    })
    unchangedBy(() => principalFails(estate, SALES_MIR, AT))
  })
})

describe('failback', () => {
  it('after a forced service: the original principal is principal again, ONLINE and SYNCHRONIZED', () => {
    principalFails(estate, SALES_PRI, AT)
    const change = failback(estate, SALES_PRI, AT + 60_000)
    expect(facts(SALES_PRI)).toMatchObject({
      state: 'ONLINE',
      mirroring: { role: 'PRINCIPAL', state: 'SYNCHRONIZED', partnerInstance: 'SQL-MIR01\\MSSQLSERVER' },
    })
    expect(facts(SALES_MIR)).toMatchObject({ state: 'RESTORING', mirroring: { role: 'MIRROR' } })
    expect(sessionOfDatabase(estate, SALES_PRI)?.formerPrincipalLost).toBe(false)
    expect(change).toMatchObject({ kind: 'failback', at: AT + 60_000, seq: 2 })
  })

  it('comes back SYNCHRONIZING when safety is OFF', () => {
    principalFails(estate, CRM_PRI, AT)
    failback(estate, CRM_PRI, AT)
    expect(facts(CRM_PRI).mirroring).toMatchObject({ role: 'PRINCIPAL', state: 'SYNCHRONIZING' })
  })

  it('after a manual failover, fails back to the original principal', () => {
    failover(estate, SALES_PRI, AT)
    failback(estate, SALES_MIR, AT)
    expect(facts(SALES_PRI).mirroring?.role).toBe('PRINCIPAL')
  })

  it('is refused when the original principal is already the principal', () => {
    expect(refusal(() => failback(estate, SALES_MIR, AT))).toMatchObject({
      code: 'AlreadyPrincipal',
      message: expect.stringContaining('SQL-PRI01\\MSSQLSERVER'),
    })
  })
})

// S5: a broken mirror.
describe('break mirroring', () => {
  it('leaves the principal copy ONLINE and the mirror copy RESTORING, both without mirroring facts', () => {
    const sessionId = sessionOfDatabase(estate, SALES_PRI)?.id ?? ''
    const change = breakMirror(estate, SALES_MIR, AT)
    expect(facts(SALES_PRI)).toMatchObject({ state: 'ONLINE' })
    expect(facts(SALES_PRI).mirroring).toBeUndefined()
    expect(facts(SALES_MIR)).toMatchObject({ state: 'RESTORING' })
    expect(facts(SALES_MIR).mirroring).toBeUndefined()
    expect(estate.sessions.has(sessionId)).toBe(false)
    expect(change).toMatchObject({ kind: 'mirroring-removed', databases: [SALES_PRI, SALES_MIR] })
    expect(refusal(() => breakMirror(estate, SALES_PRI, AT)).code).toBe('NotMirrored')
  })

  it('after a forced service, the new principal stays ONLINE and the lost copy RESTORING', () => {
    principalFails(estate, SALES_PRI, AT)
    breakMirror(estate, SALES_PRI, AT)
    expect(facts(SALES_MIR).state).toBe('ONLINE')
    expect(facts(SALES_PRI).state).toBe('RESTORING')
  })
})

describe('establish mirroring', () => {
  const STD02 = WAREHOUSE_STD02
  const STD03 = WAREHOUSE_STD03

  // S8: one protected database made the mirror of another (both WarehouseDB).
  it('makes an existing database of the same name on the target the mirror copy (S8 set-up)', () => {
    const databasesBefore = estate.databases.size
    const change = establishMirroring(estate, STD02, 'SQL-STD03\\MSSQLSERVER', AT)
    expect(estate.databases.size).toBe(databasesBefore)
    expect(facts(STD02)).toMatchObject({
      state: 'ONLINE',
      mirroring: {
        role: 'PRINCIPAL',
        partnerInstance: 'SQL-STD03\\MSSQLSERVER',
        partnerAddress: 'TCP://sql-std03.contoso.local:5022',
        state: 'SYNCHRONIZED',
        safety: 'FULL',
      },
    })
    expect(facts(STD02).mirroring?.witnessAddress).toBeUndefined()
    expect(facts(STD03)).toMatchObject({ state: 'RESTORING', mirroring: { role: 'MIRROR' } })
    expect(change).toMatchObject({ kind: 'mirroring-established', at: AT, databases: [STD02, STD03] })
  })

  it('creates a RESTORING copy when the target has no database of that name', () => {
    establishMirroring(estate, HR_DB, 'SQL-STD02\\MSSQLSERVER', AT)
    expect(facts('SQL-STD02\\MSSQLSERVER\\HRDB')).toMatchObject({
      state: 'RESTORING',
      sizeMb: 4096,
      mirroring: { role: 'MIRROR', partnerInstance: 'SQL-STD01\\MSSQLSERVER' },
    })
  })

  it('allows another instance of the same computer (SQL Server does; DPM calls it unsupported, S10)', () => {
    establishMirroring(estate, STD02, 'SQL-SAME01\\INST2', AT)
    expect(facts('SQL-SAME01\\INST2\\WarehouseDB').mirroring?.partnerAddress).toBe(
      'TCP://sql-std02.contoso.local:5022',
    )
  })

  it('the new session fails over, fails back and breaks like any other', () => {
    establishMirroring(estate, STD02, 'SQL-STD03\\MSSQLSERVER', AT)
    failover(estate, STD03, AT)
    expect(facts(STD03).mirroring?.role).toBe('PRINCIPAL')
    failback(estate, STD03, AT)
    breakMirror(estate, STD02, AT)
    expect(facts(STD03).state).toBe('RESTORING')
  })

  it.each([
    ['an unknown database', 'SQL-STD02\\MSSQLSERVER\\NoSuchDB', 'SQL-STD03\\MSSQLSERVER', 'DatabaseNotFound'],
    ['an unknown instance', STD02, 'SQL-STD03\\NOSUCH', 'InstanceNotFound'],
    ['a database already mirrored', SALES_PRI, 'SQL-STD03\\MSSQLSERVER', 'AlreadyMirrored'],
    ['a mirror copy, as it is in a session', SALES_MIR, 'SQL-STD03\\MSSQLSERVER', 'AlreadyMirrored'],
    ['the SIMPLE recovery model', INVENTORY_DB, 'SQL-STD03\\MSSQLSERVER', 'RecoveryModelNotFull'],
    ['the same instance', STD02, 'SQL-STD02\\MSSQLSERVER', 'SameInstance'],
  ])('refuses %s', (_, principal, target, code) => {
    expect(refusal(() => establishMirroring(estate, principal, target, AT)).code).toBe(code)
    unchangedBy(() => establishMirroring(estate, principal, target, AT))
  })

  it('refuses a database that is not ONLINE, and a same-name target that is itself mirrored', () => {
    breakMirror(estate, SALES_PRI, AT)
    expect(refusal(() => establishMirroring(estate, SALES_MIR, 'SQL-STD03\\MSSQLSERVER', AT))).toMatchObject({
      code: 'DatabaseNotOnline',
      message: expect.stringContaining('RESTORING'),
    })
    expect(refusal(() => establishMirroring(estate, SALES_PRI, 'SQL-PRI01\\MSSQLSERVER', AT)).code).toBe(
      'SameInstance',
    )
  })

  it('refuses a target whose database of that name is itself mirrored', () => {
    establishMirroring(estate, HR_DB, 'SQL-STD02\\MSSQLSERVER', AT)
    addDatabase(estate, 'SQL-STD03\\MSSQLSERVER', { name: 'HRDB', sizeMb: 100, logSizeMb: 10 })
    expect(
      refusal(() => establishMirroring(estate, 'SQL-STD03\\MSSQLSERVER\\HRDB', 'SQL-STD02\\MSSQLSERVER', AT)),
    ).toMatchObject({
      code: 'AlreadyMirrored',
      message: expect.stringContaining('SQL-STD02\\MSSQLSERVER\\HRDB'),
    })
  })
})
