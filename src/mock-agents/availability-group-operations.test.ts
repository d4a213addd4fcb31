import { beforeEach, describe, expect, it } from 'vitest'
import { AG_LEGACY, AG_ORDERS, AG_ORDERS_COPIES, HR_DB } from '../agent-api/demo-estate'
import type { BackupKind } from '../agent-api/schemas'
import { chooseBackupReplica } from '../domain/protection/ag-backup-replica'
import {
  availabilityGroupPrimaryFails,
  failoverAvailabilityGroup,
  replicaOffline,
  replicaOnline,
  setBackupPreference,
  setReplicaBackupPriority,
  setReplicaExcludedFromBackup,
} from './availability-group-operations'
import { availabilityGroupFacts, requireAvailabilityGroup } from './availability-groups'
import { type BackupOutcome, runBackupJob } from './backup-simulation'
import { databaseFacts } from './estate-facts'
import { addCluster, addComputer, addInstance, type Estate, findDatabase } from './estate-model'
import { setFaults } from './fault-operations'
import { establishMirroring } from './mirroring-operations'
import { defaultEstate } from './presets/default-preset'
import { refusal } from './test-support'

const AT = Date.parse('2026-01-05T10:00:00Z')
const [AG01_ORDERS, AG02_ORDERS, AG03_ORDERS] = AG_ORDERS_COPIES

let estate: Estate
beforeEach(() => {
  estate = defaultEstate()
})

const group = (ag = AG_ORDERS) => availabilityGroupFacts(requireAvailabilityGroup(estate, ag))
const roles = (ag = AG_ORDERS) =>
  group(ag).replicas.map((r) => `${r.computer}:${r.role}:${r.online ? 'on' : 'off'}`)
const backupFrom = () => {
  const choice = chooseBackupReplica(group())
  return choice.kind === 'replica' ? choice.replica.computer : choice.reason
}
const backup = (path: string, kind: BackupKind = 'express-full'): BackupOutcome =>
  runBackupJob(estate, { path, kind, at: AT })
const errorCode = (result: BackupOutcome) => (result.ok ? 'ok' : result.error.code)

/** A refused operation leaves the group and the change log as they were. */
function unchangedBy(action: () => unknown): string {
  const before = JSON.stringify(group())
  const seq = estate.seq
  const { message } = refusal(action)
  expect(JSON.stringify(group())).toBe(before)
  expect(estate.seq).toBe(seq)
  return message
}

describe('naming a group and a replica', () => {
  it('finds a group by name in any case, or as CLUSTER\\NAME, and a replica by instance or node', () => {
    expect(requireAvailabilityGroup(estate, 'ag-orders').name).toBe(AG_ORDERS)
    expect(requireAvailabilityGroup(estate, 'sqlagclu01\\AG-ORDERS').name).toBe(AG_ORDERS)
    setReplicaBackupPriority(estate, AG_ORDERS, 'sql-ag03', 70, AT)
    setReplicaBackupPriority(estate, AG_ORDERS, 'SQL-AG01\\mssqlserver', 10, AT)
    expect(group().replicas.map((r) => r.backupPriority)).toEqual([10, 60, 70])
  })

  it('refuses an unknown group (listing the ones there are), a wrong cluster and a replica not in the group', () => {
    expect(unchangedBy(() => replicaOffline(estate, 'AG-Nope', 'SQL-AG02', AT))).toMatch(
      /no availability group AG-Nope \(the estate has AG-Orders, AG-Legacy\)/,
    )
    expect(unchangedBy(() => replicaOffline(estate, 'SQLAGCLU02\\AG-Orders', 'SQL-AG02', AT))).toMatch(
      /no availability group/,
    )
    expect(unchangedBy(() => replicaOffline(estate, AG_ORDERS, 'SQL-AG11', AT))).toMatch(
      /SQL-AG11 hosts no replica of availability group AG-Orders: its replicas are SQL-AG01\\MSSQLSERVER/,
    )
  })

  it('asks for the cluster when two clusters have a group of that name', () => {
    addComputer(estate, 'SQL-AG21', { addresses: ['10.20.40.1'], agent: true })
    addCluster(estate, 'SQLAGCLU03', ['SQL-AG21'], [])
    addInstance(estate, 'SQL-AG21', 'MSSQLSERVER')
    const twin = requireAvailabilityGroup(estate, AG_LEGACY)
    estate.availabilityGroups.set('sqlagclu03\\ag-legacy', { ...twin, cluster: 'SQLAGCLU03' })
    expect(refusal(() => requireAvailabilityGroup(estate, 'AG-Legacy')).message).toMatch(
      /More than one cluster .* write CLUSTER\\AG-Legacy/,
    )
    expect(requireAvailabilityGroup(estate, 'SQLAGCLU03\\AG-Legacy').cluster).toBe('SQLAGCLU03')
  })
})

