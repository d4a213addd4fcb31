import { expect, it } from 'vitest'
import { splitDatabasePath } from '../estate/estate'
import { computerOf } from './job-rows'

it('reads the computer of a path as splitDatabasePath does', () => {
  for (const path of [
    'SQL01\\MSSQLSERVER\\SalesDB',
    'SQL01\\INST\\Db\\With\\Slashes',
    'SQL01',
    '',
    '\\I\\D',
  ]) {
    expect(computerOf(path)).toBe(splitDatabasePath(path).computer)
  }
})
