import { describe, expect, it } from 'vitest'
import { HR_DB } from '../agent-api/demo-estate'
import {
  DEFAULT_POLICY,
  type DpmServerState,
  EMPTY_SERVER_STATE,
  type MemberSpec,
} from '../domain/protection/protection'
import { createProtectionGroup } from '../domain/protection/protection-groups'
import { type RecoveryPoint, RecoveryPoints } from '../domain/protection/recovery-points'
import { packServerState, SERVER_STATE_VERSION, unpackServerState } from './server-persistence'
import { readStoredServer } from './stored-state-reading'

const point = (dataSourceId: string, at: number, kind: RecoveryPoint['kind'], sizeMb: number) => ({
  dataSourceId,
  at,
  kind,
  sizeMb,
})

describe('packServerState', () => {
  const points: RecoveryPoint[] = [
    point('ds-1', 1_000_000, 'replica', 51200),
    point('ds-2', 1_000_000, 'synchronization', 3.5),
    point('ds-1', 1_900_000, 'synchronization', 12.25),
    point('ds-1', 2_800_000, 'express-full', 800),
  ]
  const state = { ...EMPTY_SERVER_STATE, recoveryPoints: RecoveryPoints.from(points) }

  it('round-trips every recovery point, a data source’s in time order', () => {
    const back = unpackServerState(JSON.parse(JSON.stringify(packServerState(state))))
    expect(back.recoveryPoints).toEqual(state.recoveryPoints)
    expect(back.recoveryPoints.of('ds-1').toArray()).toEqual([points[0], points[2], points[3]])
    expect(back.recoveryPoints.of('ds-2').toArray()).toEqual([points[1]])
    expect(back.groups).toEqual(state.groups)
  })

  it('stores times as deltas per data source and kinds as one letter each', () => {
    expect(packServerState(state).recoveryPoints['ds-1']).toEqual({
      kinds: 'rse',
      times: [1_000_000, 900_000, 900_000],
      sizes: [51200, 12.25, 800],
    })
  })

  it('reads the points of a state stored when they had ids, without them', () => {
    const stored = JSON.parse(JSON.stringify(packServerState(state)))
    stored.recoveryPoints['ds-1'].ids = { 2: 'custom-id' }
    expect(readStoredServer(stored, SERVER_STATE_VERSION).recoveryPoints).toEqual(
      unpackServerState(packServerState(state)).recoveryPoints,
    )
    const plain = { ...state, recoveryPoints: points.map((one) => ({ ...one, id: `old-${one.at}` })) }
    expect(readStoredServer(JSON.parse(JSON.stringify(plain)), 1).recoveryPoints).toEqual(
      state.recoveryPoints,
    )
  })

  it('keeps the replica each point of an availability group database came from, across failovers', () => {
    const ag = (at: number, replica: string): RecoveryPoint => ({
      ...point('ds-9', at, 'synchronization', 4),
      replica,
    })
    const agPoints = [
      point('ds-9', 500_000, 'replica', 100),
      ag(1_000_000, 'SQL-AG02\\MSSQLSERVER\\OrdersDB'),
      ag(1_900_000, 'SQL-AG03\\MSSQLSERVER\\OrdersDB'),
      ag(2_800_000, 'SQL-AG02\\MSSQLSERVER\\OrdersDB'),
    ]
    const packed = packServerState({ ...state, recoveryPoints: RecoveryPoints.from(agPoints) })
    expect(packed.recoveryPoints['ds-9']).toMatchObject({
      replicas: ['SQL-AG02\\MSSQLSERVER\\OrdersDB', 'SQL-AG03\\MSSQLSERVER\\OrdersDB'],
      replicaOf: [-1, 0, 1, 0],
    })
    expect(packServerState(state).recoveryPoints['ds-1']).not.toHaveProperty('replicas')
    const stored = JSON.parse(JSON.stringify(packed))
    expect(readStoredServer(stored, SERVER_STATE_VERSION).recoveryPoints.toArray()).toEqual(agPoints)
    stored.recoveryPoints['ds-9'].replicaOf.push(0)
    expect(() => readStoredServer(stored, SERVER_STATE_VERSION)).toThrow(/replicaOf must have one entry/)
  })

  it('is far smaller than plain JSON for a long synchronization history', () => {
    const many = Array.from({ length: 480 }, (_, i) =>
      point('ds-7', 1_767_600_000_000 + i * 900_000, 'synchronization', 4),
    )
    const plain = JSON.stringify({ ...state, recoveryPoints: many }).length
    const packed = JSON.stringify(
      packServerState({ ...state, recoveryPoints: RecoveryPoints.from(many) }),
    ).length
    expect(packed * 7).toBeLessThan(plain)
  })
})

describe('readStoredServer: versions and migrations', () => {
  const member: MemberSpec = {
    path: HR_DB,
    sizeMb: 2048,
    logSizeMb: 256,
    recoveryModel: 'FULL',
    readOnly: false,
  }
  const created = createProtectionGroup(
    EMPTY_SERVER_STATE,
    { name: 'HR', members: [member], policy: DEFAULT_POLICY, autoProtectInstances: [] },
    1_767_603_600_000,
  ).state
  const dsId = Object.keys(created.dataSources)[0] ?? ''
  const state: DpmServerState = {
    ...created,
    changeSeq: 7,
    recoveryPoints: RecoveryPoints.from([point(dsId, 1_767_603_700_000, 'replica', 2048)]),
  }
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value))

  it('migrates a version-0 state: plain recovery points, no id counter, no change feed position', () => {
    const { nextId: _nextId, changeSeq: _changeSeq, ...v0 } = state
    const back = readStoredServer(asJson(v0), 0)
    expect(back.recoveryPoints).toEqual(state.recoveryPoints)
    expect(back.groups).toEqual(state.groups)
    // The counter continues after the highest id in use (pg-1, ds-2), so new ids never collide.
    expect(back.nextId).toBe(state.nextId)
    expect(back.changeSeq).toBe(0)
  })

  it('reads version 1 with plain or packed recovery points, and version 2', () => {
    expect(readStoredServer(asJson(state), 1)).toEqual(state)
    expect(readStoredServer(asJson(packServerState(state)), 1)).toEqual(state)
    expect(readStoredServer(asJson(packServerState(state)), SERVER_STATE_VERSION)).toEqual(state)
  })

  it('keeps what it does not check, so a field added to the domain survives a reload', () => {
    const withExtra = { ...asJson(packServerState(state)), futureField: { kept: true } }
    expect(readStoredServer(withExtra, SERVER_STATE_VERSION)).toMatchObject({ futureField: { kept: true } })
  })

  it('refuses a version from the future and says where a damaged state is wrong', () => {
    expect(() => readStoredServer(asJson(packServerState(state)), 99)).toThrow(/version 99/)
    const damaged = asJson(packServerState(state))
    damaged.dataSources[dsId].replica = 'shiny'
    expect(() => readStoredServer(damaged, SERVER_STATE_VERSION)).toThrow(
      new RegExp(`^dataSources\\.${dsId}\\.replica: `),
    )
    const uneven = asJson(packServerState(state))
    uneven.recoveryPoints[dsId].sizes.push(5)
    expect(() => readStoredServer(uneven, SERVER_STATE_VERSION)).toThrow(/one entry per recovery point/)
  })
})
