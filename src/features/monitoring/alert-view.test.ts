import { describe, expect, it } from 'vitest'
import { SALES_DB } from '../../agent-api/demo-estate'
import type { Alert } from '../../domain/protection/protection'
import { groupAlerts, visibleAlerts } from './alert-view'

const T = Date.parse('2026-01-05T09:00:00Z')

const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  type: 'mirror-broken',
  severity: 'Critical',
  title: 'Database mirroring session is broken',
  description: 'd',
  dataSourceId: 'ds-1',
  source: SALES_DB,
  computer: 'SQL-PRI01',
  groupName: 'Sales',
  raisedAt: T,
  lastSeenAt: T,
  occurrences: 1,
  ...over,
})

describe('visibleAlerts', () => {
  const alerts = [
    alert('old', { lastSeenAt: T }),
    alert('gone', { inactiveAt: T + 5, lastSeenAt: T + 4 }),
    alert('new', { lastSeenAt: T + 9 }),
  ]
  it('shows active alerts, the most recently seen first', () => {
    expect(visibleAlerts(alerts, false).map((a) => a.id)).toEqual(['new', 'old'])
  })
  it('adds inactive alerts with Show inactive alerts', () => {
    expect(visibleAlerts(alerts, true).map((a) => a.id)).toEqual(['new', 'gone', 'old'])
  })
})

describe('groupAlerts', () => {
  const alerts = [
    alert('i', { severity: 'Informational', computer: 'B', groupName: '' }),
    alert('w', { severity: 'Warning', computer: 'A', groupName: 'Zeta' }),
    alert('c', { severity: 'Critical', computer: 'B', groupName: 'Alpha' }),
  ]
  it('orders severities Critical, Warning, Informational', () => {
    expect(groupAlerts(alerts, 'severity').map((g) => g.label)).toEqual([
      'Critical',
      'Warning',
      'Informational',
    ])
  })
  it('groups by protection group and by computer, by name', () => {
    expect(groupAlerts(alerts, 'group').map((g) => g.label)).toEqual([
      '(no protection group)',
      'Alpha',
      'Zeta',
    ])
    const byComputer = groupAlerts(alerts, 'computer')
    expect(byComputer.map((g) => [g.label, g.items.map((a) => a.id)])).toEqual([
      ['A', ['w']],
      ['B', ['i', 'c']],
    ])
  })
})
