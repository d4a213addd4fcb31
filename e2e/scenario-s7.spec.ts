// S7: the principal fails and the mirror takes over. At detection DPM stops the backup job and schedules a
// consistency check 30 minutes later; a backup tried before it raises "Consistency check required" and does
// not start; a manual consistency check clears it and the backup can be retried at once; a failback within the
// 30 minutes resumes protection on the original principal after the check.
import type { Page } from '@playwright/test'
import { lab, openConsole } from './kit/console'
import { SALES_DB, SALES_MIRROR_COPY } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows, openAlert, openAlerts, openJobs } from './kit/monitoring'
import {
  createRecoveryPoint,
  details,
  expectMemberStatus,
  memberRow,
  runConsistencyCheck,
  selectMember,
} from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

const TOOK_OVER = 'Mirror took over as principal: backups stopped'
// The description says when: "...will run a consistency check on the failed-over database at 2026-01-05 09:45 UTC".
const CHECK_TIME = /consistency check[^.]* at (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/

/** Lets simulated time pass five minutes at a time until a job finishes, as an admin watching the console. */
async function advanceUntil(page: Page, finished: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await lab(page).advance(5)
    await finished()
  }).toPass({ timeout: 30_000 })
}

/** SalesDB protected and backed up, then the principal fails and DPM detects it at the next backup. */
async function mirrorTookOver(page: Page): Promise<string> {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', expectMirrorDetails: true })
  await lab(page).advance(15)
  await expectMemberStatus(page, SALES_DB, 'OK')
  await lab(page).principalFails(SALES_DB)
  await lab(page).advance(15)

  const alert = await openAlert(page, TOOK_OVER, SALES_DB)
  await expect(alert).toContainText('Warning')
  // The alert says when the consistency check runs; the member shows the same time.
  const checkAt = (await alert.textContent())?.match(CHECK_TIME)?.[1]
  expect(checkAt, 'the alert states the time of the consistency check').toBeTruthy()
  await expectMemberStatus(page, SALES_DB, `Consistency check scheduled at ${checkAt} UTC`)
  return checkAt as string
}

test('S7: the consistency check runs by itself 30 minutes after detection; protection continues on the mirror', async ({
  page,
}) => {
  await mirrorTookOver(page)
  await lab(page).advance(30)
  await openJobs(page)
  await expect(jobRows(page, 'Consistency check', 'Completed')).toHaveCount(1)
  await expectMemberStatus(page, SALES_DB, 'OK')
  await expect(memberRow(page, SALES_DB)).toContainText('Principal: SQL-MIR01\\MSSQLSERVER')
  await openAlerts(page)
  await expect(alertRows(page, TOOK_OVER)).toHaveCount(0)
  // Backups carry on against the new principal.
  await lab(page).advance(15)
  await openJobs(page)
  await expect(jobRows(page, SALES_MIRROR_COPY, 'Completed').first()).toBeVisible()
})

test('S7: an early backup needs a consistency check; a manual check clears it and the retried backup runs', async ({
  page,
}) => {
  await mirrorTookOver(page)
  await selectMember(page, SALES_DB)
  const pointsBefore = Number((await details(page).textContent())?.match(/Recovery points(\d+)/)?.[1])

  // Before the scheduled check: the backup does not start, and DPM says why.
  await createRecoveryPoint(page, 'Express full backup')
  const required = await openAlert(page, 'Consistency check required', SALES_DB)
  await expect(required).toContainText(
    'To start the backup immediately, do a consistency check and retry the backup.',
  )
  await openJobs(page)
  await expect(jobRows(page, 'Express full backup', 'Failed')).toHaveCount(1)
  // The automatic check is still scheduled.
  await expectMemberStatus(page, SALES_DB, 'Consistency check scheduled')

  // As the seed says: do a consistency check, then retry the backup.
  await selectMember(page, SALES_DB)
  await runConsistencyCheck(page)
  await expectMemberStatus(page, SALES_DB, 'Consistency check in progress')
  await advanceUntil(page, () => expect(memberRow(page, SALES_DB)).toContainText('OK', { timeout: 500 }))
  await openAlerts(page)
  await expect(alertRows(page, 'Consistency check required')).toHaveCount(0)

  await selectMember(page, SALES_DB)
  await createRecoveryPoint(page, 'Express full backup')
  await openJobs(page)
  await advanceUntil(page, () =>
    expect(jobRows(page, 'Express full backup', 'Completed')).toHaveCount(1, { timeout: 500 }),
  )
  await selectMember(page, SALES_DB)
  await expect(details(page)).not.toContainText(`Recovery points${pointsBefore}`)
})

test('S7: a failback within the 30 minutes resumes protection on the original principal after a check', async ({
  page,
}) => {
  await mirrorTookOver(page)
  await lab(page).advance(10)
  await lab(page).failback(SALES_DB)
  await lab(page).advance(25)

  await openJobs(page)
  await expect(jobRows(page, 'Consistency check', 'Completed')).toHaveCount(1)
  await expectMemberStatus(page, SALES_DB, 'OK')
  await expect(memberRow(page, SALES_DB)).toContainText('Principal: SQL-PRI01\\MSSQLSERVER')
  await openAlerts(page)
  await expect(alertRows(page)).toHaveCount(0)
})
