// The engine's model-based property tests at length: many thousands of random histories instead of the few
// hundred of `npm test` (docs/protection-states.md). ENGINE_HISTORIES and ENGINE_STEPS override the defaults;
// a failure prints fast-check's seed and path, which ENGINE_SEED and ENGINE_PATH replay. ENGINE_SHRINK=0 reports
// the first failing history without shrinking it (for a run with a time limit).
import { spawnSync } from 'node:child_process'

const env = {
  ...process.env,
  ENGINE_HISTORIES: process.env.ENGINE_HISTORIES ?? '5000',
  ENGINE_STEPS: process.env.ENGINE_STEPS ?? '100',
  // New seeds each run, where npm test plays the same ones.
  ENGINE_RANDOM: '1',
}
console.log(
  `Engine property tests: ${env.ENGINE_HISTORIES} histories of up to ${env.ENGINE_STEPS} steps each`,
)
const started = Date.now()
const run = spawnSync('npx', ['vitest', 'run', 'src/domain/engine/engine.property.test.ts'], {
  env,
  stdio: 'inherit',
})
console.log(`Done in ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(run.status ?? 1)
