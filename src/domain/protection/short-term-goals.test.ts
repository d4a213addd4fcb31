import { describe, expect, it } from 'vitest'
import { HR_DB } from '../../agent-api/demo-estate'
import { DEFAULT_POLICY, type MemberSpec, type ProtectionPolicy } from './protection'
import {
  effectiveSyncFrequency,
  formatExpressFullSchedule,
  formatSyncFrequency,
  isBadScheduleTime,
  parseRetentionRange,
  shortestGapMinutes,
  validateExpressFullSchedule,
  validateShortTermGoals,
} from './short-term-goals'

const member = (overrides: Partial<MemberSpec> = {}): MemberSpec => ({
  path: HR_DB,
  sizeMb: 1000,
  logSizeMb: 100,
  recoveryModel: 'FULL',
  readOnly: false,
  ...overrides,
})
const policy = (overrides: Partial<ProtectionPolicy> = {}): ProtectionPolicy => ({
  ...DEFAULT_POLICY,
  ...overrides,
})

describe('parseRetentionRange', () => {
  it('accepts 1 to 448 days', () => {
    expect(parseRetentionRange('1')).toEqual({ ok: true, days: 1 })
    expect(parseRetentionRange(' 448 ')).toEqual({ ok: true, days: 448 })
  })
  it('refuses 0, 449, fractions and text with a message', () => {
    for (const input of ['0', '449', '2.5', 'five', '', '-3']) {
      const result = parseRetentionRange(input)
      expect(result.ok, input).toBe(false)
      if (!result.ok) expect(result.message).toContain('between 1 and 448 days')
    }
  })
})

describe('express full schedule', () => {
  it('needs at least one time and one day', () => {
    expect(validateExpressFullSchedule({ times: [], days: [1] })).toEqual([
      'Select at least one time for express full backups.',
    ])
    expect(validateExpressFullSchedule({ times: ['20:00'], days: [] })).toEqual([
      'Select at least one day for express full backups.',
    ])
    expect(validateExpressFullSchedule(DEFAULT_POLICY.expressFull)).toEqual([])
  })
  it('refuses invalid and repeated times', () => {
    expect(validateExpressFullSchedule({ times: ['25:00'], days: [1] })[0]).toContain('25:00')
    expect(validateExpressFullSchedule({ times: ['08:00', '08:00'], days: [1] })).toEqual([
      'Each time can be listed once.',
    ])
  })
  it('asks for a cleared or half typed time in full', () => {
    expect(validateExpressFullSchedule({ times: ['20:00', ''], days: [1] })).toEqual([
      'Enter every time in full, as HH:MM (24-hour).',
    ])
  })
  it('marks the time fields that are invalid or repeated', () => {
    const times = ['08:00', '25:00', '20:00', '08:00', '']
    expect(times.map((_, index) => isBadScheduleTime(times, index))).toEqual([true, true, false, true, true])
  })
  it('formats the default as DPM does', () => {
    expect(formatExpressFullSchedule(DEFAULT_POLICY.expressFull)).toBe('8:00 PM Everyday')
    expect(formatExpressFullSchedule({ times: ['20:00', '06:30'], days: [5, 1] })).toBe(
      '6:30 AM, 8:00 PM on Monday, Friday',
    )
    expect(formatExpressFullSchedule({ times: ['00:00', '12:00'], days: [0] })).toBe(
      '12:00 AM, 12:00 PM on Sunday',
    )
  })
  it('measures the shortest gap across the week, wrapping around', () => {
    expect(shortestGapMinutes(DEFAULT_POLICY.expressFull)).toBe(1440)
    expect(shortestGapMinutes({ times: ['08:00', '20:00'], days: [1] })).toBe(720)
    expect(shortestGapMinutes({ times: ['23:30'], days: [6, 0] })).toBe(1440)
    expect(shortestGapMinutes({ times: ['20:00'], days: [3] })).toBe(7 * 1440)
  })
})

describe('validateShortTermGoals', () => {
  it('accepts the defaults', () => {
    expect(validateShortTermGoals(DEFAULT_POLICY, [member()])).toEqual([])
  })
  it('refuses a frequency that is not in DPM list', () => {
    expect(validateShortTermGoals(policy({ syncFrequency: 17 }), [member()])[0]?.field).toBe('sync-frequency')
  })
  it('requires at least one synchronization between two recovery points', () => {
    const twiceADay = policy({ syncFrequency: 1440, expressFull: { times: ['08:00', '20:00'], days: [1] } })
    const [problem] = validateShortTermGoals(twiceADay, [member()])
    expect(problem?.message).toContain('12 hours apart')
    expect(validateShortTermGoals({ ...twiceADay, syncFrequency: 720 }, [member()])).toEqual([])
  })
  it('31016: SIMPLE recovery model or read-only forces Just before a recovery point', () => {
    const simple = member({ path: 'A\\B\\Simple', recoveryModel: 'SIMPLE' })
    const [problem] = validateShortTermGoals(DEFAULT_POLICY, [member(), simple])
    expect(problem?.message).toContain('(ID: 31016)')
    expect(problem?.message).toContain('A\\B\\Simple')
    expect(validateShortTermGoals(policy({ syncFrequency: 'before-recovery-point' }), [simple])).toEqual([])
    expect(effectiveSyncFrequency(DEFAULT_POLICY, [member({ readOnly: true })])).toBe('before-recovery-point')
    expect(effectiveSyncFrequency(DEFAULT_POLICY, [member()])).toBe(15)
  })
  it('reports retention and schedule problems by field', () => {
    const fields = validateShortTermGoals(
      policy({ retentionDays: 500, expressFull: { times: [], days: [1] } }),
      [member()],
    ).map((p) => p.field)
    expect(fields).toEqual(['retention', 'schedule'])
  })
})

describe('formatSyncFrequency', () => {
  it('names minutes and hours', () => {
    expect(formatSyncFrequency(15)).toBe('Every 15 minutes')
    expect(formatSyncFrequency(60)).toBe('Every 1 hour')
    expect(formatSyncFrequency(1440)).toBe('Every 24 hours')
    expect(formatSyncFrequency('before-recovery-point')).toBe('Just before a recovery point')
  })
})
