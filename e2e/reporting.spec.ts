// The Reporting tab over a run of S7 in simulated time: SalesDB protected, the principal fails, the mirror takes
// over; the recovery point timeline shows where backups stopped and when they resumed after the consistency
// check 30 minutes later. Every report is axe clean, charts and table views alike; exports are CSV files.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './kit/axe'
import { lab, openConsole, openTab } from './kit/console'
import { SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { createProtectionGroup } from './kit/wizard'

const TOOK_OVER = 'Mirror took over as principal: backups stopped'

async function openReport(page: Page, report: string, period: string): Promise<void> {
  await openTab(page, 'Reporting')
  const tab = page.getByRole('tablist', { name: 'Reports' }).getByRole('tab', { name: report })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: period })
  await expect(page.getByRole('heading', { name: report, level: 2 })).toBeVisible()
}

async function showTable(page: Page, chart: string): Promise<void> {
  const toggle = page.getByRole('button', { name: `Table view of ${chart}` })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
}

/** S7 in simulated time: an hour of backups, the principal fails, the check 30 minutes after detection. */
async function runS7(page: Page): Promise<void> {
  await openConsole(page)
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', expectMirrorDetails: true })
  await lab(page).advance(60)
  await lab(page).principalFails(SALES_DB)
  await lab(page).advance(15)
  await lab(page).advance(35)
  await lab(page).advance(60)
}

test('S7 on the recovery point timeline: the gap when the mirror took over and the resumption', async ({
  page,
}) => {
  await runS7(page)
  await openReport(page, 'Recovery point status', 'Last 24 hours')
  const lane = page.getByRole('img', {
    name: new RegExp(`^${SALES_DB.replaceAll('\\', '\\\\')}: \\d+ recovery points`),
  })
  await expect(lane).toHaveAccessibleName(/backups stopped at .* UTC, resumed at .* UTC/)
  await expectNoAxeViolations(page, 'main')

  await showTable(page, 'Recovery point timeline')
  const rows = page.getByRole('grid', { name: 'Recovery point timeline' }).getByRole('row')
  await expect(rows).toHaveCount(5) // the header and four events
  await expect(rows.nth(1)).toContainText('Recovery points created')
  await expect(rows.nth(2)).toContainText('Backups stopped')
  await expect(rows.nth(2)).toContainText(TOOK_OVER)
  await expect(rows.nth(3)).toContainText('Backups resumed')
  await expect(rows.nth(4)).toContainText('Recovery points created')
  for (const row of [1, 2, 3, 4]) await expect(rows.nth(row)).toContainText(SALES_DB)
  // The gap lasts past the consistency check, 30 minutes after the detection.
  const cellTime = async (row: number, column: number) =>
    Date.parse(
      `${(await rows.nth(row).getByRole('gridcell').nth(column).textContent())?.replace(' UTC', 'Z').replace(' ', 'T')}`,
    )
  const lastBefore = await cellTime(1, 4)
  const stopped = await cellTime(2, 3)
  const resumed = await cellTime(3, 3)
  expect(stopped).toBeGreaterThan(lastBefore)
  expect(resumed - stopped).toBeGreaterThanOrEqual(30 * 60_000)
  await expectNoAxeViolations(page, 'main')
})

test('the status report and disk utilization after S7; each report exports as CSV', async ({ page }) => {
  await runS7(page)
  await openReport(page, 'Status report', 'Last 7 days')
  const row = page.getByRole('treegrid', { name: 'Status report' }).getByTestId(`report-ds:${SALES_DB}`)
  await expect(row).toContainText('Sales')
  await expect(row).toContainText(/\d+(\.\d)? %/)
  await expectNoAxeViolations(page, 'main')
  await showTable(page, 'Successful and failed jobs')
  const days = page.getByRole('grid', { name: 'Successful and failed jobs' }).getByRole('row')
  await expect(days).toHaveCount(8)
  // S7: the backup stopped at detection is a failed job today.
  await expect(days.nth(7).getByRole('gridcell').nth(2)).not.toHaveText('0')
  await expectNoAxeViolations(page, 'main')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^status-report-last-7-days-2026-01-05-\d{4}\.csv$/)
  const csv = (await readFile((await file.path()) as string, 'utf8')).replace(/^\uFEFF/, '')
  const [header, first] = csv.split('\r\n')
  expect(header).toBe(
    'Protection group,Data source,Recovery points,Failed backups,Successful recovery points,Last good recovery point,Active alerts',
  )
  expect(first?.startsWith(`Sales,${SALES_DB},`)).toBe(true)

  await openReport(page, 'Disk utilization', 'Last 30 days')
  await expect(page.getByText(/Sales: .* replica space/)).toHaveCount(0)
  await page.getByRole('combobox', { name: 'Protection group' }).selectOption({ label: 'Sales' })
  await expect(page.getByText(/^Sales: .* replica space/)).toBeVisible()
  await expectNoAxeViolations(page, 'main')
  await showTable(page, 'Disk utilization over time')
  await expect(
    page.getByRole('grid', { name: 'Disk utilization over time' }).getByRole('row').nth(1),
  ).toContainText('Sales')
  await expectNoAxeViolations(page, 'main')
})
