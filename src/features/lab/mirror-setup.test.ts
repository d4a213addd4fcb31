import { describe, expect, it } from 'vitest'
import { WAREHOUSE_STD02 as STD02, WAREHOUSE_STD03 } from '../../agent-api/demo-estate'
import { checkMirrorSetup, mirrorCandidates } from './mirror-setup'

describe('the mirror set-up form', () => {
  // S4 and S8: WarehouseDB on SQL-STD02 mirrored onto SQL-STD03.
  it('accepts a database path and another instance', () => {
    expect(checkMirrorSetup(STD02, 'SQL-STD03\\MSSQLSERVER')).toEqual({})
  })

  it('says what is wrong next to each field', () => {
    expect(checkMirrorSetup('WarehouseDB', 'SQL-STD03')).toEqual({
      principal: 'Enter the principal database as COMPUTER\\INSTANCE\\DATABASE.',
      mirrorInstance: 'Enter the mirror instance as COMPUTER\\INSTANCE.',
    })
    expect(checkMirrorSetup(STD02, 'sql-std02\\mssqlserver').mirrorInstance).toBe(
      'The mirror must be on another instance than the principal.',
    )
  })

  it('refuses control and bidirectional characters in either field', () => {
    expect(checkMirrorSetup('SQL-STD02\\MSSQLSERVER\\Ware\u202EhouseDB', 'SQL-STD03\\MSSQL\tSERVER')).toEqual(
      {
        principal:
          'The principal database cannot contain control characters, line breaks or bidirectional text controls (found: U+202E).',
        mirrorInstance:
          'The mirror instance cannot contain control characters, line breaks or bidirectional text controls (found: U+0009).',
      },
    )
  })

  it('offers the other instances that hold a database of the same name', () => {
    const found = [STD02, WAREHOUSE_STD03, 'SQL-STD03\\MSSQLSERVER\\WarehouseDB_Old']
    expect(mirrorCandidates(STD02, found)).toEqual(['SQL-STD03\\MSSQLSERVER'])
  })
})
