// A complete example of another team's spec: it uses nothing but the public contract of DPM Console (URL
// parameters, roles and accessible names, test ids, window.dpmLab), no helper of this project, so it can be
// copied as is into any Playwright suite (see docs/testing.md).
import { expect, type Page, test } from '@playwright/test'

const SALES_DB = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'

/** window.dpmLab, from the test process. */
const dpmLab = (page: Page) => ({
  advance: (minutes: number) => page.evaluate((m) => window.dpmLab?.advance(m), minutes),
  principalFails: (db: string) => page.evaluate((d) => window.dpmLab?.principalFails(d), db),
})

// As this project's own specs do (the kit's fixture): any error the page logs fails the test. Chromium's log of
// an HTTP error status is not one: an agent's refusal (409) is an answer.
const pageErrors = new WeakMap<Page, string[]>()
test.beforeEach(({ page }) => {
  const errors: string[] = []
  pageErrors.set(page, errors)
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' && !text.startsWith('Failed to load resource:')) errors.push(text)
  })
})
test.afterEach(({ page }) => {
  expect(pageErrors.get(page), 'the page logged errors').toEqual([])
})

test('S7 through the contract: the mirror takes over, DPM stops backups and checks 30 minutes later', async ({
  page,
}) => {
  // A fresh default estate, the simulated clock paused, on the Protection tab.
  await page.goto('/protection?preset=default&clock=manual')
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:00 UTC')

  // Create New Protection Group: SalesDB, found with Search members; DPM shows the mirror details.
  await page.getByRole('button', { name: 'New' }).click()
  const wizard = page.getByRole('dialog', { name: 'Create New Protection Group' })
  await wizard.getByRole('button', { name: 'Next' }).click()
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Select Group Members' })).toBeVisible()
  await wizard.getByRole('searchbox', { name: 'Search members' }).fill('SalesDB')
  await wizard.getByTestId(`member:${SALES_DB}`).getByRole('checkbox').check()
  await expect(wizard.getByRole('region', { name: 'Mirror details' })).toContainText(
    'DPM maintains a single replica for the mirror.',
  )
  await wizard.getByRole('button', { name: 'Next' }).click()
  await wizard.getByRole('textbox', { name: 'Protection group name' }).fill('Sales')
  for (const title of [
    'Specify Short-Term Goals',
    'Review Disk Storage Allocation',
    'Choose Replica Creation Method',
    'Choose Consistency Check Options',
    'Summary',
  ]) {
    await wizard.getByRole('button', { name: 'Next' }).click()
    await expect(wizard.getByRole('heading', { name: title })).toBeVisible()
  }
  await wizard.getByRole('button', { name: 'Create Group' }).click()
  await expect(wizard.getByRole('heading', { name: 'Status' })).toBeVisible()
  await wizard.getByRole('button', { name: 'Close' }).click()

  // The replica is created and the first synchronization runs.
  await dpmLab(page).advance(15)
  const member = page.getByRole('treegrid', { name: 'Protection groups' }).getByTestId(`ds:${SALES_DB}`)
  await expect(member).toContainText('OK')

  // The principal fails; at the next backup DPM detects that the mirror took over.
  await dpmLab(page).principalFails(SALES_DB)
  await dpmLab(page).advance(15)
  await expect(member).toContainText('Consistency check scheduled')
  await page.getByRole('tab', { name: 'Monitoring' }).click()
  await page.getByRole('tab', { name: 'Alerts', exact: true }).click()
  await expect(page.getByRole('grid', { name: 'Alerts' })).toContainText(
    'Mirror took over as principal: backups stopped',
  )

  // 30 minutes later the consistency check has run and protection continues on the mirror.
  await dpmLab(page).advance(30)
  await page.getByRole('tab', { name: 'Jobs', exact: true }).click()
  await expect(
    page.getByRole('grid', { name: 'Jobs' }).getByRole('row').filter({ hasText: 'Consistency check' }),
  ).toContainText(['Completed'])
  await page.getByRole('tab', { name: 'Protection' }).click()
  await expect(member).toContainText('OK')
  await expect(member).toContainText('Principal: SQL-MIR01\\MSSQLSERVER')
})
