import { describe, expect, it, vi } from 'vitest'
import type { ComputerFacts } from '../../domain/estate/estate'
import { indexEstate } from '../../domain/protection/protectability'
import { listedServers } from './member-tree-rows'

const computer = (name: string, agent: 'OK' | 'NotInstalled' = 'OK'): ComputerFacts => ({
  name,
  domain: 'contoso.local',
  addresses: [],
  agent: { status: agent },
})

describe('listedServers', () => {
  it('sorts servers by name ignoring case, and leaves out computers without an agent (31006)', () => {
    const inventory = {
      computers: [
        computer('SQL-C'),
        computer('sql-b'),
        computer('SQL-A'),
        computer('SQL-NOAGENT', 'NotInstalled'),
      ],
      clusters: [],
    }
    expect(listedServers(inventory, indexEstate(inventory)).map((server) => server.name)).toEqual([
      'SQL-A',
      'sql-b',
      'SQL-C',
    ])
  })

  it('sorts thousands of servers with one collator, never one per comparison', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `SQL-L${String((i * 7919) % 2000).padStart(4, '0')}`)
    const inventory = { computers: names.map((name) => computer(name)), clusters: [] }
    const estate = indexEstate(inventory)
    // localeCompare with a locale and options, or a collator made in the comparison, builds one per call
    // (about 100 ms for 2,000 servers; the benchmark's first tree at the large preset times it).
    const { Collator } = Intl
    // biome-ignore lint/complexity/useArrowFunction: the spy is called with new, which an arrow cannot be.
    const collators = vi.spyOn(Intl, 'Collator').mockImplementation(function (...args) {
      return new Collator(...args)
    })
    const localeCompares = vi.spyOn(String.prototype, 'localeCompare')
    const servers = listedServers(inventory, estate)
    expect(collators).not.toHaveBeenCalled()
    expect(localeCompares).not.toHaveBeenCalled()
    expect(servers[0]?.name).toBe('SQL-L0000')
    expect(servers.at(-1)?.name).toBe('SQL-L1999')
  })
})
