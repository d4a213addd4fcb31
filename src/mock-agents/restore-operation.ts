// Recovering a database to an instance (DPM's Recovery wizard): creates or replaces the database, left
// operational (ONLINE) or not (RESTORING, able to restore more logs).
import type { EstateChange, RestoreRequest } from '../agent-api/schemas'
import { joinPath } from '../domain/estate/estate'
import { groupOfDatabase } from './availability-groups'
import { recordChange } from './change-log'
import { requireAgent } from './estate-facts'
import {
  addDatabase,
  type Estate,
  type EstateDatabase,
  findDatabase,
  requireInstance,
  sessionOfDatabase,
} from './estate-model'
import { badRequest, LabError } from './lab-error'

/** About 150 MB/s plus a minute of setup and recovery, so a demo shows believable numbers. */
export function restoreDurationSec(sizeMb: number): number {
  return Math.round(60 + sizeMb / 150)
}

export function restoreDatabase(
  estate: Estate,
  request: RestoreRequest,
  at: number,
): { database: EstateDatabase; change: EstateChange } {
  const name = request.databaseName.trim()
  if (name === '' || name.includes('\\')) {
    throw badRequest(
      `"${request.databaseName}" is not a valid database name: it must not be empty or hold "\\".`,
    )
  }
  const instance = requireInstance(estate, request.targetInstance)
  requireAgent(estate, instance.host)
  const existing = findDatabase(estate, joinPath(instance.path, name))
  if (existing && !request.overwrite) {
    throw new LabError(
      'DatabaseExists',
      `A database named ${existing.name} already exists on ${instance.path}. Recover it under another name or to another instance (ID: 30205).`,
    )
  }
  // S9: a mirrored database is never overwritten in place; recover to any SQL instance instead.
  if (existing && sessionOfDatabase(estate, existing.path)) {
    throw new LabError(
      'MirroringSessionExists',
      `The recovery of ${existing.path} failed because a mirroring session exists for this database. Remove mirroring or recover to another location (ID: 30223).`,
    )
  }
  // A database of an availability group is not restored over either: it must leave the group first.
  const group = existing ? groupOfDatabase(estate, existing.path) : undefined
  if (existing && group) {
    throw new LabError(
      'InAvailabilityGroup',
      `The recovery of ${existing.path} failed because the database is in availability group ${group.name}. Remove it from the group or recover to another location.`,
    )
  }
  const source = findDatabase(estate, request.sourcePath)
  const state = request.state === 'operational' ? 'ONLINE' : 'RESTORING'
  const logSizeMb = existing?.logSizeMb ?? source?.logSizeMb ?? Math.max(1, Math.round(request.sizeMb / 10))
  const database =
    existing ??
    addDatabase(estate, instance.path, {
      name,
      sizeMb: request.sizeMb,
      logSizeMb,
      recoveryModel: source?.recoveryModel ?? 'FULL',
    })
  Object.assign(database, { state, sizeMb: request.sizeMb, logSizeMb, readOnly: false })
  const change = recordChange(estate, {
    at,
    kind: 'database-restored',
    summary: `${request.sourcePath} recovered to ${database.path} (${request.state}).`,
    databases: [database.path],
    computers: [instance.host],
  })
  return { database, change }
}
