// S4: a protected database gets mirrored. At the time of backup DPM detects it and raises an alert; the fix is
// to remove protection retaining the backup data and protect it again, which gives one replica for the mirror.
import { lab, openConsole, openTab } from './kit/console'
import { STD03_INSTANCE, WAREHOUSE_STD02 } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { alertRows, openAlert, openAlerts } from './kit/monitoring'
import { details, expectMemberStatus, memberRow, protectionGrid, selectMember } from './kit/protection'
import { checkbox, createProtectionGroup, expectPage, wizard } from './kit/wizard'

test('S4: WarehouseDB mirrored after protection: alert at backup time, stop retaining data, reprotect as a mirror', async ({
  page,
}) => {
  await openConsole(page)
  await createProtectionGroup(page, [WAREHOUSE_STD02], { name: 'Warehouse' })
  await lab(page).advance(15)
  await expectMemberStatus(page, WAREHOUSE_STD02, 'OK')

  await lab(page).mirror(WAREHOUSE_STD02, STD03_INSTANCE)
  await lab(page).advance(15)

  // The Monitoring tab, as the admin reads it: one critical alert for WarehouseDB.
  const alert = await openAlert(page, 'Protected database is now mirrored', WAREHOUSE_STD02)
  await expect(alert).toContainText('Critical')
  await expect(alert).toContainText('Remove protection for the database, retaining the backup data')
  await expect(page.getByTestId('critical-alert-count')).toHaveText('1')
  await expectMemberStatus(page, WAREHOUSE_STD02, 'Protection failed')

  // The recommended action: stop protection retaining data, then the wizard opens to protect it again.
  await openAlert(page, 'Protected database is now mirrored', WAREHOUSE_STD02)
  await alert.getByRole('button', { name: 'Stop protection retaining data and protect again' }).click()
  await expect(wizard(page)).toBeVisible()
  // It opens at Select Group Members with WarehouseDB selected, now as a mirrored database.
  await expectPage(wizard(page), 'Select Group Members')
  await expect(checkbox(wizard(page), WAREHOUSE_STD02)).toBeChecked()
  await expect(wizard(page).getByTestId('mirror-details')).toContainText('SQL-STD03')
  await createProtectionGroup(page, [WAREHOUSE_STD02], { name: 'Warehouse', expectMirrorDetails: true })

  // One data source, with both partners; the retained replica was re-associated (no Inactive protection left).
  await openTab(page, 'Protection')
  await expect(protectionGrid(page).getByTestId(/^ds:/)).toHaveCount(1)
  await expect(memberRow(page, WAREHOUSE_STD02)).toContainText(
    'Principal: SQL-STD02\\MSSQLSERVER; Mirror: SQL-STD03\\MSSQLSERVER',
  )
  await expect(protectionGrid(page).getByRole('row', { name: /Inactive protection/ })).toHaveCount(0)

  await lab(page).advance(30)
  await expectMemberStatus(page, WAREHOUSE_STD02, 'OK')
  await selectMember(page, WAREHOUSE_STD02)
  await expect(details(page)).toContainText('DPM maintains a single replica for the mirror.')
  await openAlerts(page)
  await expect(alertRows(page)).toHaveCount(0)
  await expect(page.getByTestId('critical-alert-count')).toHaveCount(0)
})
