// A DBA creates a database on an instance (CREATE DATABASE): an empty ONLINE database in the FULL recovery
// model, so that it can be mirrored next. DPM sees it through the change log and its daily auto protection.
import type { EstateChange } from '../agent-api/schemas'
import { joinPath } from '../domain/estate/estate'
import { validateDatabaseName } from '../domain/recovery/recovery'
import { recordChange } from './change-log'
import { addDatabase, type Estate, findDatabase, requireInstance } from './estate-model'
import { badRequest, LabError } from './lab-error'

/** A new, nearly empty database: SQL Server's model database with room to grow. */
export const NEW_DATABASE_SIZE_MB = 1024
export const NEW_DATABASE_LOG_SIZE_MB = 256

export function createDatabase(estate: Estate, instancePath: string, name: string, at: number): EstateChange {
  const problem = validateDatabaseName(name)
  if (problem) throw badRequest(`"${name}" is not a valid database name. ${problem}`)
  const instance = requireInstance(estate, instancePath)
  const existing = findDatabase(estate, joinPath(instance.path, name))
  if (existing) {
    throw new LabError(
      'DatabaseExists',
      `A database named ${existing.name} already exists on ${instance.path}.`,
    )
  }
  const database = addDatabase(estate, instance.path, {
    name,
    sizeMb: NEW_DATABASE_SIZE_MB,
    logSizeMb: NEW_DATABASE_LOG_SIZE_MB,
    recoveryModel: 'FULL',
  })
  return recordChange(estate, {
    at,
    kind: 'database-created',
    summary: `${database.path} was created.`,
    databases: [database.path],
    computers: [instance.host],
  })
}
