// S6: the principal fails over and fails back before the next backup: DPM is not told and protection is not
// affected, unless a backup of the mirror is in progress at the failover; then that job fails and S7 applies.
import { lab, openConsole } from './kit/console'
import { SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows, openAlert, openAlerts, openJobs } from './kit/monitoring'
import { expectMemberStatus, memberRow } from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

test('S6: failover and failback between two backups: no job fails, no alert', async ({ page }) => {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', expectMirrorDetails: true })
  await lab(page).advance(20)
  await expectMemberStatus(page, SALES_DB, 'OK')

  await lab(page).failover(SALES_DB)
  await lab(page).failback(SALES_DB)
  await lab(page).advance(60)

  await openAlerts(page)
  await expect(alertRows(page)).toHaveCount(0)
  await expect(page.getByText('There are no active alerts.')).toBeVisible()
  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Completed').first()).toBeVisible()
  await expect(jobRows(page, '', 'Failed')).toHaveCount(0)
  await expectMemberStatus(page, SALES_DB, 'OK')
  await expect(memberRow(page, SALES_DB)).toContainText('Principal: SQL-PRI01\\MSSQLSERVER')
})

test('S6: a failover while a backup of the mirror is in progress fails that job, and S7 applies', async ({
  page,
}) => {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', expectMirrorDetails: true })
  // The replica is created, and the synchronization due at +15 minutes has just started.
  await lab(page).advance(15)
  await openJobs(page)
  const running = jobRows(page, 'Synchronization', 'In progress')
  await expect(running).toHaveCount(1)
  await expect(running.getByRole('progressbar')).toBeVisible()

  await lab(page).failover(SALES_DB)
  await lab(page).advance(1)
  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Failed')).toHaveCount(1)
  const alert = await openAlert(page, 'Mirror took over as principal: backups stopped', SALES_DB)
  await expect(alert).toContainText('changed while a backup was in progress')
  await expectMemberStatus(page, SALES_DB, /Consistency check scheduled at \d{4}-\d\d-\d\d \d\d:\d\d UTC/)
})
