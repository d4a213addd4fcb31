// The Create New Protection Group wizard: mirror detection on Select Group Members (S1, S2, S3, S10), group
// names, a reload in the middle, and every page through axe with the members chosen by keyboard.
import { agentInstallWizard, installationRow, installThroughWizard } from './kit/agents'
import { expectNoAxeViolations } from './kit/axe'
import { openConsole } from './kit/console'
import {
  FINANCE_DB,
  HR_DB,
  PAYROLL_DB,
  POLICY_DB,
  SALES_DB as SALES,
  SALES_MIRROR_COPY as SALES_COPY,
} from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import {
  checkbox,
  createGroup,
  expand,
  expectPage,
  member,
  next,
  openMembers,
  openWizard,
  search,
  selectedMembers,
  wizard,
} from './kit/wizard'

test.beforeEach(async ({ page }) => {
  await openConsole(page, { tab: 'protection' })
})

const expectDialogAccessible = (page: Parameters<typeof expectNoAxeViolations>[0]) =>
  expectNoAxeViolations(page, '[role="dialog"]')

test('protect SalesDB: mirror details, one data source, created, replica creation listed', async ({
  page,
}) => {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQL-PRI01')
  await checkbox(dialog, SALES).check()
  const details = dialog.getByRole('region', { name: 'Mirror details' })
  await expect(details).toBeVisible()
  await expect(dialog.getByTestId('mirror-details')).toContainText(`Mirror${SALES_COPY}`)
  await expect(details).toContainText('High safety with automatic failover')
  await expect(details).toContainText('SYNCHRONIZED')
  await expect(details).toContainText('TCP://')
  await expect(details).toContainText('SQL-MIR01 (Mirror): OK')
  await expect(details).toContainText('DPM maintains a single replica for the mirror.')
  await expect(selectedMembers(dialog)).toHaveCount(1)
  await createGroup(dialog, 'Sales mirrored')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(wizard(page)).toBeHidden()
  await expect(page.getByTestId(`ds:${SALES}`)).toBeVisible()
  await page.getByRole('tab', { name: 'Monitoring' }).click()
  await page.getByRole('tab', { name: 'Jobs' }).click()
  await expect(
    page.getByRole('table', { name: 'Jobs' }).or(page.getByRole('grid', { name: 'Jobs' })),
  ).toContainText('Replica creation')
})

test('S2: SalesDB checked on SQL-MIR01 is the same single data source as on SQL-PRI01', async ({ page }) => {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQL-MIR01')
  await expect(member(dialog, SALES_COPY)).toContainText('Mirror')
  await checkbox(dialog, SALES_COPY).check()
  await expect(selectedMembers(dialog)).toHaveCount(1)
  await expect(selectedMembers(dialog).first()).toContainText(SALES)
  await expect(selectedMembers(dialog).first()).toContainText(`mirror ${SALES_COPY}`)
  await expand(dialog, 'SQL-PRI01')
  await expect(checkbox(dialog, SALES)).toBeChecked()
  await checkbox(dialog, SALES).check()
  await expect(selectedMembers(dialog)).toHaveCount(1)
  await createGroup(dialog, 'Sales from the mirror')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId(`ds:${SALES}`)).toHaveCount(1)
  await expect(page.getByTestId(`ds:${SALES_COPY}`)).toHaveCount(0)
})

test('S1: FinanceDB is blocked until the agent is installed on SQL-MIR02 from the wizard', async ({
  page,
}) => {
  const dialog = await openMembers(page)
  const finance = FINANCE_DB
  await expect(member(dialog, 'SQL-MIR02')).toHaveCount(0)
  await expand(dialog, 'SQL-PRI02')
  await expect(member(dialog, finance)).toContainText('SQL-MIR02')
  await expect(checkbox(dialog, finance)).toBeDisabled()
  await member(dialog, finance).click()
  await expect(dialog.getByRole('region', { name: 'Mirror details' })).toContainText(
    'SQL-MIR02 (Mirror): Not installed',
  )
  await member(dialog, finance).getByRole('button', { name: 'Install agent' }).click()
  const install = agentInstallWizard(page)
  await installThroughWizard(install)
  await expect(installationRow(install, 'SQL-MIR02')).toContainText('Success')
  await install.getByRole('button', { name: 'Close' }).click()
  await expect(install).toBeHidden()
  await expectPage(dialog, 'Select Group Members')
  await dialog.getByRole('button', { name: 'Refresh' }).click()
  await expect(checkbox(dialog, finance)).toBeEnabled()
  await checkbox(dialog, finance).check()
  await createGroup(dialog, 'Finance')
})

