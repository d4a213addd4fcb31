import { describe, expect, it } from 'vitest'
import { testAlert as alert, ALERT_TIME as T } from '../../domain/engine/alert-test-support'
import { groupAlerts, visibleAlerts } from './alert-view'

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
