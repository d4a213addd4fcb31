// A browser storage that fills up after the console started: the console says so at once, with Export state,
// keeps saying it (once) while writes fail, and saves everything as soon as the storage takes it again.
import { lab } from './kit/console'
import { expect, test } from './kit/fixtures'

test('a full storage is said at once and until a write succeeds, and nothing is lost once it has room', async ({
  consolePage: page,
}) => {
  await lab(page).advance(15)
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem
    Object.assign(window, { storageHasRoom: () => Object.assign(Storage.prototype, { setItem }) })
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'dpm-console:world')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
  await lab(page).advance(15)
  const full = page.getByRole('alert').filter({ hasText: 'Changes are not being saved' })
  await expect(full).toBeVisible()
  await expect(full.getByRole('button', { name: 'Export state' })).toBeVisible()
  await lab(page).advance(15)
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  await expect(full).toHaveCount(1)

  await page.evaluate(() => (window as unknown as { storageHasRoom: () => void }).storageHasRoom())
  await lab(page).advance(15)
  await expect(full).toHaveCount(0)
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  await page.reload()
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 10:00 UTC')
})
