// What Mirror details and Availability group details share: the words for an agent's status (their framed
// region's styles: details-region.module.css).
import type { AgentStatus } from '../../domain/estate/estate'

export const AGENT_LABELS: Record<AgentStatus, string> = {
  OK: 'OK',
  NotInstalled: 'Not installed',
  Unreachable: 'Unreachable',
}
