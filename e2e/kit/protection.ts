// The Protection tab: groups and members with their status, and the toolbar's actions on the selected row.
import { expect, type Page } from '@playwright/test'
import { openTab } from './console'

export const protectionGrid = (page: Page) => page.getByRole('treegrid', { name: 'Protection groups' })
export const memberRow = (page: Page, path: string) => protectionGrid(page).getByTestId(`ds:${path}`)
/** The Details region of the selected row. */
export const details = (page: Page) => page.getByRole('region', { name: 'Details' })

export async function selectMember(page: Page, path: string): Promise<void> {
  await openTab(page, 'Protection')
  await memberRow(page, path).click()
  await expect(memberRow(page, path)).toHaveAttribute('aria-selected', 'true')
}

export async function expectMemberStatus(page: Page, path: string, status: string | RegExp): Promise<void> {
  await openTab(page, 'Protection')
  await expect(memberRow(page, path)).toContainText(status)
}

/** Create recovery point > Express full backup (or Synchronize) for the selected member. */
export async function createRecoveryPoint(
  page: Page,
  kind: 'Express full backup' | 'Synchronize',
): Promise<void> {
  await page.getByRole('button', { name: 'Create recovery point' }).click()
  await page.getByRole('menuitem', { name: kind }).click()
}

/** Consistency check for the selected member, answering DPM's question with Yes. */
export async function runConsistencyCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Consistency check' }).click()
  const question = page.getByRole('alertdialog')
  await expect(question).toContainText('Do you want to perform the consistency check?')
  await question.getByRole('button', { name: 'Yes' }).click()
  await expect(question).toBeHidden()
}

/** Stop protection of the selected row (a member or a whole group), retaining the replicas. */
export async function stopProtectionRetainingData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stop protection' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stop Protection' })
  await expect(dialog.getByRole('radio', { name: 'Retain replicas on disk' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Stop Protection' }).click()
  await expect(dialog).toBeHidden()
}
