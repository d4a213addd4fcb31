// The engine against its state model (docs/protection-states.md) over random histories of lab events, admin
// actions and clock advances: the invariants hold after every step, and from any history, healing the estate
// and following the recommended actions brings every data source back to OK within one simulated day.
import fc from 'fast-check'
import { afterAll, expect, it } from 'vitest'
import { ModelWorld, type Step, stepArbitrary } from './engine-model-support'

/** `npm run test:long` raises these (ENGINE_HISTORIES, ENGINE_STEPS); `npm test` runs a few hundred histories. */
const HISTORIES = Number(process.env.ENGINE_HISTORIES ?? 200)
const MAX_STEPS = Number(process.env.ENGINE_STEPS ?? 60)
const TIMEOUT_MS = 30 * 60_000
/**
 * `npm test` plays the same seeded histories every time, so that it is red only when the code changed;
 * `npm run test:long` (ENGINE_RANDOM) explores new seeds. A failure prints its seed and path:
 * ENGINE_SEED=... ENGINE_PATH=... replays exactly that history.
 */
const SEED = process.env.ENGINE_SEED ?? (process.env.ENGINE_RANDOM ? undefined : '20261206')
/**
 * ENGINE_SHRINK=0 reports the first failing history as found: shrinking a history of a hundred steps, each
 * advance played three ways, can take longer than the run itself.
 */
const endOnFailure = process.env.ENGINE_PATH !== undefined || process.env.ENGINE_SHRINK === '0'
const replay =
  SEED === undefined ? { endOnFailure } : { seed: Number(SEED), path: process.env.ENGINE_PATH, endOnFailure }
const histories = fc.array(stepArbitrary, { minLength: 1, maxLength: MAX_STEPS, size: 'max' })

/** What the run covered, printed at its end (the figures `npm run test:long` reports). */
const covered = { histories: 0, steps: 0, agNoReplica: 0 }
afterAll(() => {
  console.log(
    `Engine model: ${covered.histories} histories played, ${covered.steps} steps; in ${covered.agNoReplica} of them the backup preference of AG-Orders allowed no replica.`,
  )
})

function play(steps: readonly Step[]): ModelWorld {
  const world = new ModelWorld()
  for (const step of steps) world.apply(step)
  covered.histories++
  covered.steps += steps.length
  if (world.state.alerts.some((alert) => alert.type === 'ag-no-backup-replica')) covered.agNoReplica++
  return world
}

it(
  'keeps its invariants after every step of any history',
  () => {
    fc.assert(
      fc.property(histories, (steps) => {
        play(steps)
      }),
      { numRuns: HISTORIES, ...replay },
    )
  },
  TIMEOUT_MS,
)

it(
  'liveness: healing the estate and following the recommended actions brings every data source to OK within a day',
  () => {
    fc.assert(
      fc.property(histories, (steps) => {
        const world = play(steps)
        world.healEstate()
        // An hour between rounds: a check booked 30 minutes after a failover runs in between.
        for (let hour = 0; hour < 24; hour++) {
          world.followRecommendedActions()
          world.advanceBy(60)
          world.checkInvariants(world.state)
        }
        for (const ds of Object.values(world.state.dataSources)) {
          if (ds.groupId === undefined) continue
          expect(world.statusOf(ds), `${ds.path} after a day of healing`).toBe('OK')
        }
      }),
      { numRuns: Math.max(1, Math.round(HISTORIES / 2)), ...replay },
    )
  },
  TIMEOUT_MS,
)
