// The Recovery tab and the Recovery Wizard.
import { expect, type Locator, type Page } from '@playwright/test'
import { openTab } from './console'

export const recoveryWizard = (page: Page) => page.getByRole('dialog', { name: 'Recovery Wizard' })
export const protectedData = (page: Page) => page.getByRole('tree', { name: 'Protected data' })

/** Selects the database on the Recovery tab and opens the wizard at the chosen recovery time. */
export async function openRecoveryWizard(page: Page, path: string, time = 'Latest'): Promise<Locator> {
  await openTab(page, 'Recovery')
  await protectedData(page).getByTestId(`recovery:${path}`).click()
  const times = page.getByRole('radiogroup', { name: 'Recovery time' })
  await times.getByRole('radio', { name: time, exact: time !== 'Latest' }).check()
  await page.getByRole('button', { name: 'Recover', exact: true }).click()
  const wizard = recoveryWizard(page)
  await expect(wizard.getByRole('heading', { name: 'Review Recovery Selection' })).toBeVisible()
  return wizard
}

/** Next, expecting the page titled `heading`. */
export async function recoveryNext(wizard: Locator, heading: string): Promise<void> {
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: heading, exact: true })).toBeVisible()
}

/** Picks a destination instance in the combobox Instance, by typing its computer then choosing it. */
export async function chooseInstance(wizard: Locator, instance: string): Promise<void> {
  const combobox = wizard.getByRole('combobox', { name: 'Instance' })
  await combobox.fill(instance.split('\\')[0] ?? instance)
  await wizard.page().getByRole('option', { name: instance, exact: true }).click()
  await expect(combobox).toHaveValue(instance)
}
