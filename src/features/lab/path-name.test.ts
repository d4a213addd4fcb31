import { describe, expect, it } from 'vitest'
import { pathSegments } from './path-name'

describe('pathSegments', () => {
  it('cuts a path after each separator only, keeping every character', () => {
    expect(pathSegments('SQL-MIR01\\MSSQLSERVER')).toEqual(['SQL-MIR01\\', 'MSSQLSERVER'])
    expect(pathSegments('SQLCLU01\\SQLFCI\\ClaimsDB').join('')).toBe('SQLCLU01\\SQLFCI\\ClaimsDB')
    expect(pathSegments('SQL-WIT01')).toEqual(['SQL-WIT01'])
  })
})
