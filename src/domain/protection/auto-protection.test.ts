import { describe, expect, it } from 'vitest'
import { STD01_INSTANCE as STD01 } from '../../agent-api/demo-estate'
import type { ComputerFacts, DatabaseFacts } from '../estate/estate'
import {
  type AutoProtectionFacts,
  applyAutoProtection,
  autoProtectedInstances,
  decideAutoProtection,
  nextAutoProtectionAt,
} from './auto-protection'
import { indexEstate, type PartnerFacts, partnerKey } from './protectability'
import { DEFAULT_POLICY, type DpmServerState, EMPTY_SERVER_STATE, type ProtectionPolicy } from './protection'
import { createProtectionGroup, stopProtection } from './protection-groups'

const T0 = Date.parse('2026-01-05T09:00:00Z')
const MIDNIGHT = Date.parse('2026-01-06T00:00:00Z')
const PRI01 = 'SQL-PRI01\\MSSQLSERVER'

const computer = (name: string, agent = true): ComputerFacts => ({
  name,
  domain: 'contoso.local',
  addresses: [],
  agent: agent ? { status: 'OK', version: '14.0' } : { status: 'NotInstalled' },
})

const db = (path: string, extra: Partial<DatabaseFacts> = {}): DatabaseFacts => {
  const [computerName = '', instance = '', name = ''] = path.split('\\')
  return {
    path,
    computer: computerName,
    instance,
    name,
    state: 'ONLINE',
    recoveryModel: 'FULL',
    readOnly: false,
    sizeMb: 1000,
    logSizeMb: 100,
    ...extra,
  }
}

/** NewDB on SQL-STD01 mirrored onto `mirrorComputer` (the principal's copy and the mirror's). */
function mirrored(mirrorComputer: string): [DatabaseFacts, DatabaseFacts] {
  const session = { sessionId: 'session-new', state: 'SYNCHRONIZED', safety: 'FULL' } as const
  return [
    db(`${STD01}\\NewDB`, {
      mirroring: {
        ...session,
        role: 'PRINCIPAL',
        partnerInstance: `${mirrorComputer}\\MSSQLSERVER`,
        partnerAddress: `TCP://${mirrorComputer}.contoso.local:5022`,
      },
    }),
    db(`${mirrorComputer}\\MSSQLSERVER\\NewDB`, {
      state: 'RESTORING',
      mirroring: {
        ...session,
        role: 'MIRROR',
        partnerInstance: STD01,
        partnerAddress: 'TCP://SQL-STD01.contoso.local:5022',
      },
    }),
  ]
}

const HRDB = db(`${STD01}\\HRDB`)

/** A group that protects HRDB with SQL-STD01's default instance selected as a whole. */
function protectedStd01(policy: ProtectionPolicy = DEFAULT_POLICY, instances = [STD01]): DpmServerState {
  return createProtectionGroup(
    EMPTY_SERVER_STATE,
    {
      name: 'Std',
      members: [{ path: HRDB.path, sizeMb: 1000, logSizeMb: 100, recoveryModel: 'FULL', readOnly: false }],
      autoProtectInstances: instances,
      policy,
    },
    T0,
  ).state
}

function factsOf(
  instances: Record<string, DatabaseFacts[] | { error: string }>,
  { noAgent = [] as string[], partners = [] as DatabaseFacts[] } = {},
): AutoProtectionFacts {
  const names = ['SQL-STD01', 'SQL-PRI01', 'SQL-MIR01', 'SQL-NOAGENT01']
  return {
    estate: indexEstate({ computers: names.map((n) => computer(n, !noAgent.includes(n))), clusters: [] }),
    inventories: new Map(
      Object.entries(instances).map(([path, found]) => [
        path.toUpperCase(),
        Array.isArray(found) ? { databases: found } : found,
      ]),
    ),
    partnerFacts: new Map<string, PartnerFacts>(partners.map((p) => [partnerKey(p.path), p])),
  }
}

const run = (state: DpmServerState, facts: AutoProtectionFacts, at = MIDNIGHT) =>
  applyAutoProtection(state, decideAutoProtection(state, facts), at)

const autoJobs = (state: DpmServerState) => state.jobs.filter((job) => job.type === 'auto-protection')
const activeAutoAlerts = (state: DpmServerState) =>
  state.alerts.filter((alert) => alert.type === 'auto-protection-failed' && alert.inactiveAt === undefined)