describe('failover', () => {
  it('planned: by default to the synchronous automatic-failover secondary, one change naming every copy', () => {
    const change = failoverAvailabilityGroup(estate, AG_ORDERS, undefined, AT)
    expect(roles()).toEqual(['SQL-AG01:SECONDARY:on', 'SQL-AG02:PRIMARY:on', 'SQL-AG03:SECONDARY:on'])
    expect(change).toMatchObject({ kind: 'ag-failover', at: AT })
    expect(change.databases).toHaveLength(6)
    expect(change.databases).toContain(AG03_ORDERS)
    expect(change.summary).toBe(
      'AG-Orders: manual failover, SQL-AG02\\MSSQLSERVER is now the primary replica.',
    )
    // Prefer secondary: now SQL-AG01 (50) beats SQL-AG03 (40).
    expect(backupFrom()).toBe('SQL-AG01')
    // Every copy reports the new roles.
    const fromAg03 = databaseFacts(estate, findDatabase(estate, AG03_ORDERS) as never).availabilityGroup
    expect(fromAg03?.replicas[1]?.role).toBe('PRIMARY')
  })

  it('planned: refuses an asynchronous target, the primary itself, and an offline one', () => {
    expect(unchangedBy(() => failoverAvailabilityGroup(estate, AG_ORDERS, 'SQL-AG03', AT))).toMatch(
      /needs a synchronous-commit secondary that is SYNCHRONIZED; SQL-AG03\\MSSQLSERVER is asynchronous commit/,
    )
    expect(unchangedBy(() => failoverAvailabilityGroup(estate, AG_ORDERS, 'SQL-AG01', AT))).toMatch(
      /already the primary/,
    )
    replicaOffline(estate, AG_ORDERS, 'SQL-AG02', AT)
    expect(unchangedBy(() => failoverAvailabilityGroup(estate, AG_ORDERS, 'SQL-AG02', AT))).toMatch(/offline/)
    expect(unchangedBy(() => failoverAvailabilityGroup(estate, AG_ORDERS, undefined, AT))).toMatch(
      /no online synchronous-commit secondary replica that is SYNCHRONIZED/,
    )
  })
})

describe('the primary fails', () => {
  it('fails over automatically to the synchronized synchronous secondary; protection has a replica to use', () => {
    const change = availabilityGroupPrimaryFails(estate, AG_ORDERS, AT)
    expect(roles()).toEqual(['SQL-AG01:SECONDARY:off', 'SQL-AG02:PRIMARY:on', 'SQL-AG03:SECONDARY:on'])
    expect(change.summary).toMatch(/SQL-AG02\\MSSQLSERVER took over by automatic failover/)
    expect(backupFrom()).toBe('SQL-AG03')
    expect(errorCode(backup(AG03_ORDERS))).toBe('ok')
    expect(errorCode(backup(AG01_ORDERS))).toBe('ReplicaOffline')
    // The lost replica comes back as a secondary.
    replicaOnline(estate, AG_ORDERS, 'SQL-AG01', AT)
    expect(roles()).toEqual(['SQL-AG01:SECONDARY:on', 'SQL-AG02:PRIMARY:on', 'SQL-AG03:SECONDARY:on'])
  })

  it('without an automatic target leaves the group without a primary until it comes back or is forced over', () => {
    replicaOffline(estate, AG_ORDERS, 'SQL-AG02', AT)
    const change = availabilityGroupPrimaryFails(estate, AG_ORDERS, AT)
    expect(change.summary).toMatch(
      /no replica can fail over automatically: the group has no primary \(RESOLVING\)/,
    )
    expect(roles()).toEqual(['SQL-AG01:PRIMARY:off', 'SQL-AG02:SECONDARY:off', 'SQL-AG03:SECONDARY:on'])
    expect(group().replicas.every((r) => r.synchronizationState === 'NOT_SYNCHRONIZING')).toBe(true)
    expect(backup(AG03_ORDERS)).toMatchObject({
      ok: false,
      error: { code: 'NoPrimaryReplica', message: expect.stringContaining('no online primary replica') },
    })
    expect(unchangedBy(() => availabilityGroupPrimaryFails(estate, AG_ORDERS, AT))).toMatch(
      /no online primary/,
    )
    // Forced failover to the asynchronous replica, the way out.
    const forced = failoverAvailabilityGroup(estate, AG_ORDERS, 'SQL-AG03', AT)
    expect(forced.summary).toMatch(
      /forced failover \(possible data loss\), SQL-AG03\\MSSQLSERVER is now the primary/,
    )
    expect(errorCode(backup(AG03_ORDERS))).toBe('ok')
  })

  it('a lost primary that comes back is the primary again', () => {
    replicaOffline(estate, AG_ORDERS, 'SQL-AG02', AT)
    availabilityGroupPrimaryFails(estate, AG_ORDERS, AT)
    replicaOnline(estate, AG_ORDERS, 'SQL-AG01', AT)
    expect(roles()).toEqual(['SQL-AG01:PRIMARY:on', 'SQL-AG02:SECONDARY:off', 'SQL-AG03:SECONDARY:on'])
    expect(errorCode(backup(AG01_ORDERS))).toBe('ok')
  })
})

