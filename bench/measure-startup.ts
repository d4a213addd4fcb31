// 1. Startup: from navigation to the Protection tab showing its New button and its Protection groups grid, in
// a fresh browser context (nothing cached, no service worker yet), for the console and for the minimal page.
import type { Browser } from '@playwright/test'
import { freshPage, paintTiming } from './browser'
import { MINIMAL_BASE } from './build-apps'
import { repeat } from './stats'

async function startupOnce(browser: Browser, origin: string, path: string) {
  const { context, page } = await freshPage(browser, origin)
  try {
    await page.goto(path, { waitUntil: 'commit' })
    const { inputAt, paintedAt } = await paintTiming(page)
    // The console paints before its mock agents have started; their start is still reported.
    if (path !== MINIMAL_BASE) {
      await page.waitForFunction(() => window.__benchProbe?.milestones().serviceWorkerControl !== undefined)
    }
    const milestones = await page.evaluate(() => window.__benchProbe?.milestones())
    return { painted: paintedAt - inputAt, ...milestones }
  } finally {
    await context.close()
  }
}

export function measureStartup(browser: Browser, origin: string, runs: number) {
  return repeat(runs, async () => {
    // Alternated run by run, so that both see the same machine.
    const console = await startupOnce(browser, origin, '/protection?clock=manual')
    const minimal = await startupOnce(browser, origin, MINIMAL_BASE)
    if (console.domContentLoaded === undefined || console.serviceWorkerControl === undefined) {
      throw new Error(`The console started without its milestones: ${JSON.stringify(console)}.`)
    }
    return {
      console: console.painted,
      minimal: minimal.painted,
      consoleDomContentLoaded: console.domContentLoaded,
      consoleAgentsReady: console.serviceWorkerControl,
    }
  })
}
