// The test fixture every spec uses. Any console error or unhandled rejection in the page fails the test.
// `consolePage` is the console opened on a fresh preset with the simulated clock paused (options `preset`,
// `startTab`, `startAt`, set per file with test.use). A spec that provokes an error on purpose names the console
// errors it expects with the option `expectedConsoleErrors` (parts of their text); any other still fails it.
import { test as base, expect, type Page } from '@playwright/test'
import { type ConsoleTabPath, openConsole } from './console'

const BROWSER_HTTP_STATUS_LOG = 'Failed to load resource: the server responded with a status of'

interface ConsoleOptions {
  preset: string
  startTab: ConsoleTabPath
  startAt: string | undefined
  expectedConsoleErrors: readonly string[]
}

export const test = base.extend<ConsoleOptions & { consolePage: Page }>({
  preset: ['default', { option: true }],
  startTab: ['monitoring', { option: true }],
  startAt: [undefined, { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      // Chromium logs every HTTP error status it sees; an agent's refusal (409) is an answer, not a fault.
      const text = message.text()
      const expected =
        text.startsWith(BROWSER_HTTP_STATUS_LOG) || expectedConsoleErrors.some((part) => text.includes(part))
      if (message.type() === 'error' && !expected) {
        errors.push(`console.error: ${text}`)
      }
    })
    await use(page)
    expect(errors, 'the page logged errors').toEqual([])
  },
  consolePage: async ({ page, preset, startTab, startAt }, use) => {
    await openConsole(page, { tab: startTab, preset, at: startAt })
    await use(page)
  },
})

export { expect }
