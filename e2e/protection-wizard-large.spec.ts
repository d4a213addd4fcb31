// The wizard at scale: the large preset (2,000 computers, 40,000 databases, 2,000 mirroring sessions).
import { expect, test } from './kit/fixtures'
import { nextUntil, openWizard, search, selectedMembers } from './kit/wizard'

test.use({ preset: 'large', startTab: 'protection' })

test('Select Group Members stays usable with 40,000 databases', async ({ consolePage: page }) => {
  const dialog = await openWizard(page)
  await nextUntil(dialog, 'Select Group Members')
  const tree = dialog.getByRole('tree', { name: 'Available members' })
  const servers = tree.locator('[role="treeitem"][aria-level="1"]')
  await expect(servers.first()).toBeVisible()
  // Virtualized: thousands of servers, a few dozen rows in the page.
  expect(Number(await servers.first().getAttribute('aria-setsize'))).toBeGreaterThan(1000)
  expect(await tree.getByRole('treeitem').count()).toBeLessThan(80)

  // Lazy expansion: one server's instances, then End jumps to the last server with the keyboard.
  const first = servers.first()
  await first.click()
  await first.press('ArrowRight')
  const database = tree.locator('[role="treeitem"][aria-level="4"]').first()
  await expect(database).toBeVisible()
  await first.press('End')
  await expect(tree.locator('[role="treeitem"]:focus')).toHaveAttribute('aria-posinset', /\d{4}/)

  // Search goes to the agents, so it works without expanding anything.
  await search(dialog, 'Orders')
  const match = tree.locator('[role="treeitem"][aria-level="4"]').first()
  await expect(match).toContainText('Orders')
  const selectable = tree.locator('[role="treeitem"][aria-level="4"]').filter({
    has: page.locator('input[type="checkbox"]:not([disabled])'),
  })
  await selectable.first().getByRole('checkbox').check()
  await expect(selectedMembers(dialog)).toHaveCount(1)
})

test('Search members reads more matches as the tree is scrolled to its end', async ({
  consolePage: page,
}) => {
  const dialog = await openWizard(page)
  await nextUntil(dialog, 'Select Group Members')
  const tree = dialog.getByRole('tree', { name: 'Available members' })
  await search(dialog, 'SalesDB')
  const status = dialog.getByRole('status').filter({ hasText: 'Showing the first' })
  await expect(status).toHaveText('Showing the first 100 matches: more are read as you scroll to the end.')
  const servers = tree.locator('[role="treeitem"][aria-level="1"]')
  const serversOnFirstPage = Number(await servers.first().getAttribute('aria-setsize'))

  // End moves to the last row read so far, which reads the next page; the rows read before stay.
  const first = tree.locator('[role="treeitem"][aria-level="4"]').first()
  const firstPath = await first.getAttribute('data-testid')
  await first.click()
  await first.press('End')
  await expect(status).toHaveText('Showing the first 200 matches: more are read as you scroll to the end.')
  expect(Number(await servers.first().getAttribute('aria-setsize'))).toBeGreaterThan(serversOnFirstPage)
  await first.page().keyboard.press('Home')
  await expect(tree.locator('[role="treeitem"]:focus')).toBeVisible()
  await expect(tree.locator('[role="treeitem"][aria-level="4"]').first()).toHaveAttribute(
    'data-testid',
    firstPath ?? '',
  )
})
