import { describe, expect, it } from 'vitest'
import { AgentApiError } from '../../agent-api/client'
import { checkNewDatabase, refusalErrors } from './create-database'

describe('the Create a database form', () => {
  it('accepts an instance path and a database name', () => {
    expect(checkNewDatabase('SQL-STD01\\MSSQLSERVER', 'OrdersDB')).toEqual({})
  })

  it('says what is wrong with each field as typed', () => {
    expect(checkNewDatabase('SQL-STD01', ' Orders')).toEqual({
      instance: 'Enter the instance as COMPUTER\\INSTANCE.',
      name: 'A database name cannot begin or end with a space.',
    })
    expect(checkNewDatabase('SQL-STD01\\MSSQLSERVER', '').name).toBe('Enter a database name.')
    expect(checkNewDatabase('SQL-STD01\\MSSQLSERVER', 'a|b').name).toBe(
      'A database name cannot contain \\ / : * ? " < > |.',
    )
  })

  it('puts the lab refusal next to the field it is about', () => {
    const unknown = new AgentApiError(
      'agent',
      'There is no SQL Server instance X\\Y.',
      'InstanceNotFound',
      404,
    )
    const duplicate = new AgentApiError(
      'agent',
      'A database named HRDB already exists.',
      'DatabaseExists',
      409,
    )
    expect(refusalErrors(unknown)).toEqual({ instance: 'There is no SQL Server instance X\\Y.' })
    expect(refusalErrors(duplicate)).toEqual({ name: 'A database named HRDB already exists.' })
    expect(refusalErrors(new AgentApiError('transport', 'offline'))).toBeUndefined()
  })
})
