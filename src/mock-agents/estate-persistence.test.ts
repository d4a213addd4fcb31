// @vitest-environment jsdom
// The estate across a page reload: stored as preset + parameters + operation log in the world record, replayed
// on load; an unreadable stored value starts the default preset with a notice and is kept aside.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { HR_DB } from '../agent-api/demo-estate'
import { databaseFacts } from './estate-facts'
import type { Estate } from './estate-model'
import { defaultEstate } from './presets/default-preset'

type Store = typeof import('./estate-store')

const UNREADABLE_ESTATE_KEY = 'dpm-console:estate:unreadable'
const storedEstate = () => JSON.parse(localStorage.getItem('dpm-console:world') ?? '{}').estate

/** A fresh copy of the store module, as a reload of the page gets (what the page wrote is out first). */
async function reload(): Promise<Store> {
  ;(await import('../browser-storage/world-record')).flushWorld()
  vi.resetModules()
  return import('./estate-store')
}

function fingerprint(estate: Estate): string {
  return JSON.stringify({
    databases: [...estate.databases.values()].map((d) => databaseFacts(estate, d)),
    computers: [...estate.computers.values()],
    sessions: [...estate.sessions.values()],
    faults: estate.faults,
    changes: estate.changes,
  })
}

beforeEach(() => localStorage.clear())

describe('persistence in the browser', () => {
  it('starts from the default preset when nothing is stored', async () => {
    const store = await reload()
    expect(store.currentEstate().preset).toBe('default')
    expect(store.takeStartupNotices()).toEqual([])
  })

  it('replays the preset and the operation log after a reload, change seqs included', async () => {
    const store = await reload()
    store.resetEstate('large', { computers: 40, databases: 400, sessions: 30, seed: 5 })
    const session = [...store.currentEstate().sessions.values()][0]
    if (!session) throw new Error('the large preset has sessions')
    store.performOperation({ kind: 'principal-fails', db: `${session.principal}\\${session.database}` })
    store.performOperation({ kind: 'install-agents', computers: ['SQL-L0001'] })
    store.performOperation({ kind: 'faults', faults: { latencyMs: 5, unreachable: ['SQL-L0002'] } })
    store.performOperation({ kind: 'create-database', instance: 'SQL-L0003\\MSSQLSERVER', name: 'NewDB' })
    const before = fingerprint(store.currentEstate())
    expect(before).toContain('SQL-L0003\\\\MSSQLSERVER\\\\NewDB')

    const reloaded = await reload()
    expect(fingerprint(reloaded.currentEstate())).toBe(before)
    expect(reloaded.currentEstate().faults).toEqual({
      latencyMs: 5,
      errorRate: 0,
      unreachable: ['SQL-L0002'],
    })
    expect(reloaded.takeStartupNotices()).toEqual([])
  })

  it('stores a recipe, not a snapshot, and never logs a refused operation', async () => {
    const store = await reload()
    store.resetEstate('large')
    expect(() =>
      store.performOperation({ kind: 'failover', db: 'SQL-L0001\\MSSQLSERVER\\NoSuchDB' }),
    ).toThrow('NoSuchDB')
    ;(await import('../browser-storage/world-record')).flushWorld()
    expect(JSON.stringify(storedEstate()).length).toBeLessThan(500)
    expect(storedEstate()).toMatchObject({
      version: 2,
      preset: 'large',
      params: { computers: 2000, databases: 40_000, sessions: 2000, seed: 1 },
      log: [],
    })
  })
})

describe('a version-1 estate (before availability groups)', () => {
  const v1 = (preset: 'default' | 'large') => ({
    version: 1,
    preset,
    ...(preset === 'large' ? { params: { computers: 800, databases: 3000, sessions: 100, seed: 3 } } : {}),
    firstSeq: 1,
    startedAt: 0,
    log: [],
  })

  it('rebuilds its large preset without groups, as it was generated, and keeps its version', async () => {
    localStorage.setItem('dpm-console:world', JSON.stringify({ version: 1, estate: v1('large') }))
    const store = await reload()
    expect(store.takeStartupNotices()).toEqual([])
    expect(store.currentEstate().availabilityGroups.size).toBe(0)
    expect(store.currentEstate().databases.size).toBe(3000)
    expect(store.currentRecord().version).toBe(1)
  })

  it("gains the default preset's groups, which are on computers of their own", async () => {
    localStorage.setItem('dpm-console:world', JSON.stringify({ version: 1, estate: v1('default') }))
    const store = await reload()
    expect([...store.currentEstate().availabilityGroups.values()].map((g) => g.name)).toEqual([
      'AG-Orders',
      'AG-Legacy',
    ])
  })
})

describe('an unreadable stored estate', () => {
  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['JSON of another shape', JSON.stringify({ version: 2, preset: 'default' })],
    [
      'a log that no longer replays',
      JSON.stringify({
        version: 1,
        preset: 'default',
        firstSeq: 1,
        startedAt: 0,
        log: [{ at: 0, operation: { kind: 'failover', db: HR_DB } }],
      }),
    ],
  ])('%s: starts from the default preset, says so once, and keeps the text aside', async (_, raw) => {
    // Stored by a console before the world record (one key per part), so text that is not JSON can be there.
    localStorage.setItem('dpm-console:estate', raw)
    const store = await reload()
    expect(store.currentEstate().preset).toBe('default')
    expect(store.currentEstate().databases.size).toBe(defaultEstate().databases.size)
    const notices = store.takeStartupNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('could not be read')
    expect(notices[0]).toContain(UNREADABLE_ESTATE_KEY)
    expect(store.takeStartupNotices()).toEqual([])
    const copies = JSON.parse(localStorage.getItem(UNREADABLE_ESTATE_KEY) ?? '[]')
    expect(copies.map((copy: { text: string }) => copy.text)).toEqual([raw])
    // The readable replacement is stored, so the next reload is quiet.
    expect((await reload()).takeStartupNotices()).toEqual([])
  })

  it('names the operation that no longer applies', async () => {
    const estate = {
      version: 1,
      preset: 'default',
      firstSeq: 1,
      startedAt: 0,
      log: [{ at: 0, operation: { kind: 'break', db: HR_DB } }],
    }
    localStorage.setItem('dpm-console:world', JSON.stringify({ version: 1, estate }))
    expect((await reload()).takeStartupNotices()[0]).toMatch(/operation 1 \(break\) no longer applies.*HRDB/)
  })
})
