// The Recovery tab and the Recovery Wizard (dpm-reference section 5, S9), driven through the UI contract:
// databases are protected with the wizard, the clock runs to the 8:00 PM express full backup, and the
// recovered database is then looked up in the estate.
import type { Locator, Page } from '@playwright/test'
import { lab, openConsole, openLabPanel, openTab } from './kit/console'
import { HR_DB, PAYROLL_DB, SALES_DB, SALES_MIRROR_COPY } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows, openAlerts, openJobs } from './kit/monitoring'
import { selectMember, stopProtectionRetainingData } from './kit/protection'
import { chooseInstance, recoveryNext as next, openRecoveryWizard, protectedData } from './kit/recovery'
import { createProtectionGroup } from './kit/wizard'

/** From the default start (Monday 09:00) past the first 8:00 PM express full backup. */
const PAST_FIRST_EXPRESS_FULL_MINUTES = 12 * 60

/** Protects the databases in a new group and lets the first express full backup run. */
async function protectWithRecoveryPoints(page: Page, paths: string[], groupName: string): Promise<void> {
  await createProtectionGroup(page, paths, { name: groupName, expectMirrorDetails: paths.includes(SALES_DB) })
  await lab(page).advance(PAST_FIRST_EXPRESS_FULL_MINUTES)
}

async function recoverAndExpect(wizard: Locator, status: 'Completed' | 'Failed'): Promise<void> {
  await expect(wizard.getByRole('heading', { name: 'Summary', exact: true })).toBeVisible()
  await wizard.getByRole('button', { name: 'Recover', exact: true }).click()
  await expect(wizard.getByRole('heading', { name: 'Recovery Status' })).toBeVisible()
  await expect(wizard.getByTestId('recovery-status')).toHaveText(`Status: ${status}`)
}

/** The estate as the agents report it, through the agent API (what a real gateway would answer). */
async function databaseInEstate(page: Page, path: string): Promise<{ state: string } | undefined> {
  const [computer = ''] = path.split('\\')
  return page.evaluate(
    async ([server, wanted]) => {
      const response = await fetch(`/agent-api/v1/computers/${encodeURIComponent(server)}/instances`)
      const { instances } = (await response.json()) as {
        instances: { databases: { path: string; state: string }[] }[]
      }
      return instances.flatMap((i) => i.databases).find((d) => d.path === wanted)
    },
    [computer, path] as const,
  )
}

test.beforeEach(async ({ page }) => {
  await openConsole(page, { tab: 'recovery' })
})

test('S9: SalesDB (mirrored) is recovered to SQL-MIR01 under a new name, never over its original', async ({
  page,
}) => {
  await protectWithRecoveryPoints(page, [SALES_DB], 'Sales')
  await openTab(page, 'Recovery')
  // One data source for the mirror, under its principal, with both partners shown.
  const salesDb = protectedData(page).getByTestId(`recovery:${SALES_DB}`)
  await expect(salesDb).toContainText(SALES_MIRROR_COPY)
  await expect(protectedData(page).getByRole('treeitem', { name: /SalesDB/ })).toHaveCount(1)

  const wizard = await openRecoveryWizard(page, SALES_DB)
  await next(wizard, 'Select Recovery Type')
  const original = wizard.getByRole('radio', { name: 'Recover to original instance of SQL Server' })
  await expect(original).toBeDisabled()
  await expect(original).toHaveAccessibleDescription(/a mirroring session exists for this database.*30223/i)
  await expect(wizard.getByRole('radio', { name: 'Copy to tape' })).toBeDisabled()
  await expect(wizard.getByRole('radio', { name: 'Recover to any SQL instance' })).toBeChecked()

  await next(wizard, 'Specify Alternate Recovery Location')
  await chooseInstance(wizard, 'SQL-MIR01\\MSSQLSERVER')
  // The mirror copy is there under the same name: error 30205, and the wizard stays.
  await expect(wizard.getByRole('textbox', { name: 'Database name' })).toHaveValue('SalesDB')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(
    wizard.getByText(/A database named "SalesDB" already exists on SQL-MIR01\\MSSQLSERVER.*30205/),
  ).toBeVisible()
  await expect(wizard.getByRole('heading', { name: 'Specify Alternate Recovery Location' })).toBeVisible()

  await wizard.getByRole('textbox', { name: 'Database name' }).fill('SalesDB_Recovered')
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  await expect(wizard).toContainText('SQL-MIR01\\MSSQLSERVER\\SalesDB_Recovered')
  await recoverAndExpect(wizard, 'Completed')
  await wizard.getByRole('button', { name: 'Close' }).click()

  expect(await databaseInEstate(page, 'SQL-MIR01\\MSSQLSERVER\\SalesDB_Recovered')).toMatchObject({
    state: 'ONLINE',
  })
  await openJobs(page)
  await expect(jobRows(page, 'Recovery', 'Completed')).toHaveCount(1)
  await openAlerts(page)
  await expect(alertRows(page, 'Recovery succeeded')).toHaveCount(1)
})

