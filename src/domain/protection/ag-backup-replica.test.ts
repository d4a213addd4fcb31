import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AvailabilityGroupFacts, AvailabilityReplicaFacts, BackupPreference } from '../estate/estate'
import { chooseBackupReplica, replicaBackupBlocker } from './ag-backup-replica'

const replica = (
  computer: string,
  role: AvailabilityReplicaFacts['role'],
  backupPriority: number,
  more: Partial<AvailabilityReplicaFacts> = {},
): AvailabilityReplicaFacts => ({
  instance: `${computer}\\MSSQLSERVER`,
  computer,
  role,
  availabilityMode: 'SYNCHRONOUS_COMMIT',
  failoverMode: 'AUTOMATIC',
  synchronizationState: 'SYNCHRONIZED',
  online: true,
  readableSecondary: true,
  backupPriority,
  excludedFromBackup: false,
  ...more,
})

// The default estate's AG-Orders (docs/testing.md).
const primary = replica('SQL-AG01', 'PRIMARY', 50)
const ag02 = replica('SQL-AG02', 'SECONDARY', 60)
const ag03 = replica('SQL-AG03', 'SECONDARY', 40, {
  availabilityMode: 'ASYNCHRONOUS_COMMIT',
  failoverMode: 'MANUAL',
  synchronizationState: 'SYNCHRONIZING',
})
const agOrders = (
  backupPreference: BackupPreference = 'SECONDARY',
  replicas = [primary, ag02, ag03],
): AvailabilityGroupFacts => ({
  name: 'AG-Orders',
  cluster: 'SQLAGCLU01',
  listener: 'ORDERS-LSN',
  backupPreference,
  replicas,
  databases: ['OrdersDB', 'ShippingDB'],
})

const chosenComputer = (group: AvailabilityGroupFacts) => {
  const choice = chooseBackupReplica(group)
  return choice.kind === 'replica' ? choice.replica.computer : 'none'
}

describe('chooseBackupReplica', () => {
  it('backs AG-Orders up from SQL-AG02: Prefer secondary, the highest priority', () => {
    expect(chosenComputer(agOrders())).toBe('SQL-AG02')
  })

  it('takes the next secondary when the preferred one goes offline, and the primary only when it is alone', () => {
    expect(chosenComputer(agOrders('SECONDARY', [primary, { ...ag02, online: false }, ag03]))).toBe(
      'SQL-AG03',
    )
    const alone = [primary, { ...ag02, online: false }, { ...ag03, online: false }]
    expect(chosenComputer(agOrders('SECONDARY', alone))).toBe('SQL-AG01')
    // Secondary only: never the primary, even alone.
    const none = chooseBackupReplica(agOrders('SECONDARY_ONLY', alone))
    expect(none.kind).toBe('none')
    if (none.kind === 'none') {
      expect(none.reason).toContain('Secondary only')
      expect(none.reason).toContain('SQL-AG02\\MSSQLSERVER (offline)')
      expect(none.fix).toContain('change the backup preference of AG-Orders')
    }
  })

  it('Prefer secondary does not fall back to the primary while a secondary is online but cannot back up', () => {
    const group = agOrders('SECONDARY', [
      primary,
      { ...ag02, excludedFromBackup: true },
      { ...ag03, readableSecondary: false },
    ])
    const choice = chooseBackupReplica(group)
    expect(choice.kind).toBe('none')
    if (choice.kind === 'none') {
      expect(choice.reason).toContain('SQL-AG02\\MSSQLSERVER (excluded from backups)')
      expect(choice.reason).toContain('SQL-AG03\\MSSQLSERVER (not a readable secondary)')
    }
  })

  it('backs up from no replica while the group has no primary online (its databases are not available)', () => {
    const choice = chooseBackupReplica(agOrders('NONE', [{ ...primary, online: false }, ag02, ag03]))
    expect(choice).toMatchObject({
      kind: 'none',
      reason: 'AG-Orders has no primary replica online: its databases are not available on any replica.',
    })
  })

  it('Primary and Any replica', () => {
    expect(chosenComputer(agOrders('PRIMARY'))).toBe('SQL-AG01')
    expect(chosenComputer(agOrders('NONE'))).toBe('SQL-AG02')
    const priority0 = agOrders('PRIMARY', [{ ...primary, backupPriority: 0 }, ag02, ag03])
    expect(chooseBackupReplica(priority0)).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('SQL-AG01\\MSSQLSERVER (backup priority 0)'),
    })
    // Any replica after a failover to SQL-AG02 with AG02 excluded: the next highest, the old primary.
    const failedOver = agOrders('NONE', [
      { ...primary, role: 'SECONDARY' },
      { ...ag02, role: 'PRIMARY', excludedFromBackup: true },
      ag03,
    ])
    expect(chosenComputer(failedOver)).toBe('SQL-AG01')
  })

  it('breaks equal priorities by instance name', () => {
    expect(chosenComputer(agOrders('SECONDARY', [primary, ag03, { ...ag02, backupPriority: 40 }]))).toBe(
      'SQL-AG02',
    )
  })

  // Every preference against every combination of online, readable, priority and exclusion of a primary
  // and two secondaries: the chosen replica is always one the preference allows, the best of them, and
  // "none" only when the preference allows none.
  it('always chooses an allowed replica with the highest priority, and none only when none is allowed', () => {
    const replicaArb = (computer: string, role: AvailabilityReplicaFacts['role']) =>
      fc
        .record({
          online: fc.boolean(),
          readableSecondary: fc.boolean(),
          backupPriority: fc.constantFrom(0, 1, 40, 50, 60, 100),
          excludedFromBackup: fc.boolean(),
        })
        .map((facts) => replica(computer, role, facts.backupPriority, facts))
    const groupArb = fc
      .record({
        preference: fc.constantFrom<BackupPreference>('PRIMARY', 'SECONDARY_ONLY', 'SECONDARY', 'NONE'),
        replicas: fc.tuple(
          replicaArb('SQL-AG01', 'PRIMARY'),
          replicaArb('SQL-AG02', 'SECONDARY'),
          replicaArb('SQL-AG03', 'SECONDARY'),
        ),
      })
      .map(({ preference, replicas }) => agOrders(preference, replicas))
    fc.assert(
      fc.property(groupArb, (group) => {
        const canBackUp = group.replicas.filter((r) => replicaBackupBlocker(r) === undefined)
        const secondaryOnline = group.replicas.some((r) => r.role === 'SECONDARY' && r.online)
        const noSecondaryCanBackUp = !canBackUp.some((s) => s.role === 'SECONDARY')
        const allows: Record<BackupPreference, (r: AvailabilityReplicaFacts) => boolean> = {
          PRIMARY: (r) => r.role === 'PRIMARY',
          SECONDARY_ONLY: (r) => r.role === 'SECONDARY',
          SECONDARY: (r) => r.role === 'SECONDARY' || (noSecondaryCanBackUp && !secondaryOnline),
          NONE: () => true,
        }
        const allowed = canBackUp.filter(allows[group.backupPreference])
        const choice = chooseBackupReplica(group)
        const primaryOnline = group.replicas.some((r) => r.role === 'PRIMARY' && r.online)
        if (allowed.length === 0 || !primaryOnline) return choice.kind === 'none'
        if (choice.kind !== 'replica') return false
        const top = Math.max(...allowed.map((r) => r.backupPriority))
        return allowed.includes(choice.replica) && choice.replica.backupPriority === top
      }),
      { numRuns: 2000 },
    )
  })
})
