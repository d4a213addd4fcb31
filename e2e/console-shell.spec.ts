import type { Locator, Page } from '@playwright/test'
import { agentInstallWizard, installationRow, installThroughWizard } from './kit/agents'
import { lab, openConsole, openTab } from './kit/console'
import { expect, test } from './kit/fixtures'
import { openWizard } from './kit/wizard'

test('the navigation tabs switch workspaces and the URL follows, across a reload', async ({ page }) => {
  await openConsole(page)
  const tabs = page.getByRole('tablist', { name: 'Navigation' }).getByRole('tab')
  await expect(tabs).toHaveText(['Monitoring', 'Protection', 'Recovery', 'Reporting', 'Management'])
  await expect(page.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('aria-selected', 'true')

  await openTab(page, 'Management')
  await expect(page).toHaveURL(/\/management$/)
  await openTab(page, 'Protection')
  await expect(page).toHaveURL(/\/protection$/)

  await page.reload()
  await expect(page.getByRole('tab', { name: 'Protection' })).toHaveAttribute('aria-selected', 'true')
  await page.goBack()
  await expect(page.getByRole('tab', { name: 'Management' })).toHaveAttribute('aria-selected', 'true')
})

test('the navigation tabs follow the arrow keys, as one tab stop', async ({ page }) => {
  await openConsole(page, { tab: 'protection' })
  await page.getByRole('tab', { name: 'Protection' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Recovery' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tab', { name: 'Recovery' })).toBeFocused()
  await expect(page).toHaveURL(/\/recovery$/)
  await page.keyboard.press('Home')
  await expect(page.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'Management' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tab', { name: 'Management' })).toHaveAttribute('tabindex', '0')
  await expect(page.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('tabindex', '-1')
})

test('the status bar shows the simulated time, which the URL sets and the lab advances', async ({ page }) => {
  await openConsole(page, { at: '2026-03-02T10:00:00Z' })
  await expect(page).toHaveURL(/\/monitoring$/)
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-03-02 10:00 UTC')
  await lab(page).advance(90)
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-03-02 11:30 UTC')
  expect(await lab(page).now()).toBe('2026-03-02T11:30:00.000Z')
})

test('the Lab makes SQL-MIR01 the principal of SalesDB', async ({ page }) => {
  await openConsole(page)
  await page.getByRole('button', { name: 'Lab' }).click()
  const lab = page.getByRole('complementary', { name: 'Lab' })
  const salesDb = lab.getByTestId('session:SalesDB')
  await expect(salesDb.getByTestId('session-principal')).toHaveText('SQL-PRI01\\MSSQLSERVER')

  await salesDb.getByRole('button', { name: 'Fail over' }).click()
  await expect(salesDb.getByTestId('session-principal')).toHaveText('SQL-MIR01\\MSSQLSERVER')
  await expect(salesDb.getByTestId('session-mirror')).toHaveText('SQL-PRI01\\MSSQLSERVER')

  // CRMDB runs in high performance: a manual failover is refused with SQL Server's reason.
  await lab.getByTestId('session:CRMDB').getByRole('button', { name: 'Fail over' }).click()
  await expect(lab.getByRole('alert')).toContainText(/safety|SYNCHRONIZED/i)
})

test('installing the agent on SQL-MIR02 from Management > Agents changes its status', async ({ page }) => {
  await openConsole(page, { tab: 'management' })
  const agents = page.getByRole('table', { name: 'Agents' })
  const row = agents.getByTestId('agent:SQL-MIR02')
  await expect(row).toContainText('Not installed')
  await expect(agents.getByTestId('agent:SQL-NOAGENT01')).toContainText('Not installed')

  await row.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Install' }).click()
  const wizard = agentInstallWizard(page)
  await installThroughWizard(wizard)
  await expect(installationRow(wizard, 'SQL-MIR02')).toContainText('Success')
  await wizard.getByRole('button', { name: 'Close' }).click()

  await expect(row).toContainText('OK')
  await page.reload()
  await expect(page.getByRole('table', { name: 'Agents' }).getByTestId('agent:SQL-MIR02')).toContainText('OK')
})

test('an unknown preset in the URL is refused with a message and the estate is kept', async ({ page }) => {
  await openConsole(page)
  await page.goto('/monitoring?preset=nonsense')
  await expect(page.getByText(/Unknown preset "nonsense"/)).toBeVisible()
  await expect(page).toHaveURL(/\/monitoring$/)
})

test('S3: installing on one cluster node brings in its other nodes; an agent can be removed', async ({
  page,
}) => {
  await openConsole(page, { tab: 'management' })
  await lab(page).uninstallAgent('CLU01-N1')
  await lab(page).uninstallAgent('CLU01-N2')
  await page.getByRole('button', { name: 'Refresh Information' }).click()
  const agents = page.getByRole('table', { name: 'Agents' })
  await expect(agents.getByTestId('agent:CLU01-N2')).toContainText('Not installed')

  await agents.getByTestId('agent:CLU01-N1').getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Install' }).click()
  const wizard = agentInstallWizard(page)
  await installThroughWizard(wizard, { clusterNodes: true })
  await expect(installationRow(wizard, 'CLU01-N1')).toContainText('Success')
  await expect(installationRow(wizard, 'CLU01-N2')).toContainText('Success')
  await wizard.getByRole('button', { name: 'Close' }).click()
  await expect(agents.getByTestId('agent:CLU01-N1')).toContainText('OK')
  await expect(agents.getByTestId('agent:CLU01-N2')).toContainText('OK')

  await agents.getByTestId('agent:SQL-STD01').getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Remove agent' }).click()
  await page
    .getByRole('alertdialog', { name: 'Remove protection agents' })
    .getByRole('button', { name: 'Remove agent' })
    .click()
  await expect(agents.getByTestId('agent:SQL-STD01')).toContainText('Not installed')
})

test('the large preset takes its size from the URL', async ({ page }) => {
  await page.goto('/protection?preset=large&computers=40&databases=400&sessions=10&clock=manual')
  await expect(page).toHaveURL(/\/protection$/)
  await page.getByRole('button', { name: 'Lab' }).click()
  await expect(page.getByRole('complementary', { name: 'Lab' })).toContainText(
    /Preset large: \d+ computers, 400 databases/,
  )
})

test('the large preset with recovery=full has FULL-recovery, writable databases only', async ({ page }) => {
  await page.goto(
    '/protection?preset=large&computers=40&databases=400&sessions=10&recovery=full&clock=manual',
  )
  await expect(page).toHaveURL(/\/protection$/)
  await page.getByRole('button', { name: 'Lab' }).click()
  await expect(page.getByRole('complementary', { name: 'Lab' })).toContainText('400 databases')
  // What the agents report (the wizard reads the same answer).
  const models = await page.evaluate(async () => {
    const response = await fetch('/agent-api/v1/databases?search=&limit=1000')
    const { databases } = (await response.json()) as {
      databases: { recoveryModel: string; readOnly: boolean }[]
    }
    return {
      count: databases.length,
      kinds: [...new Set(databases.map((d) => `${d.recoveryModel} ${d.readOnly}`))],
    }
  })
  // The search finds only the databases whose agent answers (a few computers have none).
  expect(models.count).toBeGreaterThan(350)
  expect(models.kinds).toEqual(['FULL false'])
})

test('a console whose code cannot be downloaded says so instead of a blank page', async ({
  browser,
  baseURL,
}) => {
  // A page of its own: the download failure is the point here, not an error to fail the test on.
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  // The console start's chunk (build-support/console-start-chunk.ts).
  await page.route(/\/assets\/console-start-[^/]+\.js$/, (route) => route.abort())
  await page.goto('/protection')
  await expect(page.getByRole('alert')).toContainText('The console could not start')
  await expect(page.getByRole('alert')).toContainText('Reload the page to try again.')
  await context.close()
})

test("Fluent's theme colours the console and its dialogs", async ({ page }) => {
  // The theme's variables come in a static style sheet (build-support/fluent-theme), not from FluentProvider.
  const brand = (locator: Locator) =>
    locator.evaluate((element) => getComputedStyle(element).getPropertyValue('--colorBrandBackground'))
  await openConsole(page, { tab: 'protection' })
  await expect.poll(() => brand(page.getByRole('button', { name: 'New', exact: true }))).toBe('#0f6cbd')
  await page.getByRole('button', { name: 'New', exact: true }).click()
  const wizard = page.getByRole('dialog', { name: 'Create New Protection Group' })
  await expect(wizard).toBeVisible()
  expect(await brand(wizard)).toBe('#0f6cbd')
  // A Fluent primary button takes its colour from the theme.
  await expect(wizard.getByRole('button', { name: 'Next' })).toHaveCSS(
    'background-color',
    'rgb(15, 108, 189)',
  )
})

/** Animations on a dialog's surface or its backdrop (a button's hover transition does not count). */
const dialogAnimations = (page: Page) =>
  page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((animation) =>
          (animation.effect as KeyframeEffect | null)?.target?.matches(
            '.fui-DialogSurface, .fui-DialogSurface__backdrop',
          ),
        ).length,
  )

test("dialogs open at once, as DPM's do, with no animation left on the surface or its backdrop", async ({
  page,
}) => {
  await openConsole(page, { tab: 'protection' })
  const dialog = await openWizard(page)
  // Fluent's motion would leave its finished animations filled on both, which keeps the open dialog in a
  // compositing pass of its own (docs/performance.md, twelfth pass).
  expect(await dialogAnimations(page)).toBe(0)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(await dialogAnimations(page)).toBe(0)
})
