// Always On availability groups on Select Group Members: AG-Orders under its failover cluster with its
// databases, one data source whatever replica it is selected on, the Availability group details (DPM backs
// up from SQL-AG02 under Prefer secondary) following a change of the preference, and AG-Legacy blocked until
// the agent is on SQL-AG12.
import { expectNoAxeViolations } from './kit/axe'
import { lab, openConsole } from './kit/console'
import { AG_LEGACY_COPIES, AG_ORDERS, AG_ORDERS_COPIES } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { checkbox, expand, member, openMembers, selectedMembers } from './kit/wizard'

const ORDERS_UNDER_CLUSTER = 'SQLAGCLU01\\AG-Orders\\OrdersDB'
const LEGACY_UNDER_CLUSTER = 'SQLAGCLU02\\AG-Legacy\\LegacyDB'

test.beforeEach(async ({ page }) => {
  await openConsole(page, { tab: 'protection' })
})

test('AG-Orders under SQLAGCLU01: one data source, the details, and a preference change seen on Refresh', async ({
  page,
}) => {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQLAGCLU01')
  await expect(member(dialog, 'SQLAGCLU01\\AG-Orders')).toContainText('listener ORDERS-LSN')
  await expect(member(dialog, 'SQLAGCLU01\\AG-Orders\\ShippingDB')).toBeVisible()
  await checkbox(dialog, ORDERS_UNDER_CLUSTER).check()

  const details = dialog.getByRole('region', { name: 'Availability group details' })
  await expect(details).toBeVisible()
  await expect(details).toContainText('Availability groupAG-Orders')
  await expect(details).toContainText('ListenerORDERS-LSN')
  await expect(details).toContainText('Backup preferencePrefer secondary')
  const replicas = details.getByRole('table', { name: 'Availability replicas' }).getByRole('row')
  await expect(replicas).toHaveCount(4)
  await expect(replicas.nth(1)).toContainText(
    'SQL-AG01\\MSSQLSERVERPrimarySynchronous commit (automatic failover)',
  )
  await expect(replicas.nth(2)).toContainText('SecondarySynchronous commit (automatic failover)Synchronized')
  await expect(replicas.nth(3)).toContainText('Asynchronous commit (manual failover)Synchronizing')
  await expect(replicas.nth(3)).toContainText('SQL-AG03: OK')
  await expect(details).toContainText('DPM will back up from: SQL-AG02\\MSSQLSERVER')
  await expect(details).toContainText('no 30-minute wait and no consistency check')
  await expectNoAxeViolations(page, '[role="dialog"]')

  // One data source, named by the primary's copy; every replica's copy shows it selected.
  await expect(selectedMembers(dialog)).toHaveCount(1)
  await expect(selectedMembers(dialog)).toContainText(AG_ORDERS_COPIES[0])
  // The nodes come first in the tree (which mounts only the rows in view): back to its top.
  await member(dialog, ORDERS_UNDER_CLUSTER).press('Home')
  await expand(dialog, 'SQL-AG03')
  await expect(checkbox(dialog, AG_ORDERS_COPIES[2])).toBeChecked()
  await expect(member(dialog, AG_ORDERS_COPIES[2])).toContainText('Secondary replica')
  await checkbox(dialog, AG_ORDERS_COPIES[2]).uncheck()
  await expect(selectedMembers(dialog)).toHaveCount(0)
  await checkbox(dialog, AG_ORDERS_COPIES[2]).check()
  await expect(selectedMembers(dialog)).toHaveCount(1)
  await expect(selectedMembers(dialog)).toContainText(AG_ORDERS_COPIES[0])

  // The DBA changes the preference: DPM sees it on Refresh, and says why no replica can be backed up.
  await lab(page).setBackupPreference(AG_ORDERS, 'Secondary only')
  await lab(page).setReplicaExcludedFromBackup(AG_ORDERS, 'SQL-AG02', true)
  await lab(page).setReplicaBackupPriority(AG_ORDERS, 'SQL-AG03\\MSSQLSERVER', 0)
  await expect(details).toContainText('Backup preferencePrefer secondary')
  await dialog.getByRole('button', { name: 'Refresh' }).click()
  await expect(details).toContainText('Backup preferenceSecondary only')
  await expect(details).toContainText('DPM will back up from: no replica.')
  await expect(details).toContainText('no secondary replica can take a backup')
  await expect(member(dialog, AG_ORDERS_COPIES[2])).toContainText('No replica can be backed up now')
  // Selectable all the same: DPM protects it and the backups fail until a replica is allowed.
  await expect(checkbox(dialog, AG_ORDERS_COPIES[2])).toBeEnabled()
  await expectNoAxeViolations(page, '[role="dialog"]')
  await lab(page).setBackupPreference(AG_ORDERS, 'PRIMARY')
  await dialog.getByRole('button', { name: 'Refresh' }).click()
  await expect(details).toContainText('DPM will back up from: SQL-AG01\\MSSQLSERVER')
})

test('AG-Legacy: blocked while SQL-AG12 has no agent, with the fix; selectable once it is installed', async ({
  page,
}) => {
  const dialog = await openMembers(page)
  await expand(dialog, 'SQLAGCLU02')
  const legacy = member(dialog, LEGACY_UNDER_CLUSTER)
  await expect(checkbox(dialog, LEGACY_UNDER_CLUSTER)).toBeDisabled()
  await expect(legacy).toContainText('SQL-AG12 hosts a replica of availability group AG-Legacy')
  await expect(legacy).toContainText('Install the protection agent on SQL-AG12')
  await expect(legacy.getByRole('button', { name: 'Install agent' })).toBeVisible()
  // The node with the agent lists its copy, blocked for the same reason; the node without one is not listed.
  await legacy.press('Home')
  await expect(member(dialog, 'SQL-AG03')).toBeVisible()
  await expect(member(dialog, 'SQL-AG12')).toHaveCount(0)
  await expand(dialog, 'SQL-AG11')
  await expect(checkbox(dialog, AG_LEGACY_COPIES[0])).toBeDisabled()
  await expect(member(dialog, AG_LEGACY_COPIES[0])).toContainText('Install the protection agent on SQL-AG12')

  await lab(page).installAgent('SQL-AG12')
  await dialog.getByRole('button', { name: 'Refresh' }).click()
  await expect(checkbox(dialog, AG_LEGACY_COPIES[0])).toBeEnabled()
  await expect(member(dialog, 'SQL-AG12')).toBeVisible()
  await checkbox(dialog, AG_LEGACY_COPIES[0]).check()
  await expect(selectedMembers(dialog)).toHaveCount(1)
  await expect(selectedMembers(dialog)).toContainText(AG_LEGACY_COPIES[0])
  await expect(dialog.getByRole('region', { name: 'Availability group details' })).toContainText(
    'SQL-AG12: OK',
  )
})
