// Two events combined, as docs/protection-states.md says: S7 then S5 (the mirror broken inside the 30-minute
// window before the consistency check), and S5's own remedy (mirroring re-established between the same partners).
import type { Page } from '@playwright/test'
import { lab, openConsole } from './kit/console'
import { MIR01_INSTANCE, SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows, openAlert, openAlerts, openJobs } from './kit/monitoring'
import { expectMemberStatus, memberRow } from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

const TOOK_OVER = 'Mirror took over as principal: backups stopped'
const BROKEN = 'Database mirroring session is broken'

async function protectSales(page: Page): Promise<void> {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', expectMirrorDetails: true })
  await lab(page).advance(15)
  await expectMemberStatus(page, SALES_DB, 'OK')
}

test('S7 then S5: a mirror broken before the scheduled check fails protection; no check is promised for the past', async ({
  page,
}) => {
  await protectSales(page)
  await lab(page).principalFails(SALES_DB)
  await lab(page).advance(15)
  await expectMemberStatus(page, SALES_DB, /Consistency check scheduled at/)

  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(120)

  // The check ran at its time, found no mirroring session and failed: protection failed, said once.
  await expectMemberStatus(page, SALES_DB, 'Protection failed')
  await expect(memberRow(page, SALES_DB)).not.toContainText('Consistency check scheduled')
  await openAlert(page, BROKEN, SALES_DB)
  await expect(alertRows(page, BROKEN)).toHaveCount(1)
  await expect(alertRows(page, TOOK_OVER)).toHaveCount(0)
  await openJobs(page)
  await expect(jobRows(page, 'Consistency check', 'Failed').first()).toBeVisible()
})

test('S5 remedy: mirroring re-established between the same partners restores protection after a consistency check', async ({
  page,
}) => {
  await protectSales(page)
  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(15)
  await expectMemberStatus(page, SALES_DB, 'Protection failed')

  await lab(page).mirror(SALES_DB, MIR01_INSTANCE)
  await lab(page).advance(15)
  // DPM follows the new session: the broken-mirror alert goes, the reseeded replica waits for a check.
  await expectMemberStatus(page, SALES_DB, 'Replica is inconsistent')
  await openAlerts(page)
  await expect(alertRows(page, BROKEN)).toHaveCount(0)
  await expect(alertRows(page, 'Replica is inconsistent')).toHaveCount(1)

  await lab(page).advance(30)
  await expectMemberStatus(page, SALES_DB, 'OK')
  await openAlerts(page)
  await expect(alertRows(page, 'Replica is inconsistent')).toHaveCount(0)
  await lab(page).advance(15)
  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Completed').first()).toBeVisible()
})
