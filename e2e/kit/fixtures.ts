// The test fixture every spec uses: any console error or unhandled rejection in the page fails the test.
import { test as base, expect } from '@playwright/test'

const BROWSER_HTTP_STATUS_LOG = 'Failed to load resource: the server responded with a status of'

export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      // Chromium logs every HTTP error status it sees; an agent's refusal (409) is an answer, not a fault.
      if (message.type() === 'error' && !message.text().startsWith(BROWSER_HTTP_STATUS_LOG)) {
        errors.push(`console.error: ${message.text()}`)
      }
    })
    await use(page)
    expect(errors, 'the page logged errors').toEqual([])
  },
})

export { expect }
