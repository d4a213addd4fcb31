// The lab's agent faults (latency, a 50 % error rate, unreachable computers): the wizard shows each
// computer's error with Retry and lets the admin select what did load; Refresh recovers once the faults are
// off; a job that hits an unreachable agent fails with "Protection agent is not reachable" and runs again
// at its next schedule. The fixture fails a test on any console error or unhandled rejection.
import type { Locator } from '@playwright/test'
import { lab } from './kit/console'
import { HR_DB, SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows, openAlerts, openJobs } from './kit/monitoring'
import { expectMemberStatus } from './kit/protection'
import { checkbox, createProtectionGroup, member, openWizard, selectedMembers } from './kit/wizard'

test.use({ startTab: 'protection' })

/**
 * Under a 50 % error rate a request may fail: press its Retry (`retry`, scoped to the failure it answers)
 * until `loaded` shows. A pressed Retry gives way to the reading state at once, so each round waits for the
 * next answer: what was wanted, or the failure's Retry again.
 */
async function retryUntil(loaded: Locator, retry: Locator): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await loaded.or(retry).first().waitFor({ timeout: 8_000 })
    if (await loaded.isVisible()) return
    await retry.click()
    await expect(retry).toBeHidden()
  }
  await expect(loaded).toBeVisible()
}

async function expandServer(dialog: Locator, server: string): Promise<void> {
  const row = member(dialog, server)
  await row.click()
  await row.press('ArrowRight')
  await expect(row).toHaveAttribute('aria-expanded', 'true')
}

test('the wizard shows per-computer errors with Retry, selects what loaded, and recovers on Refresh', async ({
  consolePage: page,
}) => {
  await lab(page).faults({ latencyMs: 1_500, errorRate: 0.5, unreachable: ['SQL-STD01'] })
  const dialog = await openWizard(page)
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(dialog.getByRole('heading', { name: 'Select Group Members' })).toBeVisible()
  // The list of protected computers itself may fail under the error rate: its error has Retry too.
  await retryUntil(member(dialog, 'SQL-STD01'), dialog.getByRole('button', { name: 'Retry' }))

  await expandServer(dialog, 'SQL-STD01')
  await expect(member(dialog, 'SQL-STD01')).toContainText('Could not read the SQL Server instances')
  // The first answer may be the injected error rather than the unreachable agent: both say what failed.
  await expect(member(dialog, 'SQL-STD01')).toContainText(/not reachable|injected fault/)
  const retryStd01 = member(dialog, 'SQL-STD01').getByRole('button', { name: 'Retry' })
  await expect(retryStd01).toBeVisible()
  // Retry it until the unreachable agent itself answers (the error rate may answer first).
  await retryUntil(member(dialog, 'SQL-STD01').getByText(/not reachable/), retryStd01)

  await expandServer(dialog, 'SQL-PRI01')
  await retryUntil(
    checkbox(dialog, SALES_DB),
    member(dialog, 'SQL-PRI01').getByRole('button', { name: 'Retry' }),
  )
  await checkbox(dialog, SALES_DB).check()
  await expect(selectedMembers(dialog)).toHaveCount(1)
  // The unreachable computer's error stays next to it, not over the rest of the page.
  await expect(member(dialog, 'SQL-STD01')).toContainText('not reachable')

  await lab(page).faults({})
  await dialog.getByRole('button', { name: 'Refresh' }).click()
  await expect(checkbox(dialog, HR_DB)).toBeVisible()
  await expect(member(dialog, 'SQL-STD01')).not.toContainText('Could not read')
  await checkbox(dialog, HR_DB).check()
  await expect(selectedMembers(dialog)).toHaveCount(2)
})

test('a 5-second agent latency shows progress, then the members', async ({ consolePage: page }) => {
  await lab(page).faults({ latencyMs: 5_000 })
  const dialog = await openWizard(page)
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(dialog.getByText('Reading the protection agents...')).toBeVisible()
  await expect(member(dialog, 'SQL-STD01')).toBeVisible({ timeout: 15_000 })
  await lab(page).faults({})
})

test('a job that hits an unreachable agent fails with its alert and runs again at its next schedule', async ({
  consolePage: page,
}) => {
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(30)
  await expectMemberStatus(page, HR_DB, 'OK')

  await lab(page).faults({ unreachable: ['SQL-STD01'] })
  await lab(page).advance(15)
  await openAlerts(page)
  await expect(alertRows(page, 'Protection agent is not reachable').filter({ hasText: 'HRDB' })).toHaveCount(
    1,
  )
  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Failed').filter({ hasText: '09:45' })).toHaveCount(1)
  // The next synchronization keeps its slot: the failure does not stop the schedule.
  await expect(jobRows(page, 'Synchronization', 'Scheduled').filter({ hasText: '10:00' })).toHaveCount(1)

  // The 10:00 synchronization runs (and ends: a job takes minutes) once the agent answers again.
  await lab(page).faults({})
  await lab(page).advance(20)
  await openAlerts(page)
  await expect(alertRows(page, 'Protection agent is not reachable')).toHaveCount(0)
  await openJobs(page)
  await expect(jobRows(page, 'Synchronization', 'Completed').filter({ hasText: '10:00' })).toHaveCount(1)
  await expectMemberStatus(page, HR_DB, 'OK')
})
