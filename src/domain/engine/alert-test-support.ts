// An alert as the engine raises it, for the tests of what is shown and recommended for alerts.
import { SALES_DB } from '../../agent-api/demo-estate'
import type { Alert } from '../protection/protection'

export const ALERT_TIME = Date.parse('2026-01-05T09:00:00Z')

/** SalesDB's broken mirror (Critical, group Sales), raised at ALERT_TIME, with `over` changed. */
export const testAlert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  type: 'mirror-broken',
  severity: 'Critical',
  title: 'Database mirroring session is broken',
  description: 'd',
  dataSourceId: 'ds-1',
  source: SALES_DB,
  computer: 'SQL-PRI01',
  groupName: 'Sales',
  raisedAt: ALERT_TIME,
  lastSeenAt: ALERT_TIME,
  occurrences: 1,
  ...over,
})
