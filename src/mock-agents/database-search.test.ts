import { describe, expect, it } from 'vitest'
import { searchDatabases } from './database-search'
import { addComputer, addDatabase, addInstance, createEstate, type Estate } from './estate-model'

/** Instances added out of path order, with names that order differently with and without a separator. */
function estate(): Estate {
  const estate = createEstate('empty')
  addComputer(estate, 'SQL-B', { addresses: ['10.0.0.2'], agent: true })
  addComputer(estate, 'sql-a', { addresses: ['10.0.0.1'], agent: true })
  addComputer(estate, 'SQL-C', { addresses: ['10.0.0.3'], agent: false })
  for (const [instance, databases] of [
    ['SQL-B\\MSSQLSERVER', ['Sales', 'ARCHIVE']],
    ['sql-a\\INST', ['salesHistory', 'Payroll']],
    ['SQL-B\\INST', ['Sales']],
    ['sql-a\\INST-1', ['Sales']],
    ['SQL-C\\MSSQLSERVER', ['Sales']],
  ] as const) {
    const [host, name] = instance.split('\\') as [string, string]
    addInstance(estate, host, name)
    for (const database of databases)
      addDatabase(estate, instance, { name: database, sizeMb: 1, logSizeMb: 1 })
  }
  return estate
}

const paths = (result: ReturnType<typeof searchDatabases>) => result.databases.map((d) => d.path)

describe('searchDatabases', () => {
  it('lists the matching databases in path order whatever the case, as their full paths sort', () => {
    // `sql-a\inst-1\` before `sql-a\inst\`, as `SQL-A\INST-1\Sales` sorts before `SQL-A\INST\...`.
    expect(paths(searchDatabases(estate(), 'SALES', 500))).toEqual([
      'sql-a\\INST-1\\Sales',
      'sql-a\\INST\\salesHistory',
      'SQL-B\\INST\\Sales',
      'SQL-B\\MSSQLSERVER\\Sales',
    ])
  })

  it('matches every database of an instance whose computer or instance name matches', () => {
    expect(paths(searchDatabases(estate(), 'mssqlserver', 500))).toEqual([
      'SQL-B\\MSSQLSERVER\\ARCHIVE',
      'SQL-B\\MSSQLSERVER\\Sales',
    ])
    expect(paths(searchDatabases(estate(), 'sql-a', 500))).toEqual([
      'sql-a\\INST-1\\Sales',
      'sql-a\\INST\\Payroll',
      'sql-a\\INST\\salesHistory',
    ])
    expect(searchDatabases(estate(), 'nothing', 500)).toEqual({ databases: [], truncated: false })
  })

  it('stops at the limit, and says it cut the list only when more would have been found', () => {
    expect(searchDatabases(estate(), 'sales', 2)).toMatchObject({ truncated: true })
    expect(paths(searchDatabases(estate(), 'sales', 2))).toEqual([
      'sql-a\\INST-1\\Sales',
      'sql-a\\INST\\salesHistory',
    ])
    // SQL-C has no agent: its copy is not found, so four answers fill a limit of four.
    expect(searchDatabases(estate(), 'sales', 4)).toMatchObject({ truncated: false })
  })

  it('starts a page after the path it is given, whatever its case', () => {
    expect(paths(searchDatabases(estate(), 'sales', 2, 'SQL-A\\inst\\SALESHISTORY'))).toEqual([
      'SQL-B\\INST\\Sales',
      'SQL-B\\MSSQLSERVER\\Sales',
    ])
    expect(paths(searchDatabases(estate(), 'sales', 1, 'sql-a\\INST-1\\Sales'))).toEqual([
      'sql-a\\INST\\salesHistory',
    ])
    // A path that is not a database's: the page starts at the next one in order.
    expect(paths(searchDatabases(estate(), '', 500, 'sql-b\\inst\\a'))).toEqual([
      'SQL-B\\INST\\Sales',
      'SQL-B\\MSSQLSERVER\\ARCHIVE',
      'SQL-B\\MSSQLSERVER\\Sales',
    ])
    expect(searchDatabases(estate(), '', 500, 'zzz')).toEqual({ databases: [], truncated: false })
  })
})
