// Auto protection of a new database: an instance selected as a whole in Select Group Members has its new
// databases added to the group by the daily auto protection job (00:00), shown in Monitoring > Jobs; a new
// database DPM cannot protect (mirrored onto a computer without an agent) raises the job's alert instead.
import type { Page } from '@playwright/test'
import { lab, openLabPanel, openTab } from './kit/console'
import { STD01_INSTANCE as STD01 } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { jobRows, openAlert, openJobs } from './kit/monitoring'
import { expectMemberStatus, memberRow } from './kit/protection'
import { checkbox, createGroup, expand, openMembers } from './kit/wizard'

const ORDERS = `${STD01}\\OrdersDB`
const HR = `${STD01}\\HRDB`
/** The console opens at 09:00: 00:00 is 15 hours on. */
const PAST_MIDNIGHT_MINUTES = 15 * 60 + 30

/** On the Protection tab: the group protects HRDB, and OrdersDB is not (or not yet) a member. */
async function expectOrdersNotProtected(page: Page): Promise<void> {
  await openTab(page, 'Protection')
  await expect(memberRow(page, HR)).toBeVisible()
  await expect(memberRow(page, ORDERS)).toHaveCount(0)
}

/** A group with SQL-STD01's default instance selected as a whole: auto protection on. */
async function protectInstanceAsAWhole(page: Page): Promise<void> {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQL-STD01')
  await checkbox(dialog, STD01).check()
  await expect(
    dialog.getByText(`Auto protection: new databases of ${STD01} will be added to the group.`),
  ).toBeVisible()
  await createGroup(dialog, 'Standalone')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
}

test('auto protection of a new database: the daily job adds it to the group', async ({
  consolePage: page,
}) => {
  await protectInstanceAsAWhole(page)
  await lab(page).createDatabase(STD01, 'OrdersDB')
  await lab(page).advance(60)
  await expectOrdersNotProtected(page)

  await lab(page).advance(PAST_MIDNIGHT_MINUTES - 60)
  await expectMemberStatus(page, ORDERS, 'OK')
  await openJobs(page)
  await expect(jobRows(page, 'Auto protection', 'Completed').filter({ hasText: STD01 })).toHaveCount(1)
})

test('auto protection of a new database mirrored onto a computer without an agent raises the job alert', async ({
  consolePage: page,
}) => {
  await protectInstanceAsAWhole(page)
  // The database is made with the Lab panel's form, as a presenter would.
  const panel = await openLabPanel(page)
  const form = panel.getByRole('form', { name: 'Create a database' })
  await form.getByRole('textbox', { name: /Instance/ }).fill(STD01)
  await form.getByRole('textbox', { name: /Database name/ }).fill('OrdersDB')
  await form.getByRole('button', { name: 'Create database' }).click()
  await expect(form.getByRole('status')).toContainText(`${ORDERS} was created.`)
  await lab(page).mirror(ORDERS, 'SQL-NOAGENT01\\MSSQLSERVER')
  await lab(page).advance(PAST_MIDNIGHT_MINUTES)

  const alert = await openAlert(page, 'Auto protection failed', ORDERS)
  await expect(alert).toContainText('Warning')
  await expect(alert).toContainText('Install the DPM protection agent on SQL-NOAGENT01')
  await expectOrdersNotProtected(page)
  await openJobs(page)
  await expect(jobRows(page, 'Auto protection', 'Failed').filter({ hasText: STD01 })).toHaveCount(1)
})
