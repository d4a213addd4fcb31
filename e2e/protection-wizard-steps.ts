// Helpers for the Create New Protection Group specs, built only on the UI contract.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

export const SALES = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
export const SALES_COPY = 'SQL-MIR01\\MSSQLSERVER\\SalesDB'

export function wizard(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Create New Protection Group' })
}

/** A fresh default world on the Protection tab, then New. */
export async function openWizard(page: Page): Promise<Locator> {
  await page.goto('/protection?preset=default&clock=manual')
  await page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }).click()
  const dialog = wizard(page)
  await expect(dialog.getByRole('heading', { name: 'Welcome' })).toBeVisible()
  return dialog
}

export async function expectPage(dialog: Locator, title: string): Promise<void> {
  await expect(dialog.getByRole('heading', { name: title })).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]')).toHaveText(title)
}

export async function next(dialog: Locator, title: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await expectPage(dialog, title)
}

export async function openMembers(page: Page): Promise<Locator> {
  const dialog = await openWizard(page)
  await next(dialog, 'Select Protection Group Type')
  await next(dialog, 'Select Group Members')
  await expect(member(dialog, 'SQL-PRI01')).toBeVisible()
  return dialog
}

export const member = (dialog: Locator, path: string) => dialog.getByTestId(`member:${path}`)
export const checkbox = (dialog: Locator, path: string) => member(dialog, path).getByRole('checkbox')
export const selectedMembers = (dialog: Locator) =>
  dialog.getByRole('list', { name: 'Selected members' }).getByRole('listitem')

/** Opens a server's node (its instances load on expand), with the keyboard as an admin could. */
export async function expand(dialog: Locator, server: string): Promise<void> {
  const row = member(dialog, server)
  await row.click()
  await row.press('ArrowRight')
  await expect(row).toHaveAttribute('aria-expanded', 'true')
}

export async function search(dialog: Locator, text: string): Promise<void> {
  await dialog.getByRole('searchbox', { name: 'Search members' }).fill(text)
}

/** From Select Group Members (members chosen) to Status, with the defaults and the given name. */
export async function createGroup(dialog: Locator, name: string): Promise<Locator> {
  await next(dialog, 'Select Data Protection Method')
  await dialog.getByRole('textbox', { name: 'Protection group name' }).fill(name)
  await next(dialog, 'Specify Short-Term Goals')
  await next(dialog, 'Review Disk Storage Allocation')
  await next(dialog, 'Choose Replica Creation Method')
  await next(dialog, 'Choose Consistency Check Options')
  await next(dialog, 'Summary')
  await dialog.getByRole('button', { name: 'Create Group' }).click()
  await expectPage(dialog, 'Status')
  const tasks = dialog.getByRole('table', { name: 'Tasks' })
  const rows = tasks.getByRole('row')
  await expect(rows.nth(1)).toBeVisible()
  for (const row of await rows.all()) {
    if ((await row.getByRole('columnheader').count()) > 0) continue
    await expect(row.getByRole('cell').last()).toHaveText('Success')
  }
  return tasks
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}
