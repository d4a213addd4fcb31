// The Create New Protection Group wizard, driven as an admin would, through the UI contract.
import { expect, type Locator, type Page } from '@playwright/test'
import { openTab } from './console'
import { databaseName } from './demo-estate'

export const wizard = (page: Page) => page.getByRole('dialog', { name: 'Create New Protection Group' })
/** The same wizard opened by Modify on the Protection tab. */
export const modifyGroupWizard = (page: Page) => page.getByRole('dialog', { name: 'Modify Group' })
export const member = (dialog: Locator, path: string) => dialog.getByTestId(`member:${path}`)
export const checkbox = (dialog: Locator, path: string) => member(dialog, path).getByRole('checkbox')
export const selectedMembers = (dialog: Locator) =>
  dialog.getByRole('list', { name: 'Selected members' }).getByRole('listitem')

/** The wizard shows the page titled `title`, and the Steps list marks it current. */
export async function expectPage(dialog: Locator, title: string): Promise<void> {
  await expect(dialog.getByRole('heading', { name: title, exact: true })).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]')).toHaveText(title)
}

/** Next, expecting the page titled `title`. */
export async function next(dialog: Locator, title: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await expectPage(dialog, title)
}

/** Presses Next with the defaults until the page titled `title` shows. */
export async function nextUntil(dialog: Locator, title: string): Promise<void> {
  const target = dialog.getByRole('heading', { name: title, exact: true })
  for (let step = 0; step < 10; step++) {
    if (await target.isVisible()) return
    await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  }
  await expect(target).toBeVisible()
}

/** Opens the wizard with New on the Protection tab (unless it is open already), at its Welcome page. */
export async function openWizard(page: Page): Promise<Locator> {
  const dialog = wizard(page)
  if (!(await dialog.isVisible())) {
    await openTab(page, 'Protection')
    await page
      .getByRole('toolbar', { name: 'Protection actions' })
      .getByRole('button', { name: 'New' })
      .click()
  }
  await expect(dialog).toBeVisible()
  return dialog
}

/** Opens the wizard at Select Group Members, its Available members listed. */
export async function openMembers(page: Page): Promise<Locator> {
  const dialog = await openWizard(page)
  await nextUntil(dialog, 'Select Group Members')
  await expect(
    dialog.getByRole('tree', { name: 'Available members' }).getByRole('treeitem').first(),
  ).toBeVisible()
  return dialog
}

/** Opens a server's node (its instances load on expand), with the keyboard as an admin could. */
export async function expand(dialog: Locator, server: string): Promise<void> {
  const row = member(dialog, server)
  await row.click()
  await row.press('ArrowRight')
  await expect(row).toHaveAttribute('aria-expanded', 'true')
}

/**
 * Types in Search members and waits for the agents' answer: the list first shows DPM's cached copy, which
 * Refresh (or a wizard opened afresh) made stale. The page watches the status from before the first
 * keystroke, so an answer that comes at once (its "Searching for" shown for a moment only) is seen as it
 * ends; when no search starts (the answer was cached and fresh), it gives up after 1.5 s.
 */
export async function search(dialog: Locator, text: string): Promise<void> {
  const box = dialog.getByRole('searchbox', { name: 'Search members' })
  if (text === '') {
    await box.fill('')
    return
  }
  const watch = await dialog.page().evaluateHandle((searching) => {
    const searchingNow = () =>
      [...document.querySelectorAll('[role="dialog"] [role="status"]')].some(
        (status) => status.textContent === searching,
      )
    // In an object: evaluateHandle would wait for a promise returned as it is.
    const answered = new Promise<void>((resolve) => {
      let seen = false
      const done = () => {
        observer.disconnect()
        clearTimeout(giveUp)
        resolve()
      }
      const observer = new MutationObserver(() => {
        if (searchingNow()) seen = true
        else if (seen) done()
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      const giveUp = setTimeout(done, 1_500)
    })
    return { answered }
  }, `Searching for "${text.trim()}"...`)
  await box.fill(text)
  await watch.evaluate(({ answered }) => answered)
  await watch.dispose()
  await expect(dialog.getByRole('status').filter({ hasText: 'Searching for' })).toHaveCount(0)
}

/** Checks databases found with Search members (no server needs expanding first). */
export async function selectDatabases(dialog: Locator, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await search(dialog, databaseName(path))
    await checkbox(dialog, path).check()
    await expect(checkbox(dialog, path)).toBeChecked()
  }
  await search(dialog, '')
}

export interface GroupOptions {
  /** Protection group name. */
  name: string
  /** Retention range in days (default 5). */
  retentionDays?: number
  /** Synchronization frequency as listed ("Every 30 minutes"), or Just before a recovery point. */
  synchronization?: string | 'Just before a recovery point'
  /** Replica creation (default Now). */
  replicaCreation?: 'Now' | 'Manually'
}

/**
 * From Select Group Members (members chosen) to the Status page with these options, then checks that every
 * task ended in Success. Returns the Tasks table.
 */
export async function createGroup(dialog: Locator, options: GroupOptions | string): Promise<Locator> {
  const { name, retentionDays, synchronization, replicaCreation } =
    typeof options === 'string' ? { name: options } : options
  await next(dialog, 'Select Data Protection Method')
  await dialog.getByRole('textbox', { name: 'Protection group name' }).fill(name)
  await next(dialog, 'Specify Short-Term Goals')
  if (retentionDays !== undefined)
    await dialog.getByRole('spinbutton', { name: 'Retention range' }).fill(String(retentionDays))
  if (synchronization === 'Just before a recovery point')
    await dialog.getByRole('radio', { name: synchronization }).check()
  else if (synchronization !== undefined)
    await dialog.getByRole('combobox', { name: 'Synchronization frequency' }).selectOption(synchronization)
  await nextUntil(dialog, 'Choose Replica Creation Method')
  if (replicaCreation === 'Manually') await dialog.getByRole('radio', { name: 'Manually' }).check()
  await nextUntil(dialog, 'Summary')
  await dialog.getByRole('button', { name: 'Create Group' }).click()
  await expectPage(dialog, 'Status')
  const tasks = dialog.getByRole('table', { name: 'Tasks' })
  const rows = tasks.getByRole('row').filter({ has: dialog.page().getByRole('cell') })
  await expect(rows.first()).toBeVisible()
  await expect(rows.filter({ hasNotText: 'Success' })).toHaveCount(0)
  return tasks
}

/**
 * Protects `paths` in a new protection group: New (unless the wizard is open, as an alert's recommended
 * action opens it), Refresh (the estate may have changed since the list was read), the databases, the
 * options, Create Group and Close.
 */
export async function createProtectionGroup(
  page: Page,
  paths: readonly string[],
  options: GroupOptions & { expectMirrorDetails?: boolean },
): Promise<void> {
  const dialog = await openMembers(page)
  await dialog.getByRole('button', { name: 'Refresh' }).click()
  await selectDatabases(dialog, paths)
  if (options.expectMirrorDetails) {
    const details = dialog.getByTestId('mirror-details')
    await expect(details).toBeVisible()
    await expect(details).toContainText('DPM maintains a single replica for the mirror.')
  }
  await expect(selectedMembers(dialog)).toHaveCount(paths.length)
  await createGroup(dialog, options)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
}
