// 3. Simulation: at least `databases` databases protected through the wizard (whole instances checked, in an
// estate of large instances so that a few checks reach the count), then window.dpmLab.advance(7 days): wall
// time, and the page's JS heap after a GC before and after. The estate is the large preset with
// `&recovery=full`: every database FULL and writable, so that the group keeps the wizard's default of
// synchronization every 15 minutes, the workload of the performance target (a SIMPLE or read-only member would
// set the whole group to "Just before a recovery point", 31016, and each database would synchronize once a day).
import { type Browser, expect, type Locator, type Page } from '@playwright/test'
import { freshPage, heapUsedMb, settle } from './browser'
import { maybeProfiled } from './cpu-profile'
import { repeat } from './stats'
import { createGroup, nextPage, openWizardAtType, pathOf, selectedMembers, treeRows } from './wizard-steps'

export const ADVANCE_MINUTES = 7 * 1440

/** Expands one server and checks its first instance; returns how many members are selected then. */
async function checkFirstInstanceOf(dialog: Locator, server: Locator): Promise<number> {
  const path = await pathOf(server)
  await server.click()
  await server.press('ArrowRight')
  const instance = dialog.locator(
    `[role="treeitem"][aria-level="3"][data-testid^="${`member:${path}\\`.replace(/\\/g, '\\\\')}"]`,
  )
  const checkbox = instance.first().getByRole('checkbox')
  await checkbox.click()
  // The instance's databases are classified once their facts arrive; then its checkbox shows it checked.
  await expect(checkbox).toBeChecked({ timeout: 30_000 })
  // Left expanded: the tree is virtualized, and the server's row may have scrolled out of the mounted rows.
  return selectedMembers(dialog).count()
}

/** Protects whole instances until at least `count` databases are selected; returns how many are. */
async function protectDatabases(page: Page, query: string, count: number): Promise<number> {
  const dialog = await openWizardAtType(page, query)
  await nextPage(dialog, 'Select Group Members')
  const done = new Set<string>()
  let selected = 0
  while (selected < count) {
    const servers = await treeRows(dialog, 1).all()
    let next: Locator | undefined
    for (const server of servers) {
      if (!done.has(await pathOf(server))) {
        next = server
        break
      }
    }
    if (!next) {
      const tree = dialog.getByRole('tree', { name: 'Available members' })
      const moved = await tree.evaluate((element) => {
        const before = element.scrollTop
        element.scrollTop += element.clientHeight
        return element.scrollTop !== before
      })
      if (!moved) throw new Error(`The estate has fewer than ${count} databases that can be protected.`)
      await settle(page)
      continue
    }
    done.add(await pathOf(next))
    selected = await checkFirstInstanceOf(dialog, next)
  }
  await createGroup(dialog, `Bench ${count}`)
  return selected
}

async function simulationOnce(browser: Browser, origin: string, query: string, databases: number) {
  const { context, page } = await freshPage(browser, origin)
  try {
    const protectedDatabases = await protectDatabases(page, query, databases)
    const cdp = await context.newCDPSession(page)
    const heapBeforeMb = await heapUsedMb(cdp)
    const advanceMs = await maybeProfiled(cdp, `advance-${databases}`, () =>
      page.evaluate(async (minutes) => {
        const lab = window.dpmLab
        if (!lab) throw new Error('window.dpmLab is missing.')
        const start = performance.now()
        await lab.advance(minutes)
        return performance.now() - start
      }, ADVANCE_MINUTES),
    )
    const heapAfterMb = await heapUsedMb(cdp)
    // The advance did real work: the members' replicas were created and synchronized (Protection tab), and
    // the group kept its 15-minute synchronization.
    await expect(page.locator('[data-testid^="ds:"]').first()).toContainText('OK')
    const groups = page.getByRole('treegrid', { name: 'Protection groups' }).getByRole('row')
    await groups
      .filter({ hasText: `Bench ${databases}` })
      .first()
      .click()
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Every 15 minutes')
    return {
      protectedDatabases,
      advanceMs,
      heapBeforeMb,
      heapAfterMb,
      heapGrowthMb: heapAfterMb - heapBeforeMb,
    }
  } finally {
    await context.close()
  }
}

export function measureSimulation(
  browser: Browser,
  origin: string,
  query: string,
  databases: number,
  runs: number,
) {
  return repeat(runs, () => simulationOnce(browser, origin, query, databases))
}
