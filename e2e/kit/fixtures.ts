// The test fixture every spec uses: any console error or unhandled rejection in the page fails the test.
import { test as base, expect } from '@playwright/test'

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
    })
    await use(errors)
    expect(errors, 'the page logged errors').toEqual([])
  },
  page: async ({ page, pageErrors }, use) => {
    void pageErrors
    await use(page)
  },
})

export { expect }
