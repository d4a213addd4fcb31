import { describe, expect, it } from 'vitest'
import { computerFacts, databaseFacts } from '../estate-facts'
import { type Estate, findDatabase } from '../estate-model'
import { largeEstate } from './large-preset'

/** Everything an agent reports about the estate, in a comparable form. */
function fingerprint(estate: Estate): string {
  return JSON.stringify({
    computers: [...estate.computers.values()].map((c) => computerFacts(estate, c, 0)),
    clusters: [...estate.clusters.values()],
    databases: [...estate.databases.values()].map((d) => databaseFacts(estate, d)),
  })
}

describe('the large preset', () => {
  const estate = largeEstate()

  it('has the requested counts by default: 2,000 computers, 40,000 databases, 2,000 sessions', () => {
    expect(estate.computers.size).toBe(2000)
    expect(estate.databases.size).toBe(40_000)
    expect(estate.sessions.size).toBe(2000)
    expect(estate.preset).toBe('large')
  })

  it('names computers SQL-L0001..., leaves about 5 % without an agent, and has a handful of clusters', () => {
    const names = [...estate.computers.keys()]
    expect(estate.computers.get('sql-l0001')?.name).toBe('SQL-L0001')
    expect(names.every((name) => /^sql-l\d{4}$/.test(name))).toBe(true)
    const withoutAgent = [...estate.computers.values()].filter((c) => !c.agentVersion).length
    expect(withoutAgent / 2000).toBeGreaterThan(0.03)
    expect(withoutAgent / 2000).toBeLessThan(0.07)
    const fciClusters = [...estate.clusters.values()].filter((c) => c.virtualServers.length > 0)
    expect(fciClusters).toHaveLength(5)
    for (const cluster of fciClusters) {
      expect(cluster.nodes).toHaveLength(2)
      expect(estate.instancesByHost.get(cluster.virtualServers[0]?.toLowerCase() ?? '')).toHaveLength(1)
    }
  })

  it('mirrors between instances on different computers, mirror copies RESTORING', () => {
    for (const session of estate.sessions.values()) {
      expect(session.principal.split('\\')[0]).not.toBe(session.mirror.split('\\')[0])
      const mirrorCopy = findDatabase(estate, `${session.mirror}\\${session.database}`)
      if (!mirrorCopy) throw new Error(`no mirror copy for ${session.id}`)
      expect(databaseFacts(estate, mirrorCopy)).toMatchObject({
        state: 'RESTORING',
        mirroring: { role: 'MIRROR', sessionId: session.id },
      })
    }
  })

  it('is deterministic: the same seed gives the same estate, another seed another one', () => {
    const small = { computers: 50, databases: 600, sessions: 40, seed: 7 }
    expect(fingerprint(largeEstate(small))).toBe(fingerprint(largeEstate(small)))
    expect(fingerprint(largeEstate({ ...small, seed: 8 }))).not.toBe(fingerprint(largeEstate(small)))
  })

  it('with recovery "full": every database FULL and writable, the rest of the estate unchanged', () => {
    const small = { computers: 50, databases: 600, sessions: 40, seed: 7 }
    const facts = (estate: Estate) => [...estate.databases.values()].map((d) => databaseFacts(estate, d))
    const full = facts(largeEstate({ ...small, recovery: 'full' }))
    const mixed = facts(largeEstate(small))
    expect(new Set(mixed.map((db) => db.recoveryModel))).toEqual(new Set(['SIMPLE', 'BULK_LOGGED', 'FULL']))
    expect(full.every((db) => db.recoveryModel === 'FULL' && !db.readOnly)).toBe(true)
    const withoutModel = ({ recoveryModel, readOnly, ...rest }: (typeof full)[number]) => rest
    expect(full.map(withoutModel)).toEqual(mixed.map(withoutModel))
    expect(fingerprint(largeEstate({ ...small, recovery: 'mixed' }))).toBe(fingerprint(largeEstate(small)))
  })

  it('honours small and edge-case parameters', () => {
    const small = largeEstate({ computers: 10, databases: 25, sessions: 3, seed: 2 })
    expect([small.computers.size, small.databases.size, small.sessions.size]).toEqual([10, 25, 3])
    expect(small.clusters.size).toBe(0)
    // More sessions than the databases allow: capped at half of them.
    const capped = largeEstate({ computers: 10, databases: 5, sessions: 100, seed: 2 })
    expect([capped.databases.size, capped.sessions.size]).toEqual([5, 2])
    // One computer cannot mirror (never on the same computer here).
    const single = largeEstate({ computers: 1, databases: 4, sessions: 2, seed: 1 })
    expect([single.databases.size, single.sessions.size]).toEqual([4, 0])
  })

  it('has one availability group per failover cluster instance: three replicas, two databases, the counts kept', () => {
    const groups = [...estate.availabilityGroups.values()]
    expect(groups.map((g) => g.name)).toEqual(['AG-L01', 'AG-L02', 'AG-L03', 'AG-L04', 'AG-L05'])
    for (const group of groups) {
      const cluster = estate.clusters.get(group.cluster.toLowerCase())
      expect(cluster?.nodes).toEqual(group.replicas.map((r) => r.computer))
      expect(cluster?.virtualServers).toEqual([])
      for (const name of group.databases) {
        for (const replica of group.replicas) {
          const copy = findDatabase(estate, `${replica.instance}\\${name}`)
          if (!copy) throw new Error(`no copy of ${name} on ${replica.instance}`)
          expect(databaseFacts(estate, copy).availabilityGroup?.name).toBe(group.name)
        }
      }
    }
    expect(estate.groupByDatabase.size).toBe(5 * 3 * 2)
  })

  it('a version-1 estate (no availability groups) keeps every database the version-2 one generates before them', () => {
    const small = { computers: 800, databases: 3000, sessions: 100, seed: 3 }
    const v1 = largeEstate(small, { availabilityGroups: false })
    const v2 = largeEstate(small)
    expect(v1.availabilityGroups.size).toBe(0)
    expect(v2.availabilityGroups.size).toBe(2)
    expect(v2.databases.size).toBe(v1.databases.size)
    const v2Plain = [...v2.databases.keys()].filter((path) => !v2.groupByDatabase.has(path))
    expect(v2Plain.every((path) => v1.databases.has(path))).toBe(true)
  })
})
