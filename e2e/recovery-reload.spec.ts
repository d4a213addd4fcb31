// A reload during the Recovery Wizard loses nothing: the wizard comes back on its page with the values
// typed, and after Recover the Recovery Status page follows the job DPM recorded instead of starting again.
import type { Locator, Page } from '@playwright/test'
import { lab, openConsole, openTab } from './kit/console'
import { HR_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { jobRows, openJobs } from './kit/monitoring'
import { chooseInstance, recoveryNext as next, openRecoveryWizard, recoveryWizard } from './kit/recovery'
import { createProtectionGroup } from './kit/wizard'

/** From the default start (Monday 09:00) past the first 8:00 PM express full backup. */
const PAST_FIRST_EXPRESS_FULL_MINUTES = 12 * 60

/** HRDB protected and backed up, its Recovery Wizard on Specify Alternate Recovery Location, filled in. */
async function recoverHrDbTo(page: Page, databaseName: string): Promise<Locator> {
  await openConsole(page, { tab: 'recovery' })
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(PAST_FIRST_EXPRESS_FULL_MINUTES)
  const wizard = await openRecoveryWizard(page, HR_DB)
  await next(wizard, 'Select Recovery Type')
  await wizard.getByRole('radio', { name: 'Recover to any SQL instance' }).check()
  await next(wizard, 'Specify Alternate Recovery Location')
  await chooseInstance(wizard, 'SQL-STD02\\MSSQLSERVER')
  await wizard.getByRole('textbox', { name: 'Database name' }).fill(databaseName)
  return wizard
}

test('a reload in the Recovery Wizard keeps its page, its values and its started recovery', async ({
  page,
}) => {
  await recoverHrDbTo(page, 'HRDB_Reloaded')

  await page.reload()
  const reopened = recoveryWizard(page)
  await expect(reopened.getByRole('heading', { name: 'Specify Alternate Recovery Location' })).toBeVisible()
  await expect(reopened.getByRole('combobox', { name: 'Instance' })).toHaveValue('SQL-STD02\\MSSQLSERVER')
  await expect(reopened.getByRole('textbox', { name: 'Database name' })).toHaveValue('HRDB_Reloaded')
  await expect(reopened.getByRole('radio', { name: 'Recover to any SQL instance' })).toHaveCount(0)
  await expect(page.getByTestId(`recovery:${HR_DB}`)).toHaveAttribute('aria-selected', 'true')

  await next(reopened, 'Specify Recovery Options')
  await next(reopened, 'Summary')
  await expect(reopened).toContainText('SQL-STD02\\MSSQLSERVER\\HRDB_Reloaded')
  await reopened.getByRole('button', { name: 'Recover', exact: true }).click()
  await expect(reopened.getByTestId('recovery-status')).toHaveText('Status: Completed')

  await page.reload()
  const status = recoveryWizard(page)
  await expect(status.getByRole('heading', { name: 'Recovery Status' })).toBeVisible()
  await expect(status.getByTestId('recovery-status')).toHaveText('Status: Completed')
  await expect(status).toContainText('SQL-STD02\\MSSQLSERVER\\HRDB_Reloaded')
  await status.getByRole('button', { name: 'Close' }).click()
  await expect(status).toBeHidden()

  // Closed: a reload leaves it closed.
  await page.reload()
  await openTab(page, 'Recovery')
  await expect(recoveryWizard(page)).toBeHidden()

  await openJobs(page)
  await expect(jobRows(page, 'Recovery')).toHaveCount(1)
  await expect(jobRows(page, 'Recovery', 'Completed')).toHaveCount(1)
})

test('a recovery cut short by a reload fails with the reason instead of staying In progress', async ({
  page,
}) => {
  const wizard = await recoverHrDbTo(page, 'HRDB_Cut')
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  // The agents answer slowly: the page is reloaded while the restore is still on its way.
  await lab(page).faults({ latencyMs: 5000 })
  await wizard.getByRole('button', { name: 'Recover', exact: true }).click()
  await expect(wizard.getByTestId('recovery-status')).toHaveText('Status: In progress')
  await page.reload()

  const status = recoveryWizard(page)
  await expect(status.getByTestId('recovery-status')).toHaveText('Status: Failed')
  // Either the page saw its request cut as it unloaded, or the next page found the job orphaned: never stuck.
  await expect(status).toContainText(/Failed to fetch|reloaded while this recovery ran/)
  await lab(page).faults({})
  await status.getByRole('button', { name: 'Close' }).click()
  await openJobs(page)
  await expect(jobRows(page, 'Recovery', 'Failed')).toHaveCount(1)
})
