import { describe, expect, it } from 'vitest'
import { HR_DB as HR, SALES_MIRROR_COPY as MIRROR, SALES_DB as PRINCIPAL } from '../../agent-api/demo-estate'
import type { DatabaseFacts, MirroringFacts } from '../estate/estate'
import type { DataSource } from '../protection/protection'
import { decideJob, type FactsEntry, type JobContext } from './backup-rules'

const T = Date.parse('2026-01-05T09:00:00Z')

function facts(
  path: string,
  mirroring?: Partial<MirroringFacts> & Pick<MirroringFacts, 'role' | 'partnerInstance'>,
): DatabaseFacts {
  const [computer = '', instance = '', name = ''] = path.split('\\')
  return {
    path,
    computer,
    instance,
    name,
    state: mirroring?.role === 'MIRROR' ? 'RESTORING' : 'ONLINE',
    recoveryModel: 'FULL',
    readOnly: false,
    sizeMb: 100,
    logSizeMb: 10,
    mirroring: mirroring && {
      sessionId: 'session-1',
      partnerAddress: 'TCP://partner:5022',
      state: 'SYNCHRONIZED',
      safety: 'FULL',
      ...mirroring,
    },
  }
}

const standalone: DataSource = {
  id: 'ds-1',
  path: HR,
  groupId: 'pg-1',
  protectedAt: 0,
  sizeMb: 100,
  logSizeMb: 10,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
}
const mirrored: DataSource = {
  ...standalone,
  id: 'ds-2',
  path: PRINCIPAL,
  mirror: { sessionId: 'session-1', partners: [PRINCIPAL, MIRROR], activePath: PRINCIPAL },
}

const lookup = (...entries: [string, FactsEntry][]) => new Map(entries)
const context = (
  ds: DataSource,
  entries: [string, FactsEntry][],
  changes: Partial<JobContext> = {},
): JobContext => ({
  ds,
  type: 'synchronization',
  facts: lookup(...entries),
  standalonePaths: new Set([HR]),
  ...changes,
})
const failedOver: [string, FactsEntry][] = [
  [PRINCIPAL, { facts: facts(PRINCIPAL, { role: 'MIRROR', partnerInstance: 'SQL-MIR01\\MSSQLSERVER' }) }],
  [MIRROR, { facts: facts(MIRROR, { role: 'PRINCIPAL', partnerInstance: 'SQL-PRI01\\MSSQLSERVER' }) }],
]
const inSession: [string, FactsEntry][] = [
  [PRINCIPAL, { facts: facts(PRINCIPAL, { role: 'PRINCIPAL', partnerInstance: 'SQL-MIR01\\MSSQLSERVER' }) }],
  [MIRROR, { facts: facts(MIRROR, { role: 'MIRROR', partnerInstance: 'SQL-PRI01\\MSSQLSERVER' }) }],
]

describe('a standalone data source', () => {
  it('runs on its database', () => {
    expect(decideJob(context(standalone, [[HR, { facts: facts(HR) }]]))).toEqual({ kind: 'run', target: HR })
  })

  it('S4: fails when its database is now mirrored', () => {
    const now = facts(HR, { role: 'PRINCIPAL', partnerInstance: 'SQL-STD03\\MSSQLSERVER' })
    expect(decideJob(context(standalone, [[HR, { facts: now }]]))).toMatchObject({
      kind: 'fail',
      alert: 'mirrored-after-protection',
      condition: true,
    })
  })

  it('S8: fails with "protected partners" when the partner is protected too, as principal or as mirror', () => {
    const partner = 'SQL-STD03\\MSSQLSERVER\\HRDB'
    const paths = new Set([HR, partner])
    const asPrincipal = facts(HR, { role: 'PRINCIPAL', partnerInstance: 'SQL-STD03\\MSSQLSERVER' })
    const asMirror = facts(HR, { role: 'MIRROR', partnerInstance: 'SQL-STD03\\MSSQLSERVER' })
    const principalSide = decideJob(
      context(standalone, [[HR, { facts: asPrincipal }]], { standalonePaths: paths }),
    )
    const mirrorSide = decideJob(context(standalone, [[HR, { facts: asMirror }]], { standalonePaths: paths }))
    expect(principalSide).toMatchObject({ kind: 'fail', alert: 'protected-partners' })
    expect(mirrorSide).toMatchObject({ kind: 'fail', alert: 'protected-partners' })
    if (mirrorSide.kind === 'fail')
      expect(mirrorSide.description).toContain(`protect the principal ${partner}`)
  })

  it('never backs up a copy that is RESTORING or not online', () => {
    const restoring = { ...facts(HR), state: 'RESTORING' as const }
    expect(decideJob(context(standalone, [[HR, { facts: restoring }]]))).toMatchObject({
      kind: 'fail',
      alert: 'recovery-point-failed',
    })
  })

  it('fails with "agent not reachable" for an unreachable or missing agent, and "recovery point failed" otherwise', () => {
    const unreachable = {
      error: { code: 'AgentUnreachable', message: 'The protection agent on SQL-STD01 is not reachable.' },
    }
    expect(decideJob(context(standalone, [[HR, unreachable]]))).toMatchObject({
      kind: 'fail',
      alert: 'agent-unreachable',
    })
    const notInstalled = { error: { code: 'AgentNotInstalled', message: 'No agent.' } }
    expect(decideJob(context(standalone, [[HR, notInstalled]]))).toMatchObject({
      kind: 'fail',
      alert: 'agent-unreachable',
    })
    const other = { error: { code: 'DatabaseNotFound', message: 'HRDB does not exist.' } }
    expect(decideJob(context(standalone, [[HR, other]]))).toMatchObject({
      kind: 'fail',
      alert: 'recovery-point-failed',
      error: 'HRDB does not exist.',
    })
  })
})

