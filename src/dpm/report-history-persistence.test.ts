// The Reporting tab's history survives a reload: packed, stored as JSON, read back and checked.
import { expect, it } from 'vitest'
import { SALES_DB } from '../agent-api/demo-estate'
import { advanceTo, FakeEstate, protect } from '../domain/engine/engine-test-support'
import { EMPTY_SERVER_STATE } from '../domain/protection/protection'
import { DAY_MS } from '../domain/world/time'
import { packServerState, SERVER_STATE_VERSION } from './server-persistence'
import { readStoredServer } from './stored-state-reading'

it('round-trips the report history (per-day activity, disk snapshots, stoppages) and reads state without it', () => {
  const sales = SALES_DB
  const start = Date.parse('2026-01-05T09:00:00Z')
  const fake = new FakeEstate().add(sales)
  fake.establish(sales, 'SQL-MIR01\\MSSQLSERVER', start - DAY_MS)
  let state = protect(EMPTY_SERVER_STATE, fake, [sales], start, { retentionDays: 1 })
  state = advanceTo(state, fake, start + DAY_MS)
  fake.principalFails(sales, start + DAY_MS)
  for (let day = 2; day <= 10; day++) state = advanceTo(state, fake, start + day * DAY_MS)
  const history = state.reportHistory
  expect(Object.keys(history?.days ?? {}).length).toBeGreaterThan(0)
  expect(history?.disk.length).toBeGreaterThan(0)
  expect(history?.stoppages.length).toBeGreaterThan(0)

  const stored = JSON.parse(JSON.stringify(packServerState(state)))
  expect(readStoredServer(stored, SERVER_STATE_VERSION).reportHistory).toEqual(history)
  const { reportHistory: _none, ...older } = stored
  expect(readStoredServer(older, SERVER_STATE_VERSION).reportHistory).toBeUndefined()
})
