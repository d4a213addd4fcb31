// The lab's "Attach a disk to the DPM server" form: the size as typed, in whole GB.
export const MAX_DISK_GB = 65_536

/** The size in GB, or why the text is not one. */
export function parseDiskSize(text: string): { sizeGb: number } | { error: string } {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter the size as a whole number of GB, such as 500.' }
  const sizeGb = Number(trimmed)
  if (sizeGb < 1 || sizeGb > MAX_DISK_GB) return { error: `Enter a size from 1 to ${MAX_DISK_GB} GB.` }
  return { sizeGb }
}
