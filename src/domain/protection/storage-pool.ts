// Management > Disks: the disks of DPM's storage pool and what uses them. Each data source has a replica
// volume and a recovery point volume (disk-sizing's volumesMbOf: together, what its allocation provisioned),
// active and retained (Inactive protection) data sources alike. A volume goes on the first disk, in the
// order the disks were added, with room for all of it, and spans the disks in that order when none has;
// what no disk has room for is left over (the wizard's Underprovisioned Space).

import { INACTIVE_PROTECTION } from '../reports/reports-disk'
import { poolDisksOf, volumesMbOf } from './disk-sizing'
import type { DataSource, DpmServerState, StorageDisk } from './protection'

export type VolumeKind = 'replica' | 'recovery-point'

export const VOLUME_LABELS: Record<VolumeKind, string> = {
  replica: 'Replica volume',
  'recovery-point': 'Recovery point volume',
}

/** A volume of a data source, or the part of it on one disk when it spans disks. */
export interface VolumeOnDisk {
  dataSourceId: string
  path: string
  /** The protection group, or Inactive protection for a retained replica. */
  groupName: string
  kind: VolumeKind
  mb: number
}

export interface DiskUse {
  disk: StorageDisk
  usedMb: number
  freeMb: number
  volumes: VolumeOnDisk[]
}

export interface PoolUse {
  disks: DiskUse[]
  /** What no disk has room for. */
  unplacedMb: number
}

const byProtection = (a: DataSource, b: DataSource) =>
  a.protectedAt - b.protectedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function poolUse(state: Pick<DpmServerState, 'groups' | 'dataSources' | 'disks'>): PoolUse {
  const disks: DiskUse[] = poolDisksOf(state).map((disk) => ({
    disk,
    usedMb: 0,
    freeMb: disk.sizeMb,
    volumes: [],
  }))
  let unplacedMb = 0
  const place = (volume: Omit<VolumeOnDisk, 'mb'>, mb: number) => {
    const whole = disks.find((use) => use.freeMb >= mb)
    let left = mb
    for (const use of whole ? [whole] : disks) {
      const part = Math.min(left, use.freeMb)
      if (part <= 0) continue
      use.volumes.push({ ...volume, mb: part })
      use.usedMb += part
      use.freeMb -= part
      left -= part
      if (left <= 0) break
    }
    unplacedMb += left
  }
  for (const ds of Object.values(state.dataSources).sort(byProtection)) {
    const groupName =
      ds.groupId === undefined ? INACTIVE_PROTECTION : (state.groups[ds.groupId]?.name ?? INACTIVE_PROTECTION)
    const { replicaMb, recoveryPointMb } = volumesMbOf(state, ds)
    const volume = { dataSourceId: ds.id, path: ds.path, groupName }
    place({ ...volume, kind: 'replica' }, replicaMb)
    place({ ...volume, kind: 'recovery-point' }, recoveryPointMb)
  }
  return { disks, unplacedMb }
}

/**
 * Adds disks the last rescan found to the storage pool (Add Disks to Storage Pool). A disk already in the pool
 * is refused with the reason, and nothing changes.
 */
export function addDisksToPool(state: DpmServerState, added: readonly StorageDisk[]): DpmServerState {
  const pool = poolDisksOf(state)
  const inPool = new Set(pool.map((disk) => disk.name.toLowerCase()))
  for (const disk of added) {
    if (inPool.has(disk.name.toLowerCase())) throw new Error(`${disk.name} is already in the storage pool.`)
    inPool.add(disk.name.toLowerCase())
  }
  if (added.length === 0) return state
  return { ...state, disks: [...pool, ...added] }
}

/** The disks a rescan found that are not in the storage pool (Add's Available disks). */
export function availableDisks(
  state: Pick<DpmServerState, 'disks'>,
  found: readonly StorageDisk[],
): StorageDisk[] {
  const inPool = new Set(poolDisksOf(state).map((disk) => disk.name.toLowerCase()))
  return found.filter((disk) => !inPool.has(disk.name.toLowerCase()))
}
