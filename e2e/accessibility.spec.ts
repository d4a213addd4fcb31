// Accessibility: axe finds no violation on any screen or dialog, once each, with every rule (Fluent's focus
// sentinels included): the whole page (the shell and the status bar included) for a screen and for a wizard's
// first page, the dialog alone for its later pages
// (each page of Create New Protection Group is checked in protection-wizard.spec.ts). The wizard and the
// Monitoring tab work with the keyboard alone.
import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './kit/axe'
import { lab, openConsole, openLabPanel, openTab } from './kit/console'
import { HR_DB, SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { activate, tabTo } from './kit/keyboard'
import { alertDetails, jobDetails, openAlert, openAlerts, openJobs } from './kit/monitoring'
import { selectMember } from './kit/protection'
import { openRecoveryWizard } from './kit/recovery'
import { doTourStep, tourPanel } from './kit/tour'
import { createProtectionGroup, expectPage, wizard } from './kit/wizard'

const expectAccessible = (page: Page) => expectNoAxeViolations(page)
/** Axe over the open dialog alone, once the whole page was checked with it open. */
const expectDialogAccessible = (page: Page) => expectNoAxeViolations(page, '[role="dialog"]')

/** SalesDB protected, then its mirror broken: alerts, failed jobs and a member in error on every screen. */
async function protectAndBreakMirror(page: Page): Promise<void> {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales' })
  await lab(page).advance(15)
  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(15)
}

async function expectTabAccessible(page: Page, tab: 'Recovery' | 'Reporting' | 'Management'): Promise<void> {
  await openTab(page, tab)
  await expect(page.getByRole('main', { name: tab })).not.toContainText(`Loading ${tab}`)
  await expectAccessible(page)
}

test('the Monitoring tab passes axe: an alert and the jobs', async ({ page }) => {
  await protectAndBreakMirror(page)
  await openAlert(page, 'Database mirroring session is broken', SALES_DB)
  await expectAccessible(page)
  await openJobs(page)
  await expectAccessible(page)
})

test('the Protection and Recovery tabs pass axe', async ({ page }) => {
  await protectAndBreakMirror(page)
  await selectMember(page, SALES_DB)
  await expectAccessible(page)
  await expectTabAccessible(page, 'Recovery')
})

test('the Reporting and Management tabs pass axe', async ({ page }) => {
  await protectAndBreakMirror(page)
  await expectTabAccessible(page, 'Reporting')
  await expectTabAccessible(page, 'Management')
})

test('the Lab, the faults indicator and a tour with its highlight pass axe', async ({ page }) => {
  // With content: a group protected and a failover since.
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales' })
  await lab(page).advance(15)
  await lab(page).failover(SALES_DB)
  await lab(page).faults({ latencyMs: 10 })
  await expect(page.getByTestId('faults-indicator')).toBeVisible()
  await openLabPanel(page)
  await expectAccessible(page)

  await openConsole(page, { tour: 'S2', tab: 'protection' })
  const panel = tourPanel(page, 'S2')
  await doTourStep(panel)
  await panel.getByRole('button', { name: 'Next step' }).click()
  await doTourStep(panel)
  await expect(page.getByTestId('tour-highlight')).toBeVisible()
  await expectAccessible(page)
})

test('every page of the Recovery Wizard and the Stop Protection dialog pass axe', async ({ page }) => {
  await openConsole(page, { tab: 'recovery' })
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(12 * 60)
  const wizard = await openRecoveryWizard(page, HR_DB)
  // The whole page once with the modal wizard open, the console behind it included; then the dialog alone.
  await expectAccessible(page)
  // Next through every page the wizard has for this database, axe on each.
  const current = wizard.getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]')
  for (let step = 0; step < 6 && (await current.textContent()) !== 'Summary'; step++) {
    const before = (await current.textContent()) ?? ''
    await wizard.getByRole('button', { name: 'Next' }).click()
    await expect(current).not.toHaveText(before)
    await expectDialogAccessible(page)
  }
  await expect(current).toHaveText('Summary')
  await wizard.getByRole('button', { name: 'Recover', exact: true }).click()
  await expect(wizard.getByTestId('recovery-status')).toHaveText('Status: Completed')
  await expectDialogAccessible(page)
  await wizard.getByRole('button', { name: 'Close' }).click()
  // The closed wizard gives the console back to assistive technology (app/focus-manager-keeper.tsx).
  await expect(page.getByRole('tablist', { name: 'Navigation' })).toBeVisible()

  await selectMember(page, HR_DB)
  await page.getByRole('button', { name: 'Stop protection' }).click()
  await expect(page.getByRole('dialog', { name: 'Stop Protection' })).toBeVisible()
  await expectAccessible(page)
})

test('the Protection Agent Installation Wizard passes axe', async ({ page }) => {
  await openConsole(page, { tab: 'management' })
  await page
    .getByRole('table', { name: 'Agents' })
    .getByTestId('agent:SQL-MIR02')
    .getByRole('checkbox')
    .check()
  await page.getByRole('button', { name: 'Install' }).click()
  const install = page.getByRole('dialog', { name: 'Protection Agent Installation Wizard' })
  await expect(install).toBeVisible()
  await expectAccessible(page)
})