/** HRDB protected with a recovery point, the Recovery Wizard at Specify Alternate Recovery Location. */
async function recoverHrToAnyInstance(page: Page): Promise<Locator> {
  await protectWithRecoveryPoints(page, [HR_DB], 'HR')
  const wizard = await openRecoveryWizard(page, HR_DB)
  await next(wizard, 'Select Recovery Type')
  await wizard.getByRole('radio', { name: 'Recover to any SQL instance' }).check()
  await next(wizard, 'Specify Alternate Recovery Location')
  return wizard
}

test('the recovered database shows in Select Group Members after Refresh', async ({ page }) => {
  const wizard = await recoverHrToAnyInstance(page)
  await chooseInstance(wizard, 'SQL-STD02\\MSSQLSERVER')
  await wizard.getByRole('textbox', { name: 'Database name' }).fill('HRDB_Copy')
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  await recoverAndExpect(wizard, 'Completed')
  await wizard.getByRole('button', { name: 'Close' }).click()

  await openTab(page, 'Protection')
  await page.getByRole('button', { name: 'New' }).click()
  const protection = page.getByRole('dialog', { name: 'Create New Protection Group' })
  await protection.getByRole('button', { name: 'Next' }).click()
  await protection.getByRole('button', { name: 'Next' }).click()
  await expect(protection.getByRole('heading', { name: 'Select Group Members' })).toBeVisible()
  await protection.getByRole('button', { name: 'Refresh' }).click()
  await protection.getByRole('searchbox', { name: 'Search members' }).fill('HRDB_Copy')
  await expect(protection.getByTestId('member:SQL-STD02\\MSSQLSERVER\\HRDB_Copy')).toBeVisible()
})

test('a plain database is recovered to its original instance, left non-operational', async ({ page }) => {
  await protectWithRecoveryPoints(page, [HR_DB], 'HR')
  await openTab(page, 'Recovery')
  await protectedData(page).getByTestId(`recovery:${HR_DB}`).click()
  // The calendar bolds the day of the express full backup; its time is listed.
  await page.getByRole('button', { name: 'Monday, January 5, 2026, has recovery points' }).click()
  const wizard = await openRecoveryWizard(page, HR_DB, '2026-01-05 20:00 UTC')
  await expect(wizard).toContainText('2026-01-05 20:00 UTC')
  await next(wizard, 'Select Recovery Type')
  await expect(
    wizard.getByRole('radio', { name: 'Recover to original instance of SQL Server' }),
  ).toBeChecked()
  await next(wizard, 'Specify Database State')
  await wizard
    .getByRole('radio', {
      name: 'Leave database non-operational but able to restore additional transaction logs',
    })
    .check()
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  await expect(wizard).toContainText('Replaced')
  await recoverAndExpect(wizard, 'Completed')
  expect(await databaseInEstate(page, HR_DB)).toMatchObject({ state: 'RESTORING' })
})

