// Entry point of `npm run bench` (and `npm run bench:smoke` with --smoke): Node 20 does not run TypeScript,
// so Vite's module runner loads the benchmark, which is written in TypeScript like the rest of the project.
import { runnerImport } from 'vite'

try {
  const { module } = await runnerImport(new URL('./run-bench.ts', import.meta.url).pathname, {
    configFile: false,
    logLevel: 'warn',
  })
  await module.main(process.argv.slice(2))
} catch (error) {
  console.error('The benchmark broke:', error)
  process.exitCode = 1
}
