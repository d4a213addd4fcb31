// Driving the Create New Protection Group wizard through the UI contract (roles, names, test ids), for the
// measurements that need it.
import type { Locator, Page } from '@playwright/test'

export const wizardDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Create New Protection Group' })

export const nextButton = (dialog: Locator): Locator =>
  dialog.getByRole('button', { name: 'Next', exact: true })

export async function nextPage(dialog: Locator, title: string): Promise<void> {
  await nextButton(dialog).click()
  await dialog.getByRole('heading', { name: title }).waitFor()
}

/** Opens the console on `query` (a fresh world) and the wizard on Select Protection Group Type. */
export async function openWizardAtType(page: Page, query: string): Promise<Locator> {
  await page.goto(`/protection?${query}`)
  await page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }).click()
  const dialog = wizardDialog(page)
  await dialog.getByRole('heading', { name: 'Welcome' }).waitFor()
  await nextPage(dialog, 'Select Protection Group Type')
  return dialog
}

export const treeRows = (dialog: Locator, level: number): Locator =>
  dialog.locator(`[role="tree"][aria-label="Available members"] [role="treeitem"][aria-level="${level}"]`)

export const selectedMembers = (dialog: Locator): Locator =>
  dialog.getByRole('list', { name: 'Selected members' }).getByRole('listitem')

export const pathOf = async (row: Locator): Promise<string> =>
  ((await row.getAttribute('data-testid')) ?? '').replace(/^member:/, '')

/** From Select Group Members with members chosen, through the default choices, to Create Group and Close. */
export async function createGroup(dialog: Locator, name: string): Promise<void> {
  await nextPage(dialog, 'Select Data Protection Method')
  await dialog.getByRole('textbox', { name: 'Protection group name' }).fill(name)
  for (const title of [
    'Specify Short-Term Goals',
    'Review Disk Storage Allocation',
    'Choose Replica Creation Method',
    'Choose Consistency Check Options',
    'Summary',
  ]) {
    await nextPage(dialog, title)
  }
  await dialog.getByRole('button', { name: 'Create Group' }).click()
  await dialog.getByRole('heading', { name: 'Status' }).waitFor()
  const results = dialog.getByRole('table', { name: 'Tasks' }).getByRole('row').locator('td:last-child')
  await results.first().waitFor()
  const failed = (await results.allTextContents()).filter((text) => text !== 'Success')
  if (failed.length > 0) throw new Error(`Create Group did not succeed: ${failed.join('; ')}`)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await dialog.waitFor({ state: 'hidden' })
}
