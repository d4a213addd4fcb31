// Keyboard-only helpers: reach a control with Tab (or Shift+Tab) as a keyboard user does, never a click.
import { expect, type Locator, type Page } from '@playwright/test'

const MAX_TABS = 60

/** Presses Tab until `target` has the focus; fails when it cannot be reached that way. */
export async function tabTo(page: Page, target: Locator, { backwards = false } = {}): Promise<void> {
  for (let press = 0; press < MAX_TABS; press++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target, `reachable with ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused()
}

/** Reaches `target` with Tab and presses Enter on it. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press('Enter')
}
