import { describe, expect, it } from 'vitest'
import { SALES_DB } from '../../agent-api/demo-estate'
import type { DataSource } from '../protection/protection'
import { memberStatus } from './member-status'

const T = Date.parse('2026-01-05T09:00:00Z')

const base: DataSource = {
  id: 'ds-1',
  path: SALES_DB,
  groupId: 'pg-1',
  protectedAt: T,
  sizeMb: 100,
  logSizeMb: 10,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
}

describe('memberStatus', () => {
  it('is OK for a consistent replica with nothing in the way', () => {
    expect(memberStatus(base)).toEqual({ text: 'OK', tone: 'ok' })
  })

  it('names each replica state', () => {
    expect(memberStatus({ ...base, replica: 'creation-pending' }).text).toBe('Replica creation pending')
    expect(memberStatus({ ...base, replica: 'manual-pending' }).text).toBe('Manual replica pending')
    expect(memberStatus({ ...base, replica: 'inconsistent' }).text).toBe('Replica is inconsistent')
  })

  it('shows a retained member as an inactive replica, whatever its last condition', () => {
    const retained = { ...base, groupId: undefined, replica: 'inconsistent' as const }
    expect(memberStatus(retained)).toEqual({ text: 'Inactive replica available', tone: 'inactive' })
  })

  it('S7: carries the time of the scheduled consistency check', () => {
    const at = T + 30 * 60_000
    const status = memberStatus({ ...base, condition: { kind: 'cc-scheduled', at, detectedAt: T } })
    expect(status).toEqual({ text: 'Consistency check scheduled', tone: 'warning', at })
  })

  it('S4, S5, S8: failed protection', () => {
    for (const alert of ['mirrored-after-protection', 'mirror-broken', 'protected-partners'] as const) {
      expect(memberStatus({ ...base, condition: { kind: 'failed', alert, since: T } }).text).toBe(
        'Protection failed',
      )
    }
  })

  it('a running consistency check or replica creation shows over the pending state, not over a failure', () => {
    const pending = { ...base, replica: 'inconsistent' as const }
    expect(memberStatus(pending, { type: 'consistency-check' }).text).toBe('Consistency check in progress')
    const creating = { ...base, replica: 'creation-pending' as const }
    expect(memberStatus(creating, { type: 'replica-creation' }).text).toBe('Replica creation in progress')
    const failed = {
      ...base,
      condition: { kind: 'failed' as const, alert: 'mirror-broken' as const, since: T },
    }
    expect(memberStatus(failed, { type: 'consistency-check' }).text).toBe('Protection failed')
    expect(memberStatus(base, { type: 'synchronization' }).text).toBe('OK')
  })
})
