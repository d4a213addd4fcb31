// npm run screenshots: builds the console, serves it, drives it through the public contract (the wizard with
// the mirror details, Monitoring after a failover, the Protection tab, the Recovery Wizard) and writes PNGs
// of 1400x900 into docs/images/. PORT chooses the preview port (default 4190).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const port = Number(process.env.PORT ?? 4190)
const outDir = `.e2e-dist/screenshots-${port}`
const baseURL = `http://127.0.0.1:${port}`
const imagesDir = 'docs/images'
const SALES_DB = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
/** From the default start (Monday 09:00) past the first 8:00 PM express full backup. */
const PAST_FIRST_EXPRESS_FULL_MINUTES = 12 * 60

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))))
  })
}

/** Starts vite preview itself (not through npx), so that stopping it stops the server. */
async function startPreview() {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(baseURL)).ok) return server
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  server.kill()
  throw new Error(`vite preview did not answer on ${baseURL}`)
}

const lab = (page) => ({
  advance: (minutes) => page.evaluate((m) => window.dpmLab.advance(m), minutes),
  principalFails: (db) => page.evaluate((d) => window.dpmLab.principalFails(d), db),
})

async function shoot(page, name) {
  await page.screenshot({ path: `${imagesDir}/${name}.png`, animations: 'disabled' })
  console.log(`wrote ${imagesDir}/${name}.png`)
}

async function next(wizard, heading) {
  await wizard.getByRole('button', { name: 'Next', exact: true }).click()
  await wizard.getByRole('heading', { name: heading, exact: true }).waitFor()
}

async function takeScreenshots(page) {
  await page.goto(`${baseURL}/protection?preset=default&clock=manual`)
  await page.getByRole('tablist', { name: 'Navigation' }).waitFor()

  // The wizard on Select Group Members, SalesDB selected: DPM shows the mirror details.
  await page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }).click()
  const wizard = page.getByRole('dialog', { name: 'Create New Protection Group' })
  await next(wizard, 'Select Protection Group Type')
  await next(wizard, 'Select Group Members')
  await wizard.getByRole('searchbox', { name: 'Search members' }).fill('SalesDB')
  await wizard.getByTestId(`member:${SALES_DB}`).getByRole('checkbox').check()
  await wizard.getByRole('region', { name: 'Mirror details' }).waitFor()
  await shoot(page, 'wizard-mirror-details')

  await next(wizard, 'Select Data Protection Method')
  await wizard.getByRole('textbox', { name: 'Protection group name' }).fill('Sales')
  for (const heading of [
    'Specify Short-Term Goals',
    'Review Disk Storage Allocation',
    'Choose Replica Creation Method',
    'Choose Consistency Check Options',
    'Summary',
  ])
    await next(wizard, heading)
  await wizard.getByRole('button', { name: 'Create Group' }).click()
  await wizard.getByRole('heading', { name: 'Status', exact: true }).waitFor()
  await wizard.getByRole('button', { name: 'Close' }).click()

  // A day of backups, then the principal fails: DPM stops the backups and schedules a consistency check (S7).
  await lab(page).advance(PAST_FIRST_EXPRESS_FULL_MINUTES)
  await lab(page).principalFails(SALES_DB)
  await lab(page).advance(15)
  await page.getByRole('tab', { name: 'Monitoring' }).click()
  await page.getByRole('tab', { name: 'Alerts', exact: true }).click()
  await page
    .getByRole('grid', { name: 'Alerts' })
    .getByRole('row')
    .filter({ hasText: 'Mirror took over as principal' })
    .click()
  await page.getByRole('region', { name: 'Alert details' }).waitFor()
  await shoot(page, 'monitoring-after-failover')

  await page.getByRole('tab', { name: 'Protection' }).click()
  await page.getByRole('treegrid', { name: 'Protection groups' }).getByTestId(`ds:${SALES_DB}`).click()
  await page.getByRole('region', { name: 'Details' }).waitFor()
  await shoot(page, 'protection-tab')

  // S9: a mirrored database is recovered to any SQL instance, never over its original.
  await page.getByRole('tab', { name: 'Recovery' }).click()
  await page.getByRole('tree', { name: 'Protected data' }).getByTestId(`recovery:${SALES_DB}`).click()
  await page.getByRole('button', { name: 'Recover', exact: true }).click()
  const recovery = page.getByRole('dialog', { name: 'Recovery Wizard' })
  await recovery.getByRole('heading', { name: 'Review Recovery Selection' }).waitFor()
  await next(recovery, 'Select Recovery Type')
  await shoot(page, 'recovery-wizard')
}

mkdirSync(imagesDir, { recursive: true })
await run('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'])
const server = await startPreview()
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  page.setDefaultTimeout(20_000)
  await takeScreenshots(page)
} finally {
  await browser.close()
  server.kill()
}