test('a copy to a network folder refuses a bad path as it is typed, then copies to a good one', async ({
  page,
}) => {
  await protectWithRecoveryPoints(page, [HR_DB], 'HR')
  const wizard = await openRecoveryWizard(page, HR_DB)
  await next(wizard, 'Select Recovery Type')
  await wizard.getByRole('radio', { name: 'Copy to a network folder' }).check()
  await next(wizard, 'Specify Alternate Recovery Location')
  const folder = wizard.getByRole('textbox', { name: 'Network folder' })
  await folder.fill('D:\\Recovery')
  await expect(folder).toHaveAccessibleDescription(/UNC path that starts with/)
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Specify Alternate Recovery Location' })).toBeVisible()
  // A computer without a protection agent cannot receive the files.
  await folder.fill('\\\\SQL-NOAGENT01\\Recovery\\HR')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(folder).toHaveAccessibleDescription(/not installed on SQL-NOAGENT01/)
  await folder.fill('\\\\SQL-STD02\\Recovery\\HR')
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  await expect(wizard).toContainText('\\\\SQL-STD02\\Recovery\\HR')
  await recoverAndExpect(wizard, 'Completed')
  // The files are on SQL-STD02 now: window.dpmLab and the lab panel list them.
  const files = await lab(page).files('SQL-STD02')
  expect(files.map((file) => file.path)).toEqual([
    '\\\\SQL-STD02\\Recovery\\HR\\HRDB.mdf',
    '\\\\SQL-STD02\\Recovery\\HR\\HRDB_log.ldf',
  ])
  expect(files.every((file) => file.sourcePath === HR_DB && file.sizeMb > 0)).toBe(true)
  await wizard.getByRole('button', { name: 'Close' }).click()
  const panel = await openLabPanel(page)
  await expect(
    panel.getByRole('table', { name: 'Network folder files' }).getByTestId(`file:${files[0]?.path}`),
  ).toContainText('HRDB.mdf')
})

test('a retained data source stays recoverable after Stop protection', async ({ page }) => {
  await protectWithRecoveryPoints(page, [PAYROLL_DB], 'Payroll')
  await selectMember(page, PAYROLL_DB)
  await stopProtectionRetainingData(page)

  await openTab(page, 'Recovery')
  await expect(protectedData(page).getByTestId(`recovery:${PAYROLL_DB}`)).toContainText('Inactive protection')
  const wizard = await openRecoveryWizard(page, PAYROLL_DB)
  await expect(wizard).toContainText('Inactive protection')
  await next(wizard, 'Select Recovery Type')
  await wizard.getByRole('radio', { name: 'Recover to any SQL instance' }).check()
  await next(wizard, 'Specify Alternate Recovery Location')
  await chooseInstance(wizard, 'SQL-STD03\\MSSQLSERVER')
  await wizard.getByRole('textbox', { name: 'Database name' }).fill('PayrollDB_Retained')
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  await recoverAndExpect(wizard, 'Completed')
  expect(await databaseInEstate(page, 'SQL-STD03\\MSSQLSERVER\\PayrollDB_Retained')).toMatchObject({
    state: 'ONLINE',
  })
})

test('a failed recovery is retried from Monitoring > Jobs as any other failed job', async ({ page }) => {
  const wizard = await recoverHrToAnyInstance(page)
  await chooseInstance(wizard, 'SQL-STD02\\MSSQLSERVER')
  await wizard.getByRole('textbox', { name: 'Database name' }).fill('HRDB_Retried')
  await next(wizard, 'Specify Recovery Options')
  await next(wizard, 'Summary')
  // SQL-STD02 stops answering just as the recovery starts.
  await lab(page).faults({ unreachable: ['SQL-STD02'] })
  await recoverAndExpect(wizard, 'Failed')
  await wizard.getByRole('button', { name: 'Close' }).click()
  await lab(page).faults({})

  await openJobs(page)
  const failed = jobRows(page, 'Recovery', 'Failed')
  await expect(failed).toHaveCount(1)
  await failed.getByRole('button', { name: 'Retry' }).click()
  await expect(jobRows(page, 'Recovery', 'Completed')).toHaveCount(1)
  expect(await databaseInEstate(page, 'SQL-STD02\\MSSQLSERVER\\HRDB_Retried')).toMatchObject({
    state: 'ONLINE',
  })
})

test('what the agents answer to Next stays beside its field until that field changes', async ({ page }) => {
  const wizard = await recoverHrToAnyInstance(page)
  const instance = wizard.getByRole('combobox', { name: 'Instance' })
  const name = wizard.getByRole('textbox', { name: 'Database name' })
  await instance.fill('SQL-NOAGENT01\\MSSQLSERVER')
  await name.fill('HRDB_Copy')
  await wizard.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(instance).toHaveAccessibleDescription(/SQL-NOAGENT01/)

  // Another field changes: the instance's answer stays.
  await name.fill('HRDB_Other')
  await expect(instance).toHaveAccessibleDescription(/SQL-NOAGENT01/)
  // The instance changes: its answer goes.
  await instance.fill('SQL-STD02\\MSSQLSERVER')
  await expect(instance).not.toHaveAccessibleDescription(/SQL-NOAGENT01/)
})
