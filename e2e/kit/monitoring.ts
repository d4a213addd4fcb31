// The Monitoring tab: alerts and jobs, as rows to click and as plain data to assert on.
import { expect, type Locator, type Page } from '@playwright/test'
import { openTab } from './console'

export const alertsGrid = (page: Page) => page.getByRole('grid', { name: 'Alerts' })
export const jobsGrid = (page: Page) => page.getByRole('grid', { name: 'Jobs' })
export const alertDetails = (page: Page) => page.getByRole('region', { name: 'Alert details' })
export const jobDetails = (page: Page) => page.getByRole('region', { name: 'Job details' })

export async function openAlerts(page: Page): Promise<void> {
  await openTab(page, 'Monitoring')
  await page.getByRole('tab', { name: 'Alerts', exact: true }).click()
  await expect(alertsGrid(page)).toBeVisible()
}

export async function openJobs(page: Page): Promise<void> {
  await openTab(page, 'Monitoring')
  await page.getByRole('tab', { name: 'Jobs', exact: true }).click()
  await expect(jobsGrid(page)).toBeVisible()
}

/** Rows of a grid that are items, not group headings (a heading is one cell across the columns). */
const itemRows = (grid: Locator) =>
  grid.getByRole('row').filter({ has: grid.page().getByRole('gridcell').nth(1) })

/** The alert rows shown, optionally only those with this title. */
export const alertRows = (page: Page, title?: string) =>
  itemRows(alertsGrid(page)).filter(title ? { hasText: title } : {})

/** Job rows of a type (or any text of the row) and status. */
export const jobRows = (page: Page, text: string, status?: string) =>
  itemRows(jobsGrid(page))
    .filter({ hasText: text })
    .filter(status ? { hasText: status } : {})

/** Selects the alert with this title (and data source) and returns its details region. */
export async function openAlert(page: Page, title: string, source?: string): Promise<Locator> {
  await openAlerts(page)
  const row = alertRows(page, title).filter(source ? { hasText: source } : {})
  await expect(row).toHaveCount(1)
  await row.click()
  await expect(alertDetails(page).getByRole('heading', { name: title })).toBeVisible()
  return alertDetails(page)
}

export interface AlertRecord {
  severity: string
  alert: string
  computer: string
  protectionGroup: string
  dataSource: string
  timeRaised: string
}

export interface JobRecord {
  type: string
  source: string
  computer: string
  protectionGroup: string
  status: string
  startTime: string
  timeElapsed: string
  dataTransferred: string
}

/** The grid's item rows as records keyed by column header ("Protection Group" -> protectionGroup). */
function readRows(grid: Locator): Promise<Record<string, string>[]> {
  return grid.evaluate((table) => {
    const key = (header: string) =>
      header
        .trim()
        .toLowerCase()
        .replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase())
    const headers = [...table.querySelectorAll('[role="columnheader"], th')].map((th) =>
      key(th.textContent ?? ''),
    )
    return [...table.querySelectorAll('tr, [role="row"]')]
      .map((row) => [...row.querySelectorAll('[role="gridcell"], td')])
      .filter((cells) => cells.length === headers.length)
      .map((cells) =>
        Object.fromEntries(cells.map((cell, i) => [headers[i] ?? `${i}`, (cell.textContent ?? '').trim()])),
      )
  })
}

/**
 * The alerts the Alerts grid shows, as data (active ones; with `inactive`, Show inactive alerts first). The
 * grid is virtualized: this reads the rows it has rendered, a few dozen.
 */
export async function readAlerts(page: Page, { inactive = false } = {}): Promise<AlertRecord[]> {
  await openAlerts(page)
  await page.getByRole('checkbox', { name: 'Show inactive alerts' }).setChecked(inactive)
  return (await readRows(alertsGrid(page))) as unknown as AlertRecord[]
}

/** The jobs the Jobs grid shows (its filters as they are), as data; the rendered rows of the virtual grid. */
export async function readJobs(page: Page): Promise<JobRecord[]> {
  await openJobs(page)
  return (await readRows(jobsGrid(page))) as unknown as JobRecord[]
}
