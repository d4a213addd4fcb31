// The stored state's schema is written with zod/mini, which sets no messages of its own: a damaged value must
// still be described in zod's English words, before the classic API (which sets them) is ever loaded.
import { expect, it } from 'vitest'
import { HR_DB } from '../agent-api/demo-estate'
import { describeIssue } from './describe-issue'
import { packedServerStateSchema } from './server-state-schema'

const empty = {
  groups: {},
  dataSources: {},
  recoveryPoints: {},
  jobs: [],
  alerts: [],
  nextId: 1,
  changeSeq: 0,
}

it('says in English where a damaged stored state is wrong and what was expected', () => {
  const reason = (value: unknown) => {
    const parsed = packedServerStateSchema.safeParse(value)
    return parsed.success ? 'accepted' : describeIssue(parsed.error)
  }
  expect(reason(empty)).toBe('accepted')
  expect(reason({ ...empty, nextId: 0 })).toBe('nextId: Too small: expected number to be >=1')
  expect(reason({ ...empty, jobs: {} })).toBe('jobs: Invalid input: expected array, received object')
  expect(reason({ ...empty, recoveryPoints: { 'ds-1': { kinds: 'x', times: [1], sizes: [1] } } })).toBe(
    'recoveryPoints.ds-1.kinds: expected one letter per recovery point: e, s or r',
  )
})

it('reads the condition "cc-required" of earlier versions as OK: the inconsistent replica says it all now', () => {
  const ds = {
    id: 'ds-1',
    path: HR_DB,
    groupId: 'pg-1',
    protectedAt: 1,
    sizeMb: 10,
    logSizeMb: 1,
    recoveryModel: 'FULL',
    readOnly: false,
    replica: 'inconsistent',
    condition: { kind: 'cc-required' },
  }
  const parsed = packedServerStateSchema.parse({ ...empty, dataSources: { 'ds-1': ds } })
  expect(parsed.dataSources['ds-1']).toMatchObject({ replica: 'inconsistent', condition: { kind: 'ok' } })
})
