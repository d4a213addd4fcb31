// Whatever throws while the console renders, the status bar included, the page says what happened and offers
// Export state and Reset: never a blank page.
import { readFileSync } from 'node:fs'
import { lab, openConsole } from './kit/console'
import { expect, test } from './kit/fixtures'

// React reports the error the boundary caught on the console: the one this spec provokes.
test.use({ expectedConsoleErrors: ['The status bar could not write the date.'] })

test('a failure outside every screen shows Export state and Reset, and Reset brings the console back', async ({
  page,
}) => {
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await openConsole(page, { tab: 'protection' })
  await lab(page).advance(15)
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:15 UTC')

  // The status bar writes the date with the Date API: make it throw, then move the clock so that it renders.
  await page.evaluate(() => {
    const original = Date.prototype.getUTCFullYear
    Object.assign(window, { restoreDate: () => Object.assign(Date.prototype, { getUTCFullYear: original }) })
    Date.prototype.getUTCFullYear = () => {
      throw new Error('The status bar could not write the date.')
    }
  })
  await lab(page).advance(15)
  const failure = page.getByRole('alert').filter({ hasText: 'DPM Console stopped' })
  await expect(failure).toContainText('The status bar could not write the date.')

  // Export state: the world as it is, in a file that Import state reads.
  const download = page.waitForEvent('download')
  await failure.getByRole('button', { name: 'Export state' }).click()
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  expect(file).toMatchObject({ format: 'dpm-console-state', exportedAt: '2026-01-05T09:30:00.000Z' })

  // Reset: the default world, and the console is back.
  await page.evaluate(() => (window as unknown as { restoreDate: () => void }).restoreDate())
  await failure.getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByRole('tablist', { name: 'Navigation' })).toBeVisible()
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:00 UTC')
  expect(pageErrors).toEqual([])
})
