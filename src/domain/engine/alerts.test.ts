import { describe, expect, it } from 'vitest'
import { SALES_DB } from '../../agent-api/demo-estate'
import { EMPTY_SERVER_STATE } from '../protection/protection'
import { AlertLedger, inactivateAlert, isActive, raiseAlert, resolveAlerts } from './alerts'

const subject = {
  dataSourceId: 'ds-1',
  source: SALES_DB,
  computer: 'SQL-PRI01',
  groupName: 'G',
}

describe('one active alert per data source and condition', () => {
  it('a repeat updates the alert, even when the copy (computer) changed with a failover', () => {
    let state = raiseAlert(EMPTY_SERVER_STATE, 'mirror-broken', subject, 'first', 1)
    state = raiseAlert(state, 'mirror-broken', { ...subject, computer: 'SQL-MIR01' }, 'second', 2)
    expect(state.alerts).toEqual([
      expect.objectContaining({
        title: 'Database mirroring session is broken',
        description: 'second',
        computer: 'SQL-MIR01',
        raisedAt: 1,
        lastSeenAt: 2,
        occurrences: 2,
      }),
    ])
  })

  it('an alert that cleared is raised anew the next time', () => {
    let state = raiseAlert(EMPTY_SERVER_STATE, 'agent-unreachable', subject, 'x', 1)
    state = resolveAlerts(state, 'ds-1', ['agent-unreachable'], 2)
    state = raiseAlert(state, 'agent-unreachable', subject, 'x', 3)
    expect(state.alerts.map((alert) => [isActive(alert), alert.raisedAt])).toEqual([
      [false, 1],
      [true, 3],
    ])
  })

  it('Inactivate alert', () => {
    const state = raiseAlert(EMPTY_SERVER_STATE, 'mirror-took-over', subject, 'x', 1)
    const [alert] = state.alerts
    expect(inactivateAlert(state, alert?.id ?? '', 5).alerts[0]?.inactiveAt).toBe(5)
  })
})

describe('the ledger the engine uses', () => {
  it('follows the same rules as raiseAlert and resolveAlerts', () => {
    let id = 0
    const ledger = new AlertLedger([])
    ledger.raise('mirror-broken', subject, 'a', 1, () => `alert-${++id}`)
    ledger.raise('mirror-broken', { ...subject, computer: 'SQL-MIR01' }, 'b', 2, () => `alert-${++id}`)
    ledger.raise('recovery-point-failed', subject, 'c', 2, () => `alert-${++id}`)
    ledger.resolve('ds-1', ['recovery-point-failed'], 3)
    let state = raiseAlert(EMPTY_SERVER_STATE, 'mirror-broken', subject, 'a', 1)
    state = raiseAlert(state, 'mirror-broken', { ...subject, computer: 'SQL-MIR01' }, 'b', 2)
    state = raiseAlert(state, 'recovery-point-failed', subject, 'c', 2)
    state = resolveAlerts(state, 'ds-1', ['recovery-point-failed'], 3)
    expect(ledger.alerts).toEqual(state.alerts)
  })
})