test('S10: LedgerDB and BillingDB are disabled with their reasons', async ({ page }) => {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQL-SAME01')
  for (const ledger of ['SQL-SAME01\\INST1\\LedgerDB', 'SQL-SAME01\\INST2\\LedgerDB']) {
    await expect(checkbox(dialog, ledger)).toBeDisabled()
    await expect(member(dialog, ledger)).toContainText('mirrored on the same server (SQL-SAME01)')
  }
  await search(dialog, 'BillingDB')
  for (const billing of ['SQL-IP01\\MSSQLSERVER\\BillingDB', 'SQL-IP02\\MSSQLSERVER\\BillingDB']) {
    await expect(checkbox(dialog, billing)).toBeDisabled()
    await expect(member(dialog, billing)).toContainText(
      'explicitly configured IP address (TCP://10.20.30.41:5022)',
    )
  }
})

test('S3: ClaimsDB, PolicyDB and ArchiveDB, mirrored across clusters, are protected', async ({ page }) => {
  const dialog = await openMembers(page)
  await expect(member(dialog, 'SQLCLU01')).toContainText('CLU01-N1, CLU01-N2')
  for (const path of ['SQLCLU01\\SQLFCI\\ClaimsDB', POLICY_DB, 'SQLCLU03\\SQLFCI\\ArchiveDB']) {
    await search(dialog, path.split('\\')[2] ?? '')
    await checkbox(dialog, path).check()
  }
  await expect(selectedMembers(dialog)).toHaveCount(3)
  await member(dialog, 'SQLCLU03\\SQLFCI\\ArchiveDB').click()
  const details = dialog.getByRole('region', { name: 'Mirror details' })
  for (const node of ['CLU03-N1', 'CLU03-N2', 'CLU04-N1', 'CLU04-N2'])
    await expect(details).toContainText(node)
  await expect(details).toContainText('node of SQLCLU04')
  await createGroup(dialog, 'Clustered mirrors')
  await dialog.getByRole('button', { name: 'Close' }).click()
  for (const path of ['SQLCLU01\\SQLFCI\\ClaimsDB', POLICY_DB, 'SQLCLU03\\SQLFCI\\ArchiveDB']) {
    await expect(page.getByTestId(`ds:${path}`)).toBeVisible()
  }
})

test('a protected database is checked and disabled with its group', async ({ page }) => {
  let dialog = await openMembers(page)
  await expand(dialog, 'SQL-STD01')
  await checkbox(dialog, HR_DB).check()
  await createGroup(dialog, 'HR')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }).click()
  dialog = wizard(page)
  await next(dialog, 'Select Protection Group Type')
  await next(dialog, 'Select Group Members')
  await expand(dialog, 'SQL-STD01')
  const hr = HR_DB
  await expect(checkbox(dialog, hr)).toBeChecked()
  await expect(checkbox(dialog, hr)).toBeDisabled()
  await expect(member(dialog, hr)).toContainText('Protected in protection group HR')
})

test('Next refuses an empty selection (31010) and each invalid group name with its own message', async ({
  page,
}) => {
  const dialog = await openMembers(page)
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText(/no members were selected for protection/i)
  await expectPage(dialog, 'Select Group Members')
  await expand(dialog, 'SQL-STD01')
  await checkbox(dialog, HR_DB).check()
  await createGroup(dialog, 'Existing')
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }).click()
  const again = wizard(page)
  await next(again, 'Select Protection Group Type')
  await next(again, 'Select Group Members')
  await expand(again, 'SQL-STD01')
  await checkbox(again, PAYROLL_DB).check()
  await next(again, 'Select Data Protection Method')
  const name = again.getByRole('textbox', { name: 'Protection group name' })
  const cases: [string, string][] = [
    ['', 'Enter a name for the protection group.'],
    [' Payroll', 'cannot begin or end with a space'],
    ['x'.repeat(65), 'at most 64 characters; this one has 65'],
    ['Payroll (2026)', 'cannot contain the characters | / ( ) . (found: ( ))'],
    ['existing', 'A protection group named "Existing" already exists on this DPM server.'],
  ]
  for (const [value, message] of cases) {
    await name.fill(value)
    await again.getByRole('button', { name: 'Next', exact: true }).click()
    await expectPage(again, 'Select Data Protection Method')
    await expect(name).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  }
  await name.fill('Payroll')
  await next(again, 'Specify Short-Term Goals')
})

