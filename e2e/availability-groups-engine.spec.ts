// Always On availability groups in the engine, driven as an admin would with window.dpmLab for the lab's
// events: OrdersDB of AG-Orders is backed up on the replica its backup preference chooses (SQL-AG02), a lost
// primary does not stop protection (no consistency check, no alert, unlike S7), "Secondary only" with only the
// primary online fails the backup with its alert and fix until healed, and the Recovery Wizard offers an
// alternate instance only, saying why.
import type { Page } from '@playwright/test'
import { lab, openConsole, openTab } from './kit/console'
import { AG_ORDERS, AG_ORDERS_COPIES } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows, openAlert, openAlerts, openJobs, readAlerts, readJobs } from './kit/monitoring'
import { expectMemberStatus } from './kit/protection'
import { openRecoveryWizard, recoveryNext } from './kit/recovery'
import { createProtectionGroup } from './kit/wizard'

const [ORDERS] = AG_ORDERS_COPIES
const NO_REPLICA = 'No availability group replica can be backed up'

/** OrdersDB protected with the wizard (selected on the primary, SQL-AG01), its replica created. */
async function protectOrders(page: Page): Promise<void> {
  await openConsole(page)
  await createProtectionGroup(page, [ORDERS], { name: 'Orders' })
  await lab(page).advance(35)
  await expectMemberStatus(page, ORDERS, 'OK')
}

/** The finished jobs of OrdersDB, as the Jobs view lists them. */
async function ordersJobs(page: Page) {
  const jobs = await readJobs(page)
  return jobs.filter((job) => job.source.includes('OrdersDB') && job.status !== 'Scheduled')
}

test('OrdersDB is backed up on SQL-AG02; when the primary fails protection goes on from SQL-AG03', async ({
  page,
}) => {
  await protectOrders(page)
  const before = await ordersJobs(page)
  expect(before.length).toBeGreaterThanOrEqual(3)
  for (const job of before) expect(job).toMatchObject({ status: 'Completed', computer: 'SQL-AG02' })

  await lab(page).availabilityGroupPrimaryFails(AG_ORDERS)
  await lab(page).advance(30)
  // SQL-AG02 took over: Prefer secondary now chooses SQL-AG03, the secondary still online.
  await openJobs(page)
  await expect(jobRows(page, 'SQL-AG03', 'Completed').first()).toBeVisible()
  await expect(jobRows(page, 'SQL-AG03', 'Failed')).toHaveCount(0)
  await expect(jobRows(page, 'Consistency check')).toHaveCount(0)
  const after = (await ordersJobs(page)).filter(
    (job) => !before.some((seen) => seen.type === job.type && seen.startTime === job.startTime),
  )
  expect(after.length).toBeGreaterThanOrEqual(2)
  for (const job of after) expect(job).toMatchObject({ status: 'Completed', computer: 'SQL-AG03' })
  expect(await readAlerts(page)).toEqual([])
  await expectMemberStatus(page, ORDERS, 'OK')

  // Reporting: one timeline, no gap, each run of recovery points with the replica it came from.
  await openTab(page, 'Reporting')
  await page
    .getByRole('tablist', { name: 'Reports' })
    .getByRole('tab', { name: 'Recovery point status' })
    .click()
  const lane = page.getByRole('img', { name: /OrdersDB: \d+ recovery points/ })
  await expect(lane).toHaveAccessibleName(/taken on SQL-AG02\\MSSQLSERVER, then SQL-AG03\\MSSQLSERVER$/)
  await page.getByRole('button', { name: 'Table view of Recovery point timeline' }).click()
  const rows = page.getByRole('grid', { name: 'Recovery point timeline' }).getByRole('row')
  await expect(rows.filter({ hasText: 'Backups stopped' })).toHaveCount(0)
  await expect(rows.filter({ hasText: 'From replica SQL-AG02\\MSSQLSERVER' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'From replica SQL-AG03\\MSSQLSERVER' })).toHaveCount(1)
})

test('Secondary only with only the primary online: the backup fails with the alert and its fix, then heals', async ({
  page,
}) => {
  await protectOrders(page)
  await lab(page).setBackupPreference(AG_ORDERS, 'SECONDARY_ONLY')
  await lab(page).replicaOffline(AG_ORDERS, 'SQL-AG02')
  await lab(page).replicaOffline(AG_ORDERS, 'SQL-AG03')
  await lab(page).advance(15)

  await expectMemberStatus(page, ORDERS, 'Protection failed')
  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Failed')).toHaveCount(1)
  const alert = await openAlert(page, NO_REPLICA, ORDERS)
  await expect(alert).toContainText('Critical')
  await expect(alert).toContainText(
    'The backup preference of AG-Orders is Secondary only, and no secondary replica can take a backup',
  )
  await expect(alert).toContainText('Recommended action: Bring a readable secondary replica online')
  const retry = alert.getByRole('button', { name: 'Retry the backup' })
  await expect(retry).toBeVisible()

  // The fix: SQL-AG03 back online. Retry runs the backup there and the alert goes inactive by itself.
  await lab(page).replicaOnline(AG_ORDERS, 'SQL-AG03')
  await retry.click()
  await openJobs(page)
  await expect(jobRows(page, 'SQL-AG03', 'In progress')).toHaveCount(1)
  // The clock is paused: the retried synchronization ends once it moves. The alert then goes inactive by itself.
  await lab(page).advance(5)
  await openAlerts(page)
  await expect(alertRows(page, NO_REPLICA)).toHaveCount(0)
  await expectMemberStatus(page, ORDERS, 'OK')
  await openJobs(page)
  await expect(jobRows(page, 'SQL-AG03', 'Completed').first()).toBeVisible()
  expect(await readAlerts(page)).toEqual([])
})

test('the Recovery Wizard offers OrdersDB an alternate instance only, and says why', async ({ page }) => {
  await protectOrders(page)
  await openTab(page, 'Recovery')
  const wizard = await openRecoveryWizard(page, ORDERS)
  await expect(wizard).toContainText('Availability group')
  await expect(wizard).toContainText('AG-Orders (cluster SQLAGCLU01)')
  await recoveryNext(wizard, 'Select Recovery Type')
  const original = wizard.getByRole('radio', { name: 'Recover to original instance of SQL Server' })
  await expect(original).toBeDisabled()
  await expect(original).toHaveAccessibleDescription(
    /DPM does not support recovery to the original location for a database of an availability group/,
  )
  await expect(wizard.getByRole('radio', { name: 'Recover to any SQL instance' })).toBeChecked()
  await recoveryNext(wizard, 'Specify Alternate Recovery Location')
})
