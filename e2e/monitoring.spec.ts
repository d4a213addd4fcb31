// The Monitoring tab through the UI: alerts grouped and inactivated, jobs grouped, filtered and retried, and
// accessibility.
import { expectNoAxeViolations } from './kit/axe'
import { lab, openConsole } from './kit/console'
import { SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import {
  alertDetails,
  alertRows,
  alertsGrid,
  jobDetails,
  jobRows,
  jobsGrid,
  openAlert,
  openAlerts,
  openJobs,
} from './kit/monitoring'
import { createProtectionGroup } from './kit/wizard'

const BROKEN = 'Database mirroring session is broken'

test('alerts: grouping, details, Inactivate alert and Show inactive alerts', async ({ page }) => {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales' })
  await lab(page).advance(15)
  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(15)

  await openAlerts(page)
  await expect(alertsGrid(page).getByRole('row', { name: /^Critical \(1\)/ })).toBeVisible()
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('Protection group')
  await expect(alertsGrid(page).getByRole('row', { name: /^Sales \(1\)/ })).toBeVisible()
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('Computer')
  await expect(alertsGrid(page).getByRole('row', { name: /^SQL-PRI01 \(1\)/ })).toBeVisible()

  const details = await openAlert(page, BROKEN, SALES_DB)
  await expect(details).toContainText('Time raised')
  await expectNoAxeViolations(page, 'main')

  await details.getByRole('button', { name: 'Inactivate alert' }).click()
  await expect(alertRows(page, BROKEN)).toHaveCount(0)
  await expect(alertDetails(page)).toContainText('StatusInactive')
  await page.getByRole('checkbox', { name: 'Show inactive alerts' }).check()
  await expect(alertRows(page, `${BROKEN} (inactive)`)).toHaveCount(1)
})

test('jobs: grouped by status, filtered, a failed job retried, keyboard and accessibility', async ({
  page,
}) => {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales' })
  await lab(page).advance(15)
  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(15)

  await openJobs(page)
  // Grouped by status by default.
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('status')
  await expect(jobsGrid(page).getByRole('row', { name: /^Failed \(\d+\)/ })).toBeVisible()
  await expect(jobsGrid(page).getByRole('row', { name: /^Completed \(\d+\)/ })).toBeVisible()

  await page.getByRole('combobox', { name: 'Status' }).selectOption('Failed')
  await expect(jobsGrid(page).getByRole('row', { name: /^Completed/ })).toHaveCount(0)
  const failed = jobRows(page, 'Synchronization', 'Failed')
  const failedBefore = await failed.count()
  expect(failedBefore).toBeGreaterThan(0)

  // Keyboard: Home goes to the first row, Down to the failed job, Enter shows its details.
  await jobsGrid(page).getByRole('row').nth(1).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(jobDetails(page)).toContainText('Failed')
  await expectNoAxeViolations(page, 'main')

  // Retry runs the job again: it fails again, since the mirror is still broken.
  await failed.first().getByRole('button', { name: 'Retry' }).click()
  await lab(page).advance(1)
  await expect(failed).toHaveCount(failedBefore + 1)

  await page.getByRole('combobox', { name: 'Group by' }).selectOption('Type')
  await expect(jobsGrid(page).getByRole('row', { name: /^Synchronization \(\d+\)/ })).toBeVisible()
  await page.getByRole('combobox', { name: 'Time range' }).selectOption('Last hour')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('Canceled')
  await expect(page.getByText('No jobs match the filters.')).toBeVisible()
})

test('Jobs or Alerts, the grouping and the filters are kept across a reload', async ({ page }) => {
  await openConsole(page)
  await page.getByRole('checkbox', { name: 'Show inactive alerts' }).check()
  await openJobs(page)
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('Type')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('Failed')
  await page.getByRole('combobox', { name: 'Time range' }).selectOption('Last 7 days')

  await page.reload()
  await expect(page.getByRole('tab', { name: 'Jobs', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(jobsGrid(page)).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('type')
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('failed')
  await expect(page.getByRole('combobox', { name: 'Time range' })).toHaveValue('week')
  await page.getByRole('tab', { name: 'Alerts', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: 'Show inactive alerts' })).toBeChecked()
})
