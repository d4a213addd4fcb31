import type { AgentStatus } from '../../domain/estate/estate'

export const AGENT_STATUS_LABELS: Record<AgentStatus, string> = {
  OK: 'OK',
  NotInstalled: 'Not installed',
  Unreachable: 'Unreachable',
}
