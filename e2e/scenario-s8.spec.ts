// S8: one protected database is made the mirror of another protected database: protection fails for both
// partners. To continue, protect the principal; the retained data of both stays recoverable.
import { lab, openConsole, openTab } from './kit/console'
import { STD03_INSTANCE, WAREHOUSE_STD02, WAREHOUSE_STD03 } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, openAlert, openAlerts } from './kit/monitoring'
import {
  details,
  expectMemberStatus,
  memberRow,
  protectionGrid,
  selectMember,
  stopProtectionRetainingData,
} from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

const PARTNERS_ALERT = 'Protection failed: protected databases are now mirror partners'

test('S8: two protected WarehouseDBs become mirror partners: both fail; protect the principal, keep both histories', async ({
  page,
}) => {
  await openConsole(page)
  await createProtectionGroup(page, [WAREHOUSE_STD02, WAREHOUSE_STD03], { name: 'Warehouses' })
  await lab(page).advance(15)
  await expectMemberStatus(page, WAREHOUSE_STD02, 'OK')
  await expectMemberStatus(page, WAREHOUSE_STD03, 'OK')

  await lab(page).mirror(WAREHOUSE_STD02, STD03_INSTANCE)
  await lab(page).advance(15)

  // One alert per partner.
  await openAlerts(page)
  await expect(alertRows(page, PARTNERS_ALERT)).toHaveCount(2)
  const alert = await openAlert(page, PARTNERS_ALERT, WAREHOUSE_STD03)
  await expect(alert).toContainText('protect the principal partner')
  await expectMemberStatus(page, WAREHOUSE_STD02, 'Protection failed')
  await expectMemberStatus(page, WAREHOUSE_STD03, 'Protection failed')

  // Resolution: stop protection of both (the group), retaining data...
  await openTab(page, 'Protection')
  await protectionGrid(page)
    .getByRole('row', { name: /Warehouses/ })
    .click()
  await stopProtectionRetainingData(page)
  await expectMemberStatus(page, WAREHOUSE_STD02, 'Inactive replica available')
  await expectMemberStatus(page, WAREHOUSE_STD03, 'Inactive replica available')
  await openAlerts(page)
  await expect(alertRows(page, PARTNERS_ALERT)).toHaveCount(0)

  // ...then protect the principal: one data source for the mirror.
  await createProtectionGroup(page, [WAREHOUSE_STD02], {
    name: 'Warehouse mirror',
    expectMirrorDetails: true,
  })
  await lab(page).advance(30)
  await expectMemberStatus(page, WAREHOUSE_STD02, 'OK')
  await expect(memberRow(page, WAREHOUSE_STD02)).toContainText(
    'Principal: SQL-STD02\\MSSQLSERVER; Mirror: SQL-STD03\\MSSQLSERVER',
  )
  await openAlerts(page)
  await expect(alertRows(page)).toHaveCount(0)

  // Both partners' retained recovery points are still there: the principal's re-associated, the former
  // mirror's under Inactive protection.
  for (const path of [WAREHOUSE_STD02, WAREHOUSE_STD03]) {
    await selectMember(page, path)
    await expect(details(page)).toContainText(/Recovery points[1-9]/)
  }
  await expectMemberStatus(page, WAREHOUSE_STD03, 'Inactive replica available')
  await openTab(page, 'Recovery')
  const protectedData = page.getByRole('tree', { name: 'Protected data' })
  await expect(protectedData.getByRole('treeitem', { name: /^SQL-STD02/ }).first()).toBeVisible()
  await expect(protectedData.getByRole('treeitem', { name: /^SQL-STD03/ }).first()).toBeVisible()
})