describe('when the auto protection job runs', () => {
  it('runs daily at 00:00: the next midnight, never the one the clock stands at', () => {
    expect(nextAutoProtectionAt(T0)).toBe(MIDNIGHT)
    expect(nextAutoProtectionAt(MIDNIGHT - 1)).toBe(MIDNIGHT)
    expect(nextAutoProtectionAt(MIDNIGHT)).toBe(MIDNIGHT + 86_400_000)
  })

  it('reads the instances some group selected as a whole, each once', () => {
    const state = protectedStd01(DEFAULT_POLICY, [STD01, 'sql-std01\\mssqlserver', PRI01])
    expect(autoProtectedInstances(state)).toEqual(['sql-std01\\mssqlserver', PRI01])
  })
})

describe('the auto protection job', () => {
  it('adds a new database with the group policy, its replica created now, and leaves the members alone', () => {
    const before = protectedStd01()
    const after = run(before, factsOf({ [STD01]: [HRDB, db(`${STD01}\\NewDB`)] }))
    const added = Object.values(after.dataSources).filter((ds) => ds.path === `${STD01}\\NewDB`)
    expect(added).toEqual([
      expect.objectContaining({ groupId: Object.keys(before.groups)[0], replica: 'creation-pending' }),
    ])
    expect(after.jobs).toContainEqual(
      expect.objectContaining({
        type: 'replica-creation',
        dataSourceId: added[0]?.id,
        status: 'scheduled',
        scheduledAt: MIDNIGHT,
      }),
    )
    expect(Object.values(after.dataSources).filter((ds) => ds.path === HRDB.path)).toHaveLength(1)
    expect(autoJobs(after)).toEqual([
      expect.objectContaining({
        source: STD01,
        computer: 'SQL-STD01',
        groupName: 'Std',
        status: 'completed',
        startedAt: MIDNIGHT,
        endedAt: MIDNIGHT,
      }),
    ])
    expect(activeAutoAlerts(after)).toEqual([])
  })

  it('follows the replica creation method of the group: manual leaves the replica pending', () => {
    const manual: ProtectionPolicy = { ...DEFAULT_POLICY, replicaCreation: { method: 'manual' } }
    const after = run(protectedStd01(manual), factsOf({ [STD01]: [HRDB, db(`${STD01}\\NewDB`)] }))
    const added = Object.values(after.dataSources).find((ds) => ds.path === `${STD01}\\NewDB`)
    expect(added?.replica).toBe('manual-pending')
    expect(after.alerts).toContainEqual(
      expect.objectContaining({ type: 'manual-replica-pending', dataSourceId: added?.id }),
    )
  })

  it('cannot protect a database mirrored onto a computer without an agent: an alert says why and what to do', () => {
    const [principal, mirror] = mirrored('SQL-NOAGENT01')
    const facts = factsOf({ [STD01]: [HRDB, principal] }, { noAgent: ['SQL-NOAGENT01'], partners: [mirror] })
    const after = run(protectedStd01(), facts)
    expect(Object.values(after.dataSources).map((ds) => ds.path)).toEqual([HRDB.path])
    expect(activeAutoAlerts(after)).toEqual([
      expect.objectContaining({
        title: 'Auto protection failed',
        severity: 'Warning',
        source: principal.path,
        computer: 'SQL-STD01',
        groupName: 'Std',
        description: expect.stringMatching(
          /could not add the new database SQL-STD01\\MSSQLSERVER\\NewDB .*Install the DPM protection agent on SQL-NOAGENT01.*Management > Agents > Install/,
        ),
      }),
    ])
    expect(autoJobs(after)).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.stringContaining('SQL-STD01\\MSSQLSERVER\\NewDB'),
      }),
    ])

    // The next night, still no agent: the same alert, seen again.
    const nextNight = run(after, facts, MIDNIGHT + 86_400_000)
    expect(activeAutoAlerts(nextNight)).toEqual([expect.objectContaining({ occurrences: 2 })])

    // Once the agent is installed, the job adds the mirrored database (one data source) and the alert ends.
    const healed = run(
      nextNight,
      factsOf({ [STD01]: [HRDB, principal] }, { partners: [mirror] }),
      MIDNIGHT + 2 * 86_400_000,
    )
    expect(
      Object.values(healed.dataSources).find((ds) => ds.path === principal.path)?.mirror?.partners,
    ).toEqual([principal.path, mirror.path])
    expect(activeAutoAlerts(healed)).toEqual([])
    expect(autoJobs(healed).map((job) => job.status)).toEqual(['failed', 'failed', 'completed'])
  })

  it('adds a mirrored database once when both partners are on auto-protected instances', () => {
    const [principal, mirror] = mirrored('SQL-MIR01')
    const state = protectedStd01(DEFAULT_POLICY, [STD01, 'SQL-MIR01\\MSSQLSERVER'])
    const facts = factsOf(
      { [STD01]: [HRDB, principal], 'SQL-MIR01\\MSSQLSERVER': [mirror] },
      { partners: [principal, mirror] },
    )
    const after = run(state, facts)
    expect(Object.values(after.dataSources).map((ds) => ds.path)).toEqual([HRDB.path, principal.path])
    expect(autoJobs(after).map((job) => [job.source, job.status])).toEqual([
      [STD01, 'completed'],
      ['SQL-MIR01\\MSSQLSERVER', 'completed'],
    ])
  })

  it('leaves a database another group protects where it is', () => {
    const state = createProtectionGroup(
      protectedStd01(),
      {
        name: 'Other',
        members: [
          { path: `${STD01}\\NewDB`, sizeMb: 1, logSizeMb: 1, recoveryModel: 'FULL', readOnly: false },
        ],
        autoProtectInstances: [],
        policy: DEFAULT_POLICY,
      },
      T0,
    ).state
    const after = run(state, factsOf({ [STD01]: [HRDB, db(`${STD01}\\NewDB`)] }))
    expect(after.dataSources).toEqual(state.dataSources)
  })

  it('fails without changing members or alerts when the instance cannot be read', () => {
    const [principal, mirror] = mirrored('SQL-NOAGENT01')
    const blocked = run(
      protectedStd01(),
      factsOf({ [STD01]: [HRDB, principal] }, { noAgent: ['SQL-NOAGENT01'], partners: [mirror] }),
    )
    const after = run(
      blocked,
      factsOf({ [STD01]: { error: 'The protection agent on SQL-STD01 is not reachable.' } }),
      MIDNIGHT + 86_400_000,
    )
    expect(after.dataSources).toEqual(blocked.dataSources)
    expect(activeAutoAlerts(after)).toHaveLength(1)
    expect(autoJobs(after)[1]).toMatchObject({
      status: 'failed',
      error:
        'The databases of SQL-STD01\\MSSQLSERVER could not be read: The protection agent on SQL-STD01 is not reachable.',
    })
  })

  it('does not add back a database whose protection the admin stopped: its instance leaves auto protection', () => {
    const spec = (path: string) => ({
      path,
      sizeMb: 1,
      logSizeMb: 1,
      recoveryModel: 'FULL' as const,
      readOnly: false,
    })
    const state = createProtectionGroup(
      EMPTY_SERVER_STATE,
      {
        name: 'Std',
        members: [spec(HRDB.path), spec(`${STD01}\\PayrollDB`)],
        autoProtectInstances: [STD01, PRI01],
        policy: DEFAULT_POLICY,
      },
      T0,
    ).state
    const hr = Object.values(state.dataSources).find((ds) => ds.path === HRDB.path)
    const stopped = stopProtection(state, hr?.id ?? '', 'retain', T0)
    expect(autoProtectedInstances(stopped)).toEqual([PRI01])
    const after = run(stopped, factsOf({ [STD01]: [HRDB, db(`${STD01}\\PayrollDB`)], [PRI01]: [] }))
    expect(after.dataSources[hr?.id ?? '']?.groupId).toBeUndefined()
  })

  it('ends the alert of a database that left the instance', () => {
    const [principal, mirror] = mirrored('SQL-NOAGENT01')
    const blocked = run(
      protectedStd01(),
      factsOf({ [STD01]: [HRDB, principal] }, { noAgent: ['SQL-NOAGENT01'], partners: [mirror] }),
    )
    const after = run(blocked, factsOf({ [STD01]: [HRDB] }), MIDNIGHT + 86_400_000)
    expect(activeAutoAlerts(after)).toEqual([])
    expect(after.alerts.find((alert) => alert.type === 'auto-protection-failed')?.inactiveAt).toBe(
      MIDNIGHT + 86_400_000,
    )
  })
})
