// The Protection tab through the UI: groups and members with their status, the details pane, the keyboard,
// Stop protection with a typed confirmation before replicas are deleted, and accessibility.
import { expectNoAxeViolations } from './kit/axe'
import { lab, openConsole, openTab } from './kit/console'
import { HR_DB as HRDB, PAYROLL_DB as PAYROLL } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { details, expectMemberStatus, memberRow, protectionGrid, selectMember } from './kit/protection'
import {
  createProtectionGroup,
  expectPage,
  modifyGroupWizard,
  next,
  nextUntil,
  openWizard,
  selectDatabases,
} from './kit/wizard'

test('members show their status and details; deleting replicas asks for a typed confirmation', async ({
  page,
}) => {
  await openConsole(page)
  await createProtectionGroup(page, [HRDB, PAYROLL], { name: 'HR' })
  await expectMemberStatus(page, HRDB, /Replica creation (pending|in progress)/)
  await lab(page).advance(30)
  await expectMemberStatus(page, HRDB, 'OK')
  await expectMemberStatus(page, PAYROLL, 'OK')
  await expect(protectionGrid(page).getByRole('row', { name: /^HR / })).toContainText('2 members')

  await selectMember(page, HRDB)
  await expect(details(page)).toContainText('Protection groupHR')
  await expect(details(page)).toContainText(/Recovery points[1-9]/)

  // Keyboard: the selected row holds focus; Up goes to the group row, Left collapses it.
  await memberRow(page, HRDB).focus()
  await page.keyboard.press('ArrowUp')
  const groupRow = protectionGrid(page).getByRole('row', { name: /^HR / })
  await expect(groupRow).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(groupRow).toHaveAttribute('aria-expanded', 'false')
  await expect(memberRow(page, HRDB)).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(memberRow(page, HRDB)).toBeVisible()

  await selectMember(page, PAYROLL)
  await page.getByRole('button', { name: 'Stop protection' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stop Protection' })
  await dialog.getByRole('radio', { name: 'Delete data source replicas from disk' }).check()
  const confirmation = dialog.getByRole('textbox', { name: /To confirm, type/ })
  await confirmation.fill('payroll')
  await dialog.getByRole('button', { name: 'Stop Protection' }).click()
  await expect(dialog).toContainText('nothing was deleted')
  await expectNoAxeViolations(page, '[role="dialog"]')
  await confirmation.fill('PayrollDB')
  await dialog.getByRole('button', { name: 'Stop Protection' }).click()
  await expect(dialog).toBeHidden()
  await expect(memberRow(page, PAYROLL)).toHaveCount(0)
  await expect(protectionGrid(page).getByRole('row', { name: /Inactive protection/ })).toHaveCount(0)

  // Retained instead: the member moves to Inactive protection and can then be removed.
  await selectMember(page, HRDB)
  await page.getByRole('button', { name: 'Stop protection' }).click()
  await page
    .getByRole('dialog', { name: 'Stop Protection' })
    .getByRole('button', { name: 'Stop Protection' })
    .click()
  await expectMemberStatus(page, HRDB, 'Inactive replica available')
  await expect(protectionGrid(page).getByRole('row', { name: /Inactive protection/ })).toBeVisible()
  await selectMember(page, HRDB)
  await page.getByRole('button', { name: 'Remove inactive protection' }).click()
  const remove = page.getByRole('dialog', { name: 'Remove inactive protection' })
  await remove.getByRole('textbox').fill('DELETE')
  await remove.getByRole('button', { name: 'Remove' }).click()
  await expect(memberRow(page, HRDB)).toHaveCount(0)
})

test('the Protection tab is accessible', async ({ page }) => {
  await openConsole(page)
  await createProtectionGroup(page, [HRDB], { name: 'HR' })
  await lab(page).advance(15)
  await openTab(page, 'Protection')
  await selectMember(page, HRDB)
  await expectNoAxeViolations(page, 'main')
})

test('New names the group Protection Group 1 and offers Servers only; Modify opens Modify Group with Update Group', async ({
  page,
}) => {
  await openConsole(page, { tab: 'protection' })
  const dialog = await openWizard(page)
  await next(dialog, 'Select Protection Group Type')
  await expect(dialog.getByRole('radio', { name: 'Servers' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: 'Clients' })).toBeDisabled()
  await expect(dialog.getByRole('radio', { name: 'Clients' })).toHaveAccessibleDescription(
    /protects servers running SQL Server/,
  )
  await next(dialog, 'Select Group Members')
  await selectDatabases(dialog, [HRDB])
  await next(dialog, 'Select Data Protection Method')
  await expect(dialog.getByRole('textbox', { name: 'Protection group name' })).toHaveValue(
    'Protection Group 1',
  )
  await nextUntil(dialog, 'Summary')
  await dialog.getByRole('button', { name: 'Create Group' }).click()
  await expectPage(dialog, 'Status')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(protectionGrid(page).getByRole('row', { name: /Protection Group 1/ })).toBeVisible()

  await selectMember(page, HRDB)
  await page
    .getByRole('toolbar', { name: 'Protection actions' })
    .getByRole('button', { name: 'Modify' })
    .click()
  const modify = modifyGroupWizard(page)
  await expectPage(modify, 'Select Group Members')
  await selectDatabases(modify, [PAYROLL])
  await nextUntil(modify, 'Summary')
  await expect(modify.getByRole('button', { name: 'Create Group' })).toHaveCount(0)
  await modify.getByRole('button', { name: 'Update Group' }).click()
  await expectPage(modify, 'Status')
  await modify.getByRole('button', { name: 'Close' }).click()
  await expect(memberRow(page, PAYROLL)).toBeVisible()
})
