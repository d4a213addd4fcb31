// S5: the mirror of a protected mirrored database is broken: its backups fail with alerts (error 30164).
import { lab, openConsole } from './kit/console'
import { SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobDetails, jobRows, openAlert, openJobs } from './kit/monitoring'
import { expectMemberStatus } from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

test('S5: SalesDB mirror broken: the next backups fail with "Database mirroring session is broken"', async ({
  page,
}) => {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', expectMirrorDetails: true })
  await lab(page).advance(15)
  await expectMemberStatus(page, SALES_DB, 'OK')

  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(30)

  const alert = await openAlert(page, 'Database mirroring session is broken', SALES_DB)
  await expect(alert).toContainText('Critical')
  await expect(alert).toContainText('re-establish mirroring')
  await expect(
    alert.getByRole('button', { name: 'Stop protection retaining data and protect again' }),
  ).toBeEnabled()
  // Backups keep failing, but the alert is one, updated on each failure.
  await expect(alertRows(page, 'Database mirroring session is broken')).toHaveCount(1)
  await expectMemberStatus(page, SALES_DB, 'Protection failed')

  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Failed').first()).toBeVisible()
  await jobRows(page, 'Synchronization', 'Failed').first().click()
  await expect(jobDetails(page)).toContainText('Error')
})