test('a reload in the middle of the wizard keeps the draft', async ({ page }) => {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQL-PRI01')
  await checkbox(dialog, SALES).check()
  await next(dialog, 'Select Data Protection Method')
  await dialog.getByRole('textbox', { name: 'Protection group name' }).fill('Half done')
  await next(dialog, 'Specify Short-Term Goals')
  await dialog.getByRole('spinbutton', { name: 'Retention range' }).fill('12')
  await page.reload()
  const reopened = wizard(page)
  await expectPage(reopened, 'Specify Short-Term Goals')
  await expect(reopened.getByRole('spinbutton', { name: 'Retention range' })).toHaveValue('12')
  await reopened.getByRole('button', { name: 'Back' }).click()
  await expect(reopened.getByRole('textbox', { name: 'Protection group name' })).toHaveValue('Half done')
  await reopened.getByRole('button', { name: 'Back' }).click()
  await expect(selectedMembers(reopened)).toHaveCount(1)
  await expect(checkbox(reopened, SALES)).toBeChecked()
  // Cancel asks before throwing the draft away.
  await reopened.getByRole('button', { name: 'Cancel' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Discard this protection group?' })
  await confirm.getByRole('button', { name: 'Keep editing' }).click()
  await expectPage(reopened, 'Select Group Members')
  await reopened.getByRole('button', { name: 'Cancel' }).click()
  await confirm.getByRole('button', { name: 'Discard' }).click()
  await expect(wizard(page)).toBeHidden()
})

test('every page passes axe, and the members can be chosen with the keyboard alone', async ({ page }) => {
  const dialog = await openWizard(page)
  await expectPage(dialog, 'Welcome')
  await expectDialogAccessible(page)
  await next(dialog, 'Select Protection Group Type')
  await expectDialogAccessible(page)
  await next(dialog, 'Select Group Members')
  await member(dialog, 'SQL-PRI01').focus()
  await page.keyboard.press('ArrowRight')
  await expect(member(dialog, SALES)).toBeVisible()
  // SQL-PRI01 > All SQL Servers > MSSQLSERVER > CRMDB, SalesDB
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown')
  await expect(member(dialog, SALES)).toBeFocused()
  await page.keyboard.press('Space')
  await expect(checkbox(dialog, SALES)).toBeChecked()
  await expect(dialog.getByTestId('mirror-details')).toBeVisible()
  await expectDialogAccessible(page)
  await next(dialog, 'Select Data Protection Method')
  await dialog.getByRole('textbox', { name: 'Protection group name' }).fill('Keyboard')
  await expectDialogAccessible(page)
  await next(dialog, 'Specify Short-Term Goals')
  await expect(dialog.getByRole('combobox', { name: 'Synchronization frequency' })).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'Just before a recovery point' })).toBeVisible()
  await expectDialogAccessible(page)
  await next(dialog, 'Review Disk Storage Allocation')
  await expect(dialog.getByRole('table', { name: 'Disk allocation details' }).getByRole('row')).toHaveCount(2)
  await expectDialogAccessible(page)
  await next(dialog, 'Choose Replica Creation Method')
  await expectDialogAccessible(page)
  await next(dialog, 'Choose Consistency Check Options')
  await expectDialogAccessible(page)
  await next(dialog, 'Summary')
  await dialog.getByRole('button', { name: 'View script' }).click()
  await expect(dialog.locator('code')).toContainText(
    "New-DPMProtectionGroup -DPMServerName $dpmServer -Name 'Keyboard'",
  )
  await expectDialogAccessible(page)
  await dialog.getByRole('button', { name: 'Create Group' }).focus()
  await page.keyboard.press('Enter')
  await expectPage(dialog, 'Status')
  await expectDialogAccessible(page)
})
