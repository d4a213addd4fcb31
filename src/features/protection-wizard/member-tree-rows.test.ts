import { describe, expect, it } from 'vitest'
import type { ComputerFacts } from '../../domain/estate'
import { indexEstate } from '../../domain/protectability'
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

  it('sorts thousands of servers in well under a frame budget (one collator, not one per comparison)', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `SQL-L${String((i * 7919) % 2000).padStart(4, '0')}`)
    const inventory = { computers: names.map((name) => computer(name)), clusters: [] }
    const estate = indexEstate(inventory)
    const started = performance.now()
    const servers = listedServers(inventory, estate)
    expect(performance.now() - started).toBeLessThan(50)
    expect(servers[0]?.name).toBe('SQL-L0000')
    expect(servers.at(-1)?.name).toBe('SQL-L1999')
  })
})
