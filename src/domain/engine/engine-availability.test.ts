// Always On availability groups in the engine: each job runs on the replica the backup preference chooses at
// its start, a failover does not stop protection, and a preference that allows no replica fails the job with
// its alert until a backup can run again.
import { describe, expect, it } from 'vitest'
import { type DpmServerState, EMPTY_SERVER_STATE, type Job } from '../protection/protection'
import { stopProtection } from '../protection/protection-groups'
import { DAY_MS } from '../world/time'
import { isActive } from './alerts'
import {
  AG_CLUSTER,
  AG_NODE_1,
  AG_NODE_2,
  AG_NODE_3,
  AG_ORDERS,
  agCopy,
  agOrders,
  ORDERS_AG01 as ORDERS,
} from './availability-test-support'
import { factsPathsOf, requestAdminJob } from './engine'
import { advanceTo, FakeEstate, protect } from './engine-test-support'

const at = (time: string, day = 0) => Date.parse(`2026-01-05T${time}:00Z`) + day * DAY_MS

function protectedOrders() {
  const fake = new FakeEstate().addAvailabilityGroup(agOrders())
  let state = protect(EMPTY_SERVER_STATE, fake, [ORDERS], at('09:00'))
  state = advanceTo(state, fake, at('09:10'))
  return { fake, state, change: fake.recorder(at('09:10')) }
}

const dsOf = (state: DpmServerState) => {
  const ds = Object.values(state.dataSources).find((candidate) => candidate.path === ORDERS)
  if (!ds) throw new Error('OrdersDB is not protected')
  return ds
}
const finished = (state: DpmServerState, predicate: (job: Job) => boolean = () => true) =>
  state.jobs.filter(
    (job) =>
      job.dataSourceId === dsOf(state).id &&
      (job.status === 'completed' || job.status === 'failed') &&
      predicate(job),
  )
const lastFinished = (state: DpmServerState) => finished(state).at(-1)
const activeAlerts = (state: DpmServerState) =>
  state.alerts.filter((alert) => isActive(alert) && alert.dataSourceId === dsOf(state).id)

