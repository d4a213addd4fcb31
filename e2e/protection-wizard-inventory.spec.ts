// DPM lists members from its cache of what the agents reported; a wizard opened afresh reads the agents again.
import { lab } from './kit/console'
import { STD03_INSTANCE, WAREHOUSE_STD02 as WAREHOUSE } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { expand, member, next, openMembers, wizard } from './kit/wizard'

test.use({ startTab: 'protection' })

test('a wizard opened after a lab change shows the estate as it now is, without Refresh', async ({
  consolePage: page,
}) => {
  let dialog = await openMembers(page)
  await expand(dialog, 'SQL-STD02')
  await expect(member(dialog, WAREHOUSE)).not.toContainText('Principal')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await lab(page).mirror(WAREHOUSE, STD03_INSTANCE)
  await page.getByRole('toolbar', { name: 'Protection actions' }).getByRole('button', { name: 'New' }).click()
  dialog = wizard(page)
  await next(dialog, 'Select Protection Group Type')
  await next(dialog, 'Select Group Members')
  await expand(dialog, 'SQL-STD02')
  await expect(member(dialog, WAREHOUSE)).toContainText('Principal')
})
