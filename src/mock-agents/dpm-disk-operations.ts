// The DPM server's own disks, as the lab simulates them: a presenter attaches a disk to the DPM server; DPM
// finds it with Rescan (Management > Disks) and adds it to its storage pool.
import type { EstateChange } from '../agent-api/schemas'
import { recordChange } from './change-log'
import type { Estate } from './estate-model'
import { LabError } from './lab-error'

/** Windows' limit is far higher; a demo needs a handful. */
export const MAX_DPM_DISKS = 64

export function attachDpmDisk(estate: Estate, sizeGb: number, at: number): EstateChange {
  if (estate.dpmDisks.length >= MAX_DPM_DISKS) {
    throw new LabError(
      'TooManyDisks',
      `The DPM server already has ${MAX_DPM_DISKS} disks: no more can be attached.`,
    )
  }
  const name = `Disk ${estate.dpmDisks.length + 1}`
  estate.dpmDisks.push({ name, sizeMb: sizeGb * 1024 })
  return recordChange(estate, {
    at,
    kind: 'dpm-disk-attached',
    summary: `${name} (${sizeGb} GB) was attached to the DPM server: Rescan in Management > Disks finds it.`,
  })
}
