// Shared display formats. Simulated time is shown in UTC, so a demo reads the same on every machine.
const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-01-05 09:00 UTC */
export function formatSimTime(time: number): string {
  const d = new Date(time)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`
}

/** 1,234 MB or 1.2 GB */
export function formatMegabytes(mb: number): string {
  if (mb >= 1024) return `${(mb / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} GB`
  return `${Math.round(mb).toLocaleString('en-US')} MB`
}

/** 1 h 05 min, 12 min, 40 s */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`
}
