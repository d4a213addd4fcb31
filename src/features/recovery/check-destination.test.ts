import { describe, expect, it } from 'vitest'
import { locationErrorsAfter } from './check-destination'

const before = { instance: 'SQL-NOAGENT01\\MSSQLSERVER', databaseName: 'HRDB_Copy', folder: '' }

describe('locationErrorsAfter: the agents’ answers to Next stay beside their field', () => {
  it('keeps the instance’s error while only the database name changes', () => {
    const errors = { instance: 'The protection agent is not installed on SQL-NOAGENT01.' }
    expect(locationErrorsAfter(errors, before, { databaseName: 'HRDB_Other' })).toEqual({
      instance: errors.instance,
      agent: undefined,
      databaseName: undefined,
    })
  })

  it('takes the error away once its own field changes', () => {
    const errors = { databaseName: 'A database named "HRDB_Copy" already exists.' }
    expect(locationErrorsAfter(errors, before, { databaseName: 'HRDB_Other' }).databaseName).toBeUndefined()
  })

  it('keeps everything when a field is set to the value it had, or another choice changes', () => {
    const errors = { instance: 'There is no SQL Server instance SQL-NOAGENT01\\MSSQLSERVER.' }
    expect(locationErrorsAfter(errors, before, { instance: before.instance })).toBe(errors)
    expect(locationErrorsAfter(errors, before, {})).toBe(errors)
  })

  it('drops the agents’ failure (shown with Retry) on any change of a field', () => {
    const errors = { agent: 'The protection agents could not be asked: timeout' }
    expect(locationErrorsAfter(errors, before, { folder: '\\\\SQL-MIR01\\Recovery' }).agent).toBeUndefined()
  })
})
