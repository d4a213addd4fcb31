// Copy to a network folder (DPM's Recovery Wizard): the agent on the folder's computer writes the database's
// files into the folder (design: DATABASE.mdf with the data, DATABASE_log.ldf with the log), replacing files of
// the same name. The files stay there, listed by the lab.
import type { EstateChange, FolderCopyRequest, FolderFile } from '../agent-api/schemas'
import { splitDatabasePath } from '../domain/estate/estate'
import { NETWORK_COPY_MBPS, parseNetworkFolder } from '../domain/recovery/recovery'
import { recordChange } from './change-log'
import { requireAgent } from './estate-facts'
import { type Estate, key } from './estate-model'
import { canonicalHost } from './fault-operations'
import { badRequest } from './lab-error'

/** At the network copy's rate, at least a second. */
export const folderCopyDurationSec = (sizeMb: number) =>
  Math.max(1, Math.ceil((sizeMb * 8) / NETWORK_COPY_MBPS))

/** The files a copy writes: refused (nothing written) when the folder or its computer's agent cannot take them. */
export function folderCopyFiles(estate: Estate, request: FolderCopyRequest, at: number): FolderFile[] {
  const parsed = parseNetworkFolder(request.folder)
  if ('error' in parsed) throw badRequest(parsed.error)
  const computer = canonicalHost(estate, parsed.folder.server)
  requireAgent(estate, computer)
  const { database } = splitDatabasePath(request.sourcePath)
  if (!database) throw badRequest(`"${request.sourcePath}" is not a database path.`)
  const folder = `\\\\${[computer, parsed.folder.share, ...parsed.folder.folders].join('\\')}`
  return [
    { name: `${database}.mdf`, sizeMb: request.dataSizeMb },
    { name: `${database}_log.ldf`, sizeMb: request.logSizeMb },
  ].map(({ name, sizeMb }) => ({
    computer,
    path: `${folder}\\${name}`,
    sizeMb,
    writtenAt: at,
    sourcePath: request.sourcePath,
  }))
}

export function copyToFolder(estate: Estate, request: FolderCopyRequest, at: number): EstateChange {
  const written = folderCopyFiles(estate, request, at)
  const computer = written[0]?.computer ?? ''
  const replaced = new Set(written.map((file) => key(file.path)))
  const kept = (estate.folderFiles.get(key(computer)) ?? []).filter((file) => !replaced.has(key(file.path)))
  estate.folderFiles.set(key(computer), [...kept, ...written])
  return recordChange(estate, {
    at,
    kind: 'folder-copy',
    summary: `${request.sourcePath} copied to ${written.map((file) => file.path).join(' and ')}.`,
    computers: [computer],
  })
}

/** The files in network folders of one computer (or virtual server), or of every one. */
export function folderFiles(estate: Estate, computer?: string): FolderFile[] {
  if (computer !== undefined) return estate.folderFiles.get(key(canonicalHost(estate, computer))) ?? []
  return [...estate.folderFiles.values()].flat()
}