describe('a database of an availability group', () => {
  it('is backed up on the replica the preference chooses: SQL-AG02 (Prefer secondary, priority 60)', () => {
    const { fake, state: created } = protectedOrders()
    const state = advanceTo(created, fake, at('10:00'))
    const jobs = finished(state)
    expect(jobs.map((job) => job.type)).toEqual([
      'replica-creation',
      'synchronization',
      'synchronization',
      'synchronization',
    ])
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'completed', source: agCopy(AG_NODE_2, 'OrdersDB') })
      expect(job.computer).toBe(AG_NODE_2)
    }
    // A row not yet run names the cluster: the replica is chosen when it starts.
    const scheduled = state.jobs.find((job) => job.status === 'scheduled')
    expect(scheduled?.computer).toBe(AG_CLUSTER)
    expect(fake.availability.disallowedRequests).toEqual([])
    expect(dsOf(state).availability?.copies).toEqual(
      [AG_NODE_1, AG_NODE_2, AG_NODE_3].map((node) => agCopy(node, 'OrdersDB')),
    )
  })

  it('goes on from the new replica when the primary fails: no consistency check, no alert, one timeline', () => {
    const { fake, state: created } = protectedOrders()
    let state = advanceTo(created, fake, at('09:40'))
    fake.availability.primaryFails(AG_ORDERS, fake.recorder(at('09:40')))
    state = advanceTo(state, fake, at('10:20'))
    const after = finished(state, (job) => (job.startedAt ?? 0) > at('09:40'))
    expect(after.map((job) => [job.type, job.status, job.computer])).toEqual([
      // SQL-AG02 is the primary now: Prefer secondary chooses SQL-AG03, the only secondary online.
      ['synchronization', 'completed', AG_NODE_3],
      ['synchronization', 'completed', AG_NODE_3],
      ['synchronization', 'completed', AG_NODE_3],
    ])
    expect(finished(state, (job) => job.type === 'consistency-check')).toEqual([])
    expect(activeAlerts(state)).toEqual([])
    expect(dsOf(state).condition).toEqual({ kind: 'ok' })
    const points = state.recoveryPoints.toArray().filter((point) => point.dataSourceId === dsOf(state).id)
    expect(points.map((point) => point.replica)).toEqual([
      agCopy(AG_NODE_2, 'OrdersDB'),
      agCopy(AG_NODE_2, 'OrdersDB'),
      agCopy(AG_NODE_2, 'OrdersDB'),
      agCopy(AG_NODE_3, 'OrdersDB'),
      agCopy(AG_NODE_3, 'OrdersDB'),
      agCopy(AG_NODE_3, 'OrdersDB'),
    ])
  })

  it('still finds the group when the copy it protected does not answer (that node unreachable)', () => {
    const { fake, state: created } = protectedOrders()
    fake.setUnreachable(AG_NODE_1, true, at('09:10'))
    const state = advanceTo(created, fake, at('09:20'))
    expect(lastFinished(state)).toMatchObject({ status: 'completed', computer: AG_NODE_2 })
  })

  it('asks the copies on every replica: those its facts name, then those it recorded', () => {
    const { fake, state } = protectedOrders()
    const known = factsPathsOf(state)
    expect(known).toContain(agCopy(AG_NODE_3, 'OrdersDB'))
    const first = new Map([[ORDERS, fake.facts(ORDERS)]])
    const fresh = protect(EMPTY_SERVER_STATE, fake, [ORDERS], at('09:00'))
    expect(factsPathsOf(fresh)).toEqual([ORDERS])
    expect(factsPathsOf(fresh, first).sort()).toEqual(
      [AG_NODE_1, AG_NODE_2, AG_NODE_3].map((node) => agCopy(node, 'OrdersDB')),
    )
  })

  it('Secondary only with only the primary online: the job fails with the alert and the fix, then recovers', () => {
    const { fake, state: created } = protectedOrders()
    const change = fake.recorder(at('09:10'))
    fake.availability.setPreference(AG_ORDERS, 'SECONDARY_ONLY', change)
    fake.availability.setOnline(AG_ORDERS, AG_NODE_2, false, change)
    fake.availability.setOnline(AG_ORDERS, AG_NODE_3, false, change)
    let state = advanceTo(created, fake, at('09:20'))
    expect(lastFinished(state)).toMatchObject({ type: 'synchronization', status: 'failed' })
    expect(lastFinished(state)?.error).toContain('Secondary only')
    const [alert] = activeAlerts(state)
    expect(alert).toMatchObject({
      type: 'ag-no-backup-replica',
      title: 'No availability group replica can be backed up',
      severity: 'Critical',
    })
    expect(alert?.description).toContain('no secondary replica can take a backup')
    expect(alert?.description).toContain('Recommended action: Bring a readable secondary replica online')
    expect(dsOf(state).condition).toMatchObject({ kind: 'failed', alert: 'ag-no-backup-replica' })
    expect(fake.availability.disallowedRequests).toEqual([])

    // Fixed: SQL-AG03 is back; the next synchronization runs there and the alert resolves itself.
    fake.availability.setOnline(AG_ORDERS, AG_NODE_3, true, fake.recorder(at('09:25')))
    state = advanceTo(state, fake, at('09:35'))
    expect(lastFinished(state)).toMatchObject({ status: 'completed', computer: AG_NODE_3 })
    expect(activeAlerts(state)).toEqual([])
    expect(dsOf(state).condition).toEqual({ kind: 'ok' })
  })

  it('fails a job on the chosen replica without trying another one', () => {
    const { fake, state: created } = protectedOrders()
    fake.setUnreachable(AG_NODE_2, true, at('09:10'))
    const state = advanceTo(created, fake, at('09:20'))
    expect(lastFinished(state)).toMatchObject({ status: 'failed', computer: AG_NODE_2 })
    expect(activeAlerts(state).map((alert) => alert.type)).toEqual(['agent-unreachable'])
    expect(finished(state, (job) => job.computer === AG_NODE_3)).toEqual([])
  })

  it('lets a job finish through a failover when its replica stays online; fails it when its replica is lost', () => {
    const { fake, state: created } = protectedOrders()
    // The express full at 20:00 runs 10 minutes on SQL-AG02.
    let state = advanceTo(created, fake, at('20:03'))
    const running = () => state.jobs.find((job) => job.status === 'in-progress')
    expect(running()).toMatchObject({ type: 'express-full', computer: AG_NODE_2 })
    // A planned failover to SQL-AG02 itself: its copy is still online, the job goes on.
    fake.availability.failover(AG_ORDERS, 0, fake.recorder(at('20:04')))
    state = advanceTo(state, fake, at('20:15'))
    expect(finished(state, (job) => job.type === 'express-full')).toEqual([
      expect.objectContaining({ status: 'completed', computer: AG_NODE_2 }),
    ])

    // Tomorrow's express full runs on SQL-AG01, the secondary with the highest priority now; it goes offline.
    state = advanceTo(state, fake, at('20:05', 1))
    expect(running()).toMatchObject({ type: 'express-full', computer: AG_NODE_1 })
    fake.availability.setOnline(AG_ORDERS, AG_NODE_1, false, fake.recorder(at('20:06', 1)))
    state = advanceTo(state, fake, at('20:20', 1))
    const fulls = finished(state, (job) => job.type === 'express-full')
    expect(fulls.at(-1)).toMatchObject({ status: 'failed', computer: AG_NODE_1 })
    // The next synchronization runs on the replica the rule chooses now: SQL-AG03, and protection is OK again.
    expect(lastFinished(state)).toMatchObject({
      type: 'synchronization',
      status: 'completed',
      computer: AG_NODE_3,
    })
    expect(activeAlerts(state)).toEqual([])
  })

  it('is one data source whatever copy it is protected again on (its retained replica re-associated)', () => {
    const { fake, state: created } = protectedOrders()
    let state = stopProtection(created, dsOf(created).id, 'retain', at('09:10'))
    fake.availability.failover(AG_ORDERS, 0, fake.recorder(at('09:10')))
    const primary = fake.availability.primaryCopyOf(ORDERS) as string
    expect(primary).toBe(agCopy(AG_NODE_2, 'OrdersDB'))
    state = protect(state, fake, [primary], at('09:11'), {}, 'Orders again')
    expect(Object.keys(state.dataSources)).toEqual([dsOf(created).id])
    state = advanceTo(state, fake, at('09:20'))
    // SQL-AG02 is the primary now: the secondary with the highest priority is SQL-AG01 (50).
    expect(lastFinished(state)).toMatchObject({
      type: 'consistency-check',
      status: 'completed',
      computer: AG_NODE_1,
    })
    expect(
      requestAdminJob(state, dsOf(state).id, 'express-full', at('09:20')).state.jobs.at(-1)?.computer,
    ).toBe(AG_CLUSTER)
  })
})
