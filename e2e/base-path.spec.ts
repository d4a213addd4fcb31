// Deploy anywhere: the console built with a base path (`vite build --base=/dpm/`) and served by an ordinary
// static web server under /dpm/ keeps its base in every address, so that a reload on any tab lands on that tab.
// One build of its own (the other specs use the build at /), made once for this file.
import { execFileSync } from 'node:child_process'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import { expect, test } from './kit/fixtures'
import { hostStatically } from './static-host'

const BASE = '/dpm/'
const TABS = [
  ['Monitoring', 'monitoring'],
  ['Protection', 'protection'],
  ['Recovery', 'recovery'],
  ['Reporting', 'reporting'],
  ['Management', 'management'],
] as const

// One worker runs both tests, so the build is made once (a second worker would build into the same folder).
test.describe.configure({ mode: 'serial' })

let server: Server | undefined
let console_: string

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures from an object pattern.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000)
  const outDir = resolve(`.e2e-dist/${process.env.PORT ?? 4174}-base-path`)
  execFileSync(
    'npx',
    ['vite', 'build', `--base=${BASE}`, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  )
  const hosted = await hostStatically(outDir, BASE)
  server = hosted.server
  console_ = `${hosted.origin}${BASE}`
})

test.afterAll(() => {
  server?.close()
})

test('under /dpm/, URL parameters, every tab and a reload on it keep the base path', async ({ page }) => {
  await page.goto(`${console_}protection?preset=default&clock=manual`)
  const navigation = page.getByRole('tablist', { name: 'Navigation' })
  await expect(navigation.getByRole('tab', { name: 'Protection' })).toHaveAttribute('aria-selected', 'true')
  // The parameters were applied and taken out of the address, which kept its base.
  await expect(page).toHaveURL(`${console_}protection`)

  for (const [name, path] of TABS) {
    await navigation.getByRole('tab', { name }).click()
    await expect(page).toHaveURL(`${console_}${path}`)
    await page.reload()
    await expect(page).toHaveURL(`${console_}${path}`)
    await expect(navigation.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
  }

  // The base itself opens Monitoring and stays where it is.
  await page.goto(console_)
  await expect(navigation.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(console_)
})

test('under /dpm/, the mock agents answer from a service worker of that scope, and links keep the base', async ({
  page,
}) => {
  await page.goto(`${console_}management?preset=default&clock=manual`)
  // The agents answered: the Management tab lists the estate's computers.
  await expect(page.getByTestId('agent:SQL-PRI01')).toBeVisible()
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
  expect(scope).toBe(console_)
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${console_}mockServiceWorker.js`,
  )

  // The lab's tour links stay below the base, and one opens its tour there.
  await page.getByRole('button', { name: 'Lab', exact: true }).click()
  const tourLink = page.getByRole('complementary', { name: 'Lab' }).getByRole('link', { name: 'Tour S7' })
  await expect(tourLink).toHaveAttribute('href', `${BASE}management?tour=S7`)
  await tourLink.click()
  await expect(page.getByRole('complementary', { name: 'Tour S7' })).toBeVisible()
  await expect(page).toHaveURL(`${console_}management`)
})
