// Vitest setup: a clean DOM after each test when a test uses jsdom. Waiting for the screen (findBy*, waitFor)
// gives up after 10 s rather than Testing Library's 1 s: a wait asserts nothing about time, and a busy machine
// can take more than a second to render a screen that is right. Testing Library (and React with it) is loaded
// only by the files that run in jsdom: the pure domain tests have no DOM and need neither.
import { afterEach, expect } from 'vitest'
import { RecoveryPoints } from '../domain/protection/recovery-points'

if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react')
  configure({ asyncUtilTimeout: 10_000 })
  afterEach(() => cleanup())
}

// Recovery points are equal when they hold the same points, however their columns are laid out and whatever
// the order of their data sources.
const byDataSource = (points: RecoveryPoints) =>
  [...points.series()]
    .sort((a, b) => (a.dataSourceId < b.dataSourceId ? -1 : a.dataSourceId > b.dataSourceId ? 1 : 0))
    .flatMap((series) => series.toArray())
expect.addEqualityTesters([
  function recoveryPointsEqual(a, b) {
    if (!(a instanceof RecoveryPoints) || !(b instanceof RecoveryPoints)) return undefined
    return this.equals(byDataSource(a), byDataSource(b))
  },
])