describe('a mirrored data source', () => {
  it('backs up the principal DPM protects', () => {
    expect(decideJob(context(mirrored, inSession))).toEqual({ kind: 'run', target: PRINCIPAL })
  })

  it('S7: the mirror is now the principal -> the backup is stopped', () => {
    expect(decideJob(context(mirrored, failedOver))).toEqual({
      kind: 'mirror-took-over',
      target: PRINCIPAL,
      principal: MIRROR,
    })
  })

  it('S7: the principal was lost (its agent does not answer) and the mirror took over', () => {
    const lost: [string, FactsEntry][] = [
      [PRINCIPAL, { error: { code: 'AgentUnreachable', message: 'down' } }],
      failedOver[1] as [string, FactsEntry],
    ]
    expect(decideJob(context(mirrored, lost))).toMatchObject({ kind: 'mirror-took-over', principal: MIRROR })
  })

  it('a consistency check runs on the current principal once DPM knows of the failover (S7’s resolution)', () => {
    const detected: DataSource = {
      ...mirrored,
      condition: { kind: 'cc-scheduled', at: T + 1, detectedAt: T },
    }
    expect(decideJob(context(detected, failedOver, { type: 'consistency-check' }))).toEqual({
      kind: 'run',
      target: MIRROR,
    })
  })

  it('S7: a consistency check that is the first job after a failover detects it as a backup would', () => {
    expect(decideJob(context(mirrored, failedOver, { type: 'consistency-check' }))).toEqual({
      kind: 'mirror-took-over',
      target: PRINCIPAL,
      principal: MIRROR,
    })
  })

  it('S5: mirroring re-established between the same partners is a new session the data source follows', () => {
    const renewed = inSession.map(([path, entry]): [string, FactsEntry] => [
      path,
      {
        facts: {
          ...(entry.facts as DatabaseFacts),
          mirroring: { ...(entry.facts?.mirroring as MirroringFacts), sessionId: 'session-7' },
        },
      },
    ])
    expect(decideJob(context(mirrored, renewed))).toEqual({
      kind: 'session-renewed',
      target: PRINCIPAL,
      principal: PRINCIPAL,
      sessionId: 'session-7',
    })
    expect(decideJob(context(mirrored, renewed, { type: 'consistency-check' }))).toEqual({
      kind: 'run',
      target: PRINCIPAL,
      sessionId: 'session-7',
    })
  })

  it('S5: the session is gone -> "mirroring session is broken" quoting error 30164', () => {
    const broken: [string, FactsEntry][] = [
      [PRINCIPAL, { facts: facts(PRINCIPAL) }],
      [MIRROR, { facts: { ...facts(MIRROR), state: 'RESTORING' } }],
    ]
    const decision = decideJob(context(mirrored, broken))
    expect(decision).toMatchObject({ kind: 'fail', alert: 'mirror-broken' })
    if (decision.kind === 'fail')
      expect(decision.description).toContain(
        'either re-establish mirroring or remove the database from protection and recreate the protection group',
      )
  })

  it('a session re-established with another partner is a broken one for DPM', () => {
    const other = facts(PRINCIPAL, {
      role: 'PRINCIPAL',
      partnerInstance: 'SQL-X\\MSSQLSERVER',
      sessionId: 'session-9',
    })
    expect(
      decideJob(
        context(mirrored, [
          [PRINCIPAL, { facts: other }],
          [MIRROR, { facts: facts(MIRROR) }],
        ]),
      ),
    ).toMatchObject({ alert: 'mirror-broken' })
  })

  it('S7: a backup tried before the scheduled check does not start: "Consistency check required"', () => {
    const waiting = {
      ...mirrored,
      condition: { kind: 'cc-scheduled' as const, at: Date.parse('2026-01-05T10:00:00Z'), detectedAt: 0 },
    }
    const decision = decideJob(context(waiting, failedOver, { type: 'express-full' }))
    expect(decision).toMatchObject({ kind: 'fail', alert: 'consistency-check-required', condition: false })
    if (decision.kind === 'fail') expect(decision.description).toContain('2026-01-05 10:00 UTC')
    // The check itself runs.
    expect(decideJob(context(waiting, failedOver, { type: 'consistency-check' }))).toEqual({
      kind: 'run',
      target: MIRROR,
    })
  })

  it('a backup of an inconsistent replica, or before the replica exists, does not start', () => {
    expect(decideJob(context({ ...mirrored, replica: 'inconsistent' }, inSession))).toMatchObject({
      alert: 'replica-inconsistent',
    })
    expect(decideJob(context({ ...mirrored, replica: 'manual-pending' }, inSession))).toMatchObject({
      alert: 'recovery-point-failed',
    })
  })
})
