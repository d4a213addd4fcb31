// npm run test:stress: the whole `npm test` while the machine is kept busy, run after run (two by default);
// the first red run stops it. One busy worker per core, at low priority, takes every cycle the tests leave:
// a test that only passes on an idle machine (a wall-clock bound, a short wait) shows up here instead of in
// someone else's run.
//
//   npm run test:stress                                  # npm test twice in a row, the machine busy
//   npm run test:stress -- --runs=3 --nice=19            # three runs, the workers at the lowest priority
//   npm run test:stress -- --runs=1 -- npx vitest run src/dpm   # another command than npm test
//
// Options: --runs=N (default 2), --nice=N (the workers' niceness, 1 to 19, default 10), --limit-minutes=N (a run
// still going after that long is stopped and counts as failed; default 30). The workers stop with the script,
// and on their own should it die.
import { spawn } from 'node:child_process'
import { availableParallelism, setPriority } from 'node:os'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const USAGE =
  'Usage: npm run test:stress -- [--runs=N] [--nice=1..19] [--limit-minutes=N] [-- command to run instead of npm test]'

function parseArgs(argv) {
  const separator = argv.indexOf('--')
  const options = separator === -1 ? argv : argv.slice(0, separator)
  const command = separator === -1 ? ['npm', 'test'] : argv.slice(separator + 1)
  const settings = { runs: 2, nice: 10, limitMinutes: 30 }
  const ranges = { runs: [1, 100], nice: [1, 19], limitMinutes: [1, 24 * 60] }
  const names = { '--runs': 'runs', '--nice': 'nice', '--limit-minutes': 'limitMinutes' }
  for (const option of options) {
    const [flag, text] = option.split('=')
    const key = names[flag]
    const value = Number(text)
    if (key === undefined) throw new Error(`Unknown option "${option}".`)
    const [min, max] = ranges[key]
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`${flag} takes a whole number from ${min} to ${max}, not "${text ?? ''}".`)
    settings[key] = value
  }
  if (command.length === 0) throw new Error('Nothing to run after "--".')
  return { ...settings, command }
}

// A worker spins; every few million turns it checks that the script that started it is still its parent.
const WORKER = `const parent = Number(process.argv[1])
for (let turn = 1; ; turn++) if (turn % 4_000_000 === 0 && process.ppid !== parent) process.exit(0)`

function startWorkers(count, nice) {
  const workers = []
  for (let n = 0; n < count; n++) {
    const worker = spawn(process.execPath, ['-e', WORKER, String(process.pid)], { stdio: 'ignore' })
    setPriority(worker.pid, nice)
    workers.push(worker)
  }
  return workers
}

async function stopWorkers(workers) {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise((done) => {
          if (worker.exitCode !== null || worker.signalCode !== null) return done()
          worker.once('exit', done)
          worker.kill('SIGKILL')
        }),
    ),
  )
}

/** Runs the command in its own process group (so that a stop reaches everything it started). */
function runOnce(command, limitMs, running) {
  const started = Date.now()
  return new Promise((done) => {
    const child = spawn(command[0], command.slice(1), { cwd: ROOT, stdio: 'inherit', detached: true })
    running.child = child
    let timedOut = false
    const limit = setTimeout(() => {
      timedOut = true
      stopGroup(child)
    }, limitMs)
    const finish = (code) => {
      clearTimeout(limit)
      running.child = undefined
      done({
        ok: code === 0 && !timedOut,
        timedOut,
        code,
        seconds: Math.round((Date.now() - started) / 1000),
      })
    }
    child.on('error', (error) => {
      console.error(`Could not start ${command.join(' ')}: ${error.message}`)
      finish(1)
    })
    child.on('close', (code, signal) => finish(code ?? signal))
  })
}

function stopGroup(child) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name)
    } catch {
      // The group has already ended.
    }
  }
  signal('SIGTERM')
  setTimeout(() => signal('SIGKILL'), 10_000).unref()
}

let settings
try {
  settings = parseArgs(process.argv.slice(2))
} catch (error) {
  console.error(`${error.message}\n${USAGE}`)
  process.exit(2)
}

const cores = availableParallelism()
const label = settings.command.join(' ')
const running = { child: undefined }
const workers = startWorkers(cores, settings.nice)
console.log(
  `[stress] ${cores} busy worker(s) at nice ${settings.nice}; ${label}, ${settings.runs} run(s) in a row (each stopped after ${settings.limitMinutes} min)`,
)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.log(`\n[stress] ${signal}: stopping the run and the workers`)
    if (running.child) stopGroup(running.child)
    await stopWorkers(workers)
    process.exit(130)
  })
}

const results = []
try {
  for (let run = 1; run <= settings.runs; run++) {
    console.log(`[stress] run ${run} of ${settings.runs}: ${label}`)
    const result = await runOnce(settings.command, settings.limitMinutes * 60_000, running)
    results.push(result)
    const outcome = result.ok
      ? 'passed'
      : result.timedOut
        ? `stopped after ${settings.limitMinutes} min`
        : `failed (${result.code})`
    console.log(`[stress] run ${run} ${outcome} in ${result.seconds} s`)
    if (!result.ok) break
  }
} finally {
  await stopWorkers(workers)
}

const passed = results.filter((result) => result.ok).length
console.log(
  `[stress] ${passed} of ${settings.runs} run(s) passed in a row (${results.map((r) => `${r.seconds} s`).join(', ')}); workers stopped.`,
)
process.exitCode = passed === settings.runs ? 0 : 1
