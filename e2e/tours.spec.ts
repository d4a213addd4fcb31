// Every guided tour played from start to end, as a presenter would: ?tour=Sn, Do it at each step, and the
// highlight on what the step points at, found through the UI contract.
import type { Locator, Page } from '@playwright/test'
import { openConsole } from './kit/console'
import { AG_ORDERS_COPIES, SALES_DB, WAREHOUSE_STD02, WAREHOUSE_STD03 } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, jobRows } from './kit/monitoring'
import { memberRow } from './kit/protection'
import { recoveryWizard } from './kit/recovery'
import { doTourStep, expectHighlighted, tourPanel } from './kit/tour'
import { member, selectedMembers, wizard } from './kit/wizard'

type Target = (page: Page) => Locator

const newButton: Target = (page) =>
  page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' })
const row =
  (path: string, text?: string): Target =>
  (page) =>
    text ? memberRow(page, path).filter({ hasText: text }) : memberRow(page, path)
const alert =
  (title: string): Target =>
  (page) =>
    alertRows(page, title).first()
const mirrorDetails: Target = (page) => wizard(page).getByTestId('mirror-details')

/** What each step points at, in order. */
const TOURS: Record<string, Target[]> = {
  S2: [
    newButton,
    (page) => wizard(page).getByRole('tree', { name: 'Available members' }),
    mirrorDetails,
    (page) => wizard(page).getByRole('list', { name: 'Selected members' }),
    (page) => wizard(page).getByRole('table', { name: 'Tasks' }),
    row(SALES_DB, 'SQL-MIR01'),
  ],
  S3: [
    newButton,
    (page) => member(wizard(page), 'SQLCLU01\\SQLFCI\\ClaimsDB').filter({ hasText: 'CLU01-N2' }),
    (page) => member(wizard(page), 'SQLCLU01\\SQLFCI\\ClaimsDB'),
    (page) => mirrorDetails(page).filter({ hasText: 'CLU04-N2' }),
    row('SQLCLU01\\SQLFCI\\ClaimsDB'),
  ],
  S4: [
    newButton,
    row(WAREHOUSE_STD02, 'OK'),
    row(WAREHOUSE_STD02),
    alert('Protected database is now mirrored'),
    row(WAREHOUSE_STD02, 'Mirror: SQL-STD03'),
  ],
  S5: [
    newButton,
    row(SALES_DB, 'OK'),
    row(SALES_DB),
    alert('Database mirroring session is broken'),
    (page) => jobRows(page, 'Synchronization', 'Failed').first(),
    row(SALES_DB, 'OK'),
  ],
  S6: [
    newButton,
    row(SALES_DB, 'OK'),
    row(SALES_DB, 'OK'),
    (page) => jobRows(page, 'Synchronization', 'Completed').first(),
    row(SALES_DB, 'Principal: SQL-PRI01'),
  ],
  S7: [
    newButton,
    row(SALES_DB, 'OK'),
    row(SALES_DB),
    alert('Mirror took over as principal: backups stopped'),
    alert('Consistency check required'),
    (page) => jobRows(page, 'Consistency check', 'Completed').first(),
    row(SALES_DB, 'Principal: SQL-MIR01'),
  ],
  S8: [
    newButton,
    row(WAREHOUSE_STD03, 'OK'),
    row(WAREHOUSE_STD03),
    alert('Protection failed: protected databases are now mirror partners'),
    row(WAREHOUSE_STD02, 'Mirror: SQL-STD03'),
  ],
  S9: [
    newButton,
    row(SALES_DB, 'OK'),
    recoveryWizard,
    (page) => recoveryWizard(page).getByRole('radiogroup', { name: 'Recovery type' }),
    (page) => recoveryWizard(page).getByRole('region', { name: 'Specify Alternate Recovery Location' }),
    (page) => recoveryWizard(page).getByTestId('recovery-status').filter({ hasText: 'Completed' }),
  ],
  AG: [
    newButton,
    row(AG_ORDERS_COPIES[0], 'OK'),
    (page) => jobRows(page, 'SQL-AG02').first(),
    row(SALES_DB),
    alert('Mirror took over as principal: backups stopped'),
    (page) => jobRows(page, 'SQL-AG03').first(),
    row(AG_ORDERS_COPIES[0], 'OK'),
  ],
}

for (const [id, targets] of Object.entries(TOURS)) {
  test(`tour ${id} plays from start to end, pointing at each step's evidence`, async ({ page }) => {
    test.setTimeout(180_000)
    await openConsole(page, { tour: id })
    const panel = tourPanel(page, id)
    await expect(panel).toBeVisible()
    for (const [index, target] of targets.entries()) {
      await expect(panel.getByTestId('tour-step')).toHaveText(`Step ${index + 1} of ${targets.length}`)
      await doTourStep(panel)
      await expectHighlighted(page, target(page))
      if (index < targets.length - 1) await panel.getByRole('button', { name: 'Next step' }).click()
    }
    await panel.getByRole('button', { name: 'Finish tour' }).click()
    await expect(panel).toBeHidden()
  })
}

test('an unknown tour in the URL is refused with the list of tours', async ({ page }) => {
  await openConsole(page, { tour: 'S1' })
  await expect(
    page.getByText('There is no tour "S1". Tours: S2, S3, S4, S5, S6, S7, S8, S9, AG.'),
  ).toBeVisible()
  await expect(page.getByTestId('tour-panel')).toHaveCount(0)
})

test('S2: the mirror copy selected after the principal is still one data source', async ({ page }) => {
  await openConsole(page, { tour: 'S2' })
  const panel = tourPanel(page, 'S2')
  for (let step = 0; step < 4; step++) {
    await doTourStep(panel)
    if (step < 3) await panel.getByRole('button', { name: 'Next step' }).click()
  }
  await expect(selectedMembers(wizard(page))).toHaveCount(1)
})
