// Steps of the seed's scenarios, driven as an admin would: the Create New Protection Group wizard with its
// default options, the Protection tab's rows and toolbar, the Monitoring tab's alerts and jobs. Built only on
// the UI contract (roles, names, test ids).
import { expect, type Locator, type Page } from '@playwright/test'
import { openTab } from './kit/console'

export const SALES_DB = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
export const WAREHOUSE_STD02 = 'SQL-STD02\\MSSQLSERVER\\WarehouseDB'
export const WAREHOUSE_STD03 = 'SQL-STD03\\MSSQLSERVER\\WarehouseDB'

export const wizardDialog = (page: Page) => page.getByRole('dialog', { name: 'Create New Protection Group' })

const databaseName = (path: string) => path.slice(path.lastIndexOf('\\') + 1)

/**
 * Protects `paths` in a new protection group with the wizard's default options (replica now, 15-minute
 * synchronization, 8:00 PM express full). Opens the wizard with New unless it is already open (an alert's
 * recommended action opens it).
 */
export async function protectDatabases(
  page: Page,
  paths: string[],
  { groupName, expectMirrorDetails = false }: { groupName: string; expectMirrorDetails?: boolean },
): Promise<void> {
  const wizard = wizardDialog(page)
  if (!(await wizard.isVisible())) {
    await openTab(page, 'Protection')
    await page.getByRole('button', { name: 'New' }).click()
  }
  await expect(wizard).toBeVisible()
  await nextUntil(wizard, 'Select Group Members')
  // The list comes from DPM's cache: re-read the agents, as the estate may have changed since (a new mirror).
  await wizard.getByRole('button', { name: 'Refresh' }).click()
  for (const path of paths) {
    // The search finds the database on any computer without expanding every server first.
    await wizard.getByRole('searchbox', { name: 'Search members' }).fill(databaseName(path))
    const checkbox = wizard.getByTestId(`member:${path}`).getByRole('checkbox')
    await checkbox.check()
    await expect(checkbox).toBeChecked()
  }
  await wizard.getByRole('searchbox', { name: 'Search members' }).fill('')
  if (expectMirrorDetails) {
    const details = wizard.getByTestId('mirror-details')
    await expect(details).toBeVisible()
    await expect(details).toContainText('DPM maintains a single replica for the mirror.')
  }
  await expect(wizard.getByRole('list', { name: 'Selected members' }).getByRole('listitem')).toHaveCount(
    paths.length,
  )
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Select Data Protection Method' })).toBeVisible()
  await wizard.getByRole('textbox', { name: 'Protection group name' }).fill(groupName)
  await nextUntil(wizard, 'Summary')
  await wizard.getByRole('button', { name: 'Create Group' }).click()
  await expect(wizard.getByRole('heading', { name: 'Status' })).toBeVisible()
  const tasks = wizard.getByRole('table')
  await expect(
    tasks
      .getByRole('row')
      .filter({ hasNotText: 'Success' })
      .filter({ has: page.getByRole('cell') }),
  ).toHaveCount(0)
  await wizard.getByRole('button', { name: 'Close' }).click()
  await expect(wizard).toBeHidden()
}

/** Presses Next with the defaults until the page titled `heading` shows. */
async function nextUntil(wizard: Locator, heading: string): Promise<void> {
  const target = wizard.getByRole('heading', { name: heading, exact: true })
  for (let step = 0; step < 10; step++) {
    if (await target.isVisible()) return
    await wizard.getByRole('button', { name: 'Next' }).click()
  }
  await expect(target).toBeVisible()
}

// Protection tab

export const protectionGrid = (page: Page) => page.getByRole('treegrid', { name: 'Protection groups' })
export const memberRow = (page: Page, path: string) => protectionGrid(page).getByTestId(`ds:${path}`)

export async function selectMember(page: Page, path: string): Promise<void> {
  await openTab(page, 'Protection')
  await memberRow(page, path).click()
  await expect(memberRow(page, path)).toHaveAttribute('aria-selected', 'true')
}

export async function expectMemberStatus(page: Page, path: string, status: string | RegExp): Promise<void> {
  await openTab(page, 'Protection')
  await expect(memberRow(page, path)).toContainText(status)
}

/** Create recovery point > Express full backup (or Synchronize) for the selected member. */
export async function createRecoveryPoint(
  page: Page,
  kind: 'Express full backup' | 'Synchronize',
): Promise<void> {
  await page.getByRole('button', { name: 'Create recovery point' }).click()
  await page.getByRole('menuitem', { name: kind }).click()
}

/** Consistency check for the selected member, answering DPM's question with Yes. */
export async function runConsistencyCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Consistency check' }).click()
  const question = page.getByRole('alertdialog')
  await expect(question).toContainText('Do you want to perform the consistency check?')
  await question.getByRole('button', { name: 'Yes' }).click()
  await expect(question).toBeHidden()
}

/** Stop protection of the selected row (a member or a whole group), retaining the replicas. */
export async function stopProtectionRetainingData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stop protection' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stop Protection' })
  await expect(dialog.getByRole('radio', { name: 'Retain replicas on disk' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Stop Protection' }).click()
  await expect(dialog).toBeHidden()
}

export const details = (page: Page) => page.getByRole('region', { name: 'Details' })

// Monitoring tab

export const alertsGrid = (page: Page) => page.getByRole('grid', { name: 'Alerts' })
export const jobsGrid = (page: Page) => page.getByRole('grid', { name: 'Jobs' })
export const alertDetails = (page: Page) => page.getByRole('region', { name: 'Alert details' })

export async function openAlerts(page: Page): Promise<void> {
  await openTab(page, 'Monitoring')
  // exact: the Monitoring tab's badge ("2 active critical alerts") is part of that tab's name.
  await page.getByRole('tab', { name: 'Alerts', exact: true }).click()
  await expect(alertsGrid(page)).toBeVisible()
}

export async function openJobs(page: Page): Promise<void> {
  await openTab(page, 'Monitoring')
  await page.getByRole('tab', { name: 'Jobs', exact: true }).click()
  await expect(jobsGrid(page)).toBeVisible()
}

/** The active alerts' rows (group headings left out). */
export const alertRows = (page: Page, title?: string) =>
  alertsGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell').nth(1) })
    .filter(title ? { hasText: title } : {})

/** Selects the alert with this title (and data source) and returns its details region. */
export async function openAlert(page: Page, title: string, source?: string): Promise<Locator> {
  await openAlerts(page)
  const row = alertRows(page, title).filter(source ? { hasText: source } : {})
  await expect(row).toHaveCount(1)
  await row.click()
  await expect(alertDetails(page).getByRole('heading', { name: title })).toBeVisible()
  return alertDetails(page)
}

/** Job rows of a type and status (group headings left out). */
export const jobRows = (page: Page, type: string, status?: string) =>
  jobsGrid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell').nth(1) })
    .filter({ hasText: type })
    .filter(status ? { hasText: status } : {})
