import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium where it exists (Playwright cannot download its own browser on this kind of machine);
// elsewhere Playwright's own browser. scripts/ensure-browser.mjs installs or explains before a run.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const port = Number(process.env.PORT ?? 4174)
// CONSOLE_BUILD_DIR: a production build made beforehand (npm test builds once for these tests and the
// benchmark's smoke run), served as it is. Without it, Playwright builds into .e2e-dist/$PORT first.
const prebuilt = process.env.CONSOLE_BUILD_DIR
const outDir = prebuilt ?? `.e2e-dist/${port}`
const build = prebuilt ? '' : `npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn && `

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test keeps its trace with the DOM snapshots of every action; the film strip of screenshots is
    // left out: recording it costs about a quarter more CPU for every test, and the e2e run is CPU-bound.
    trace: { mode: 'retain-on-failure', screenshots: false },
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `${build}npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
