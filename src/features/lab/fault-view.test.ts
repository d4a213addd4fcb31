import { describe, expect, it } from 'vitest'
import { describeFaults, faultsFormAfter, faultsFormOf, parseFaultsForm } from './fault-view'

const HOSTS = new Set(['sql-mir01', 'sqlclu01'])

describe('the faults of the lab', () => {
  it('are described only while one is on', () => {
    expect(describeFaults({ latencyMs: 0, errorRate: 0, unreachable: [] })).toBeUndefined()
    expect(describeFaults({ latencyMs: 500, errorRate: 0.2, unreachable: ['SQL-MIR01'] })).toBe(
      'latency 500 ms; error rate 20 %; unreachable: SQL-MIR01',
    )
  })

  it('are read from the form, the error rate as a percentage and names as typed', () => {
    expect(
      parseFaultsForm(
        { latencyMs: '250', errorRatePercent: '10', unreachable: 'SQL-MIR01, SQLCLU01' },
        HOSTS,
      ),
    ).toEqual({ faults: { latencyMs: 250, errorRate: 0.1, unreachable: ['SQL-MIR01', 'SQLCLU01'] } })
    expect(parseFaultsForm({ latencyMs: '', errorRatePercent: '', unreachable: '' }, HOSTS)).toEqual({
      faults: { latencyMs: 0, errorRate: 0, unreachable: [] },
    })
  })

  it('refuse a computer name with a bidirectional override, even one the estate holds', () => {
    const hosts = new Set([...HOSTS, 'sql-\u202erevres'])
    expect(
      parseFaultsForm(
        { latencyMs: '', errorRatePercent: '', unreachable: 'SQL-MIR01, SQL-\u202EREVRES' },
        hosts,
      ),
    ).toEqual({
      errors: {
        unreachable:
          'A computer name cannot contain control characters, line breaks or bidirectional text controls (found: U+202E).',
      },
    })
  })

  it('refuse bad input field by field', () => {
    expect(
      parseFaultsForm({ latencyMs: '-5', errorRatePercent: '150', unreachable: 'SQL-NOPE' }, HOSTS),
    ).toEqual({
      errors: {
        latencyMs: 'Enter a whole number of milliseconds from 0 to 60000.',
        errorRatePercent: 'Enter a percentage from 0 to 100.',
        unreachable: 'Not a computer of this estate: SQL-NOPE. Separate names with commas.',
      },
    })
  })
})

describe('the Faults form while the faults in force change', () => {
  const none = { latencyMs: 0, errorRate: 0, unreachable: [] }
  const set = { latencyMs: 300, errorRate: 0.25, unreachable: ['SQL-MIR01', 'SQLCLU01'] }

  it('shows the faults set elsewhere (window.dpmLab.faults) when it showed those in force', () => {
    expect(faultsFormAfter(faultsFormOf(none), false, set)).toEqual({
      latencyMs: '300',
      errorRatePercent: '25',
      unreachable: 'SQL-MIR01, SQLCLU01',
    })
    expect(faultsFormAfter(faultsFormOf(set), false, {})).toEqual(faultsFormOf(none))
  })

  it('keeps what the admin typed and has not applied yet', () => {
    const typed = { ...faultsFormOf(none), latencyMs: '1500' }
    expect(faultsFormAfter(typed, true, set)).toBe(typed)
  })
})
