import type { MemberStatus } from '../../domain/engine/member-status'
import { formatSimTime } from '../ui/format'

/** "Consistency check scheduled at 2026-01-05 09:30 UTC" (S7), or the status as it is. */
export const statusText = (status: MemberStatus): string =>
  status.at === undefined ? status.text : `${status.text} at ${formatSimTime(status.at)}`