describe('replicas offline and online', () => {
  it('an offline secondary is skipped by the rule and refused by its agent', () => {
    replicaOffline(estate, AG_ORDERS, 'SQL-AG02', AT)
    expect(backupFrom()).toBe('SQL-AG03')
    expect(backup(AG02_ORDERS, 'synchronization')).toMatchObject({
      ok: false,
      error: { code: 'ReplicaOffline', message: expect.stringContaining('SQL-AG02\\MSSQLSERVER is offline') },
    })
    replicaOnline(estate, AG_ORDERS, 'SQL-AG02', AT)
    expect(backupFrom()).toBe('SQL-AG02')
    expect(errorCode(backup(AG02_ORDERS, 'synchronization'))).toBe('ok')
  })

  it('refuses the primary (use availabilityGroupPrimaryFails) and a replica already in that state', () => {
    expect(unchangedBy(() => replicaOffline(estate, AG_ORDERS, 'SQL-AG01', AT))).toMatch(
      /is the primary replica of AG-Orders: use availabilityGroupPrimaryFails/,
    )
    expect(unchangedBy(() => replicaOnline(estate, AG_ORDERS, 'SQL-AG02', AT))).toMatch(/already online/)
  })

  it("a copy's backup needs its node's agent, as any other database's", () => {
    setFaults(estate, { unreachable: ['SQL-AG02'] }, AT)
    expect(errorCode(backup(AG02_ORDERS))).toBe('AgentUnreachable')
    expect(errorCode(backup(AG03_ORDERS))).toBe('ok')
    expect(errorCode(backup('SQL-AG12\\MSSQLSERVER\\LegacyDB'))).toBe('AgentNotInstalled')
  })

  it('backs up on a primary and on a readable secondary (copy-only full and log), not on a secondary that is not readable', () => {
    for (const kind of [
      'express-full',
      'synchronization',
      'replica-creation',
      'consistency-check',
    ] as const) {
      expect(errorCode(backup(AG01_ORDERS, kind))).toBe('ok')
      expect(errorCode(backup(AG02_ORDERS, kind))).toBe('ok')
    }
    const ag02 = requireAvailabilityGroup(estate, AG_ORDERS).replicas[1]
    if (ag02) ag02.readableSecondary = false
    expect(backup(AG02_ORDERS)).toMatchObject({
      ok: false,
      error: { code: 'ReplicaNotReadable', message: expect.stringContaining('SQL Server error 976') },
    })
  })
})

describe('backup settings', () => {
  it('the preference, a priority and an exclusion change the replica DPM backs up from', () => {
    expect(backupFrom()).toBe('SQL-AG02')
    setReplicaExcludedFromBackup(estate, AG_ORDERS, 'SQL-AG02', true, AT)
    expect(backupFrom()).toBe('SQL-AG03')
    setReplicaBackupPriority(estate, AG_ORDERS, 'SQL-AG03', 0, AT)
    // Prefer secondary with no secondary able: not the primary, which is not the only replica online.
    expect(backupFrom()).toMatch(/Prefer secondary/)
    setBackupPreference(estate, AG_ORDERS, 'PRIMARY', AT)
    expect(backupFrom()).toBe('SQL-AG01')
    expect(group().backupPreference).toBe('PRIMARY')
  })

  it('records nothing when a setting already has that value', () => {
    const seq = estate.seq
    expect(setBackupPreference(estate, AG_ORDERS, 'SECONDARY', AT)).toBeUndefined()
    expect(setReplicaBackupPriority(estate, AG_ORDERS, 'SQL-AG02', 60, AT)).toBeUndefined()
    expect(setReplicaExcludedFromBackup(estate, AG_ORDERS, 'SQL-AG02', false, AT)).toBeUndefined()
    expect(estate.seq).toBe(seq)
    const change = setBackupPreference(estate, AG_ORDERS, 'SECONDARY_ONLY', AT)
    expect(change?.summary).toBe('AG-Orders: the backup preference is now Secondary only.')
  })
})

describe('a database of an availability group and mirroring', () => {
  it('is never mirrored, and a plain database is', () => {
    expect(
      refusal(() => establishMirroring(estate, AG01_ORDERS, 'SQL-STD01\\MSSQLSERVER', AT)).message,
    ).toMatch(/OrdersDB is a database of availability group AG-Orders/)
    expect(() => establishMirroring(estate, HR_DB, 'SQL-STD02\\MSSQLSERVER', AT)).not.toThrow()
  })
})
