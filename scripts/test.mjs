// npm test: every check of the project, with one production build of the console.
//   1. at once: Biome and knip (lint), TypeScript (typecheck), the browser check (scripts/ensure-browser.mjs,
//      which may install Chromium) and the console's production build, with its manifest, into .e2e-dist/test;
//   2. the unit tests (Vitest);
//   3. the end-to-end tests (Playwright), served from that build (CONSOLE_BUILD_DIR);
//   4. the benchmark's smoke run, measuring that same build.
// Steps 2 to 4 each keep both cores of a small machine busy, so they run one after the other. The first
// failure stops the run and is named; a summary gives each step's time.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const BUILD_DIR = '.e2e-dist/test'
const env = { ...process.env, CONSOLE_BUILD_DIR: BUILD_DIR }

/** Runs one step, its output lines prefixed with its name; resolves with its exit code. */
function run(name, command, args) {
  const started = Date.now()
  return new Promise((resolveStep) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [child.stdout, child.stderr]) {
      let rest = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) console.log(`[${name}] ${line}`)
      })
      stream.on('end', () => {
        if (rest) console.log(`[${name}] ${rest}`)
      })
    }
    const finish = (code) => {
      const seconds = Math.round((Date.now() - started) / 1000)
      times.push(`${name} ${seconds} s`)
      console.log(`[${name}] ${code === 0 ? 'passed' : `failed (exit code ${code})`} in ${seconds} s`)
      resolveStep(code)
    }
    child.on('error', (error) => {
      console.log(`[${name}] could not start: ${error.message}`)
      finish(1)
    })
    child.on('close', (code, signal) => finish(code ?? (signal ? `signal ${signal}` : 1)))
  })
}

const times = []
const started = Date.now()
const npx = (...args) => ['npx', args]

const phases = [
  [
    ['lint', ...npx('biome', 'check', '.')],
    ['knip', ...npx('knip', '--no-progress')],
    ['typecheck', ...npx('tsc', '--noEmit', '-p', '.')],
    ['browser', 'node', ['scripts/ensure-browser.mjs']],
    [
      'build',
      ...npx('vite', 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--manifest', '--logLevel', 'warn'),
    ],
  ],
  [['unit', ...npx('vitest', 'run')]],
  [['e2e', ...npx('playwright', 'test')]],
  [['bench:smoke', 'node', ['bench/bench.mjs', '--smoke']]],
]

let failed = []
for (const phase of phases) {
  const codes = await Promise.all(phase.map(([name, command, args]) => run(name, command, args)))
  failed = phase.filter((_, n) => codes[n] !== 0).map(([name]) => name)
  if (failed.length > 0) break
}

const total = Math.round((Date.now() - started) / 1000)
console.log(`\nnpm test: ${times.join(', ')}; ${total} s in all.`)
if (failed.length > 0) {
  console.log(`npm test failed: ${failed.join(', ')}.`)
  process.exitCode = 1
} else {
  console.log('npm test passed.')
}