test('keyboard only: a mirrored database protected through every page of the wizard', async ({ page }) => {
  await openConsole(page, { tab: 'protection' })
  await activate(
    page,
    page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }),
  )
  const dialog = wizard(page)
  await expectPage(dialog, 'Welcome')
  // The whole page once with the modal wizard open, the console behind it included; each page of the
  // dialog passes axe in protection-wizard.spec.ts.
  await expectAccessible(page)
  const nextButton = dialog.getByRole('button', { name: 'Next', exact: true })
  await activate(page, nextButton)
  await expectPage(dialog, 'Select Protection Group Type')
  await activate(page, nextButton)
  await expectPage(dialog, 'Select Group Members')

  // Search members, then into the tree: Down to the database, Space checks it.
  await tabTo(page, dialog.getByRole('searchbox', { name: 'Search members' }))
  await page.keyboard.type('SalesDB')
  const sales = dialog.getByTestId(`member:${SALES_DB}`)
  await expect(sales).toBeVisible()
  await tabTo(page, dialog.getByRole('tree', { name: 'Available members' }).getByRole('treeitem').first())
  for (let press = 0; press < 12 && !(await sales.evaluate((e) => e === document.activeElement)); press++)
    await page.keyboard.press('ArrowDown')
  await expect(sales).toBeFocused()
  await page.keyboard.press('Space')
  await expect(sales.getByRole('checkbox')).toBeChecked()
  await expect(dialog.getByTestId('mirror-details')).toContainText(
    'DPM maintains a single replica for the mirror.',
  )

  await activate(page, nextButton)
  await expectPage(dialog, 'Select Data Protection Method')
  await tabTo(page, dialog.getByRole('textbox', { name: 'Protection group name' }), { backwards: true })
  await page.keyboard.type('Keyboard only')
  for (const title of [
    'Specify Short-Term Goals',
    'Review Disk Storage Allocation',
    'Choose Replica Creation Method',
    'Choose Consistency Check Options',
    'Summary',
  ]) {
    await activate(page, nextButton)
    await expectPage(dialog, title)
  }
  await activate(page, dialog.getByRole('button', { name: 'View script' }))
  await expect(dialog.locator('code')).toContainText("-Name 'Keyboard only'")
  await activate(page, dialog.getByRole('button', { name: 'Create Group' }))
  await expectPage(dialog, 'Status')
  await activate(page, dialog.getByRole('button', { name: 'Close' }))
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId(`ds:${SALES_DB}`)).toBeVisible()
})

test('keyboard only: the Monitoring tab, from the navigation to an alert and a job', async ({ page }) => {
  await openConsole(page, { tab: 'protection' })
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales' })
  await lab(page).advance(15)
  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(15)

  // The navigation tabs: arrows move between them.
  await tabTo(page, page.getByRole('tab', { name: 'Protection' }))
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('aria-selected', 'true')

  // Alerts: into the grid, Down to the alert, Enter shows its details; its actions are reachable by Tab.
  await tabTo(page, page.getByRole('tab', { name: 'Alerts', exact: true }))
  await page.keyboard.press('Enter')
  const alertRow = page
    .getByRole('grid', { name: 'Alerts' })
    .getByRole('row', { name: /Database mirroring session is broken/ })
  await tabTo(page, page.getByRole('grid', { name: 'Alerts' }).getByRole('row').nth(1))
  for (let press = 0; press < 4 && !(await alertRow.evaluate((e) => e === document.activeElement)); press++)
    await page.keyboard.press('ArrowDown')
  await expect(alertRow).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(alertDetails(page)).toContainText('Database mirroring session is broken')
  await tabTo(page, alertDetails(page).getByRole('button', { name: 'Inactivate alert' }))
  await expectAccessible(page)

  // Jobs: the vertical view tabs follow the arrows; a failed job's details with Enter.
  await tabTo(page, page.getByRole('tab', { name: 'Alerts', exact: true }), { backwards: true })
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await openJobs(page)
  const failed = page
    .getByRole('grid', { name: 'Jobs' })
    .getByRole('row', { name: /Synchronization.*Failed/ })
    .first()
  await tabTo(page, page.getByRole('grid', { name: 'Jobs' }).getByRole('row').nth(1))
  for (let press = 0; press < 10 && !(await failed.evaluate((e) => e === document.activeElement)); press++)
    await page.keyboard.press('ArrowDown')
  await expect(failed).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(jobDetails(page)).toContainText('Failed')
  await expectAccessible(page)
  await openAlerts(page)
})

test('keyboard only: F6 moves between the open wizard and the tour panel, and says so', async ({ page }) => {
  await openConsole(page, { tour: 'S2', tab: 'protection' })
  const panel = tourPanel(page, 'S2')
  await tabTo(
    page,
    page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }),
  )
  await page.keyboard.press('Enter')
  const dialog = wizard(page)
  await expectPage(dialog, 'Welcome')
  const next = dialog.getByRole('button', { name: 'Next', exact: true })
  await tabTo(page, next)

  await page.keyboard.press('F6')
  await expect(panel).toBeFocused()
  await expect(page.getByTestId('tour-f6-announcement')).toHaveText(
    'Tour S2 panel. F6 returns to Create New Protection Group.',
  )
  await page.keyboard.press('Tab')
  await expect(panel.getByRole('button', { name: 'End tour' })).toBeFocused()

  await page.keyboard.press('F6')
  await expect(next).toBeFocused()
  await expect(page.getByTestId('tour-f6-announcement')).toHaveText(
    'Create New Protection Group. F6 goes to the tour panel.',
  )
  await expect(dialog).toBeVisible()
})
