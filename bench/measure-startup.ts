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

export async function measureStartup(browser: Browser, origin: string, runs: number) {
  const consoleOnce = () => startupOnce(browser, origin, '/protection?clock=manual')
  const minimalOnce = () => startupOnce(browser, origin, MINIMAL_BASE)
  // Not measured: the console's first start in a freshly launched browser is slower than its next ones (by
  // about 20 ms on this machine; the minimal page's is not), which one run (the smoke run) would take as its figure.
  await consoleOnce()
  await minimalOnce()
  // Both in each run, so that both see the same machine; which goes first alternates run by run.
  const both = async (run: number) => {
    if (run % 2 === 0) {
      const console = await consoleOnce()
      return { console, minimal: await minimalOnce() }
    }
    const minimal = await minimalOnce()
    return { console: await consoleOnce(), minimal }
  }
  return repeat(runs, async (run) => {
    const { console, minimal } = await both(run)
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
