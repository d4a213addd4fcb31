// Every status of the state model (docs/protection-states.md) is reached through lab events and admin actions
// only, with the model's invariants checked after every step: no hand-built engine state.
import { describe, expect, it } from 'vitest'
import { HR, ModelWorld, ORDERS, SALES } from './engine-model-support'
import { MEMBER_STATUS_TEXTS, type MemberStatusText } from './member-status'

const advance = (minutes: number) => ({ kind: 'advance', minutes, cut: 0.5, reload: true }) as const
type LabOperation = Extract<Parameters<ModelWorld['apply']>[0], { kind: 'lab' }>['operation']
const lab = (operation: LabOperation, target = 0) => ({ kind: 'lab', operation, target }) as const

function statusOf(world: ModelWorld, path: string): MemberStatusText {
  return world.statusOf(world.dataSourceOf(path))
}

/** HRDB protected again in a group of its own, with the policy `target` chooses (see policyFor). */
function reprotectHr(target: number): ModelWorld {
  const world = new ModelWorld()
  world.apply(advance(10))
  world.apply({ kind: 'admin', operation: 'stopDelete', target: world.targetOf(HR) })
  // HRDB is then the only database Select Group Members offers: bit 0 of the target selects it.
  world.apply({ kind: 'admin', operation: 'createGroup', target })
  return world
}

const reached = new Set<MemberStatusText>()
function expectStatus(world: ModelWorld, path: string, status: MemberStatusText): void {
  expect(statusOf(world, path)).toBe(status)
  reached.add(status)
}

describe('every status of the model is reached by events', () => {
  it('Replica creation in progress, then OK', () => {
    const world = new ModelWorld()
    expectStatus(world, HR, 'Replica creation in progress')
    world.apply(advance(10))
    expectStatus(world, HR, 'OK')
  })

  it('Replica creation pending: a group that creates the replica later', () => {
    // 37: replica creation two hours later.
    expectStatus(reprotectHr(37), HR, 'Replica creation pending')
  })

  it('Manual replica pending: a group whose replica is created manually', () => {
    expectStatus(reprotectHr(1), HR, 'Manual replica pending')
  })

  it('Consistency check scheduled, then Consistency check in progress (S7)', () => {
    const world = new ModelWorld()
    world.apply(advance(10))
    world.apply(lab('failover'))
    world.apply(advance(5))
    expectStatus(world, SALES, 'Consistency check scheduled')
    world.apply(advance(30))
    expectStatus(world, SALES, 'Consistency check in progress')
    world.apply(advance(10))
    expectStatus(world, SALES, 'OK')
  })

  it('Protection failed: the mirror is broken (S5)', () => {
    const world = new ModelWorld()
    world.apply(advance(10))
    world.apply(lab('breakMirror'))
    world.apply(advance(10))
    expectStatus(world, SALES, 'Protection failed')
  })

  it('Replica is inconsistent: mirroring re-established between the same partners, until the check', () => {
    const world = new ModelWorld()
    world.apply(advance(10))
    world.apply(lab('breakMirror'))
    world.apply(advance(10))
    world.apply(lab('reestablish'))
    world.apply(advance(15))
    expectStatus(world, SALES, 'Replica is inconsistent')
    world.apply(advance(30))
    expectStatus(world, SALES, 'OK')
  })

  it('Inactive replica available: protection stopped, replica retained', () => {
    const world = new ModelWorld()
    world.apply(advance(10))
    world.apply({ kind: 'admin', operation: 'stopRetain', target: world.targetOf(HR) })
    expectStatus(world, HR, 'Inactive replica available')
  })

  it('Protection failed, then OK: Secondary only with only the primary of AG-Orders online', () => {
    const world = new ModelWorld()
    world.apply(advance(10))
    world.apply(lab('agPreference', 1)) // Secondary only
    world.apply(lab('agReplicaOffline', 1)) // SQL-AG02
    world.apply(lab('agReplicaOffline', 2)) // SQL-AG03
    // OrdersDB's group synchronizes every hour.
    world.apply(advance(60))
    expectStatus(world, ORDERS, 'Protection failed')
    expect(world.dataSourceOf(ORDERS).condition).toMatchObject({ alert: 'ag-no-backup-replica' })
    world.apply(lab('agReplicaOnline', 2))
    world.apply(advance(60))
    expectStatus(world, ORDERS, 'OK')
  })

  it('OK through a failover of AG-Orders: no consistency check is scheduled, unlike S7', () => {
    const world = new ModelWorld()
    world.apply(advance(10))
    world.apply(lab('agPrimaryFails'))
    for (const minutes of [5, 30, 60]) {
      world.apply(advance(minutes))
      expectStatus(world, ORDERS, 'OK')
    }
    world.apply(lab('agFailover'))
    world.apply(advance(60))
    expectStatus(world, ORDERS, 'OK')
  })

  it('leaves no status of the model unreached', () => {
    expect([...reached].sort()).toEqual([...MEMBER_STATUS_TEXTS].sort())
  })
})
