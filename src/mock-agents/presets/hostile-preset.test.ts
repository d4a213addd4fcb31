import { describe, expect, it } from 'vitest'
import { databaseFacts, instanceFacts } from '../estate-facts'
import { hostileEstate } from './hostile-preset'

describe('the hostile preset', () => {
  const estate = hostileEstate()
  const databaseNames = [...estate.databases.values()].map((d) => d.name)
  const allNames = [
    ...[...estate.computers.values()].map((c) => c.name),
    ...[...estate.instances.values()].flatMap((i) => [i.host, i.name]),
    ...databaseNames,
  ]

  it('carries markup and script payloads, a 200-character name, RTL text, emoji and combining marks', () => {
    expect(allNames).toContain('<img src=x onerror=alert(1)>')
    expect(allNames).toContain('"><script>alert(1)</script>')
    expect(databaseNames.some((name) => name.length === 200)).toBe(true)
    expect(databaseNames.some((name) => /[\u0600-\u06ff]/.test(name))).toBe(true)
    expect(databaseNames.some((name) => /\p{Extended_Pictographic}/u.test(name))).toBe(true)
    expect(databaseNames.some((name) => /\p{M}/u.test(name))).toBe(true)
  })

  it('never puts a backslash inside a name, so every path splits back into its parts', () => {
    expect(allNames.filter((name) => name.includes('\\'))).toEqual([])
    for (const database of estate.databases.values()) {
      expect(database.path.split('\\')).toEqual([database.host, database.instance, database.name])
    }
  })

  it('mirrors a hostile database with a witness and reports facts for every instance', () => {
    const mirrored = [...estate.databases.values()]
      .map((d) => databaseFacts(estate, d))
      .filter((f) => f.mirroring)
    expect(mirrored.map((f) => f.mirroring?.role).sort()).toEqual(['MIRROR', 'PRINCIPAL'])
    expect(mirrored[0]?.mirroring?.witnessAddress).toMatch(
      /^TCP:\/\/<img src=x onerror=alert\(1\)>\.contoso\.local:5022$/,
    )
    for (const instance of estate.instances.values())
      expect(instanceFacts(estate, instance).databases.length).toBeGreaterThan(0)
  })
})
