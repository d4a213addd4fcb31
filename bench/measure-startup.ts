// 1. Startup: from navigation to the first screen painted (page-probe.ts, `startup`), in a fresh browser
// context (nothing cached, no service worker yet), on each of the console's addresses and on the floor page
// (React alone); and the JavaScript each address ran before that paint.
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { freshPage, paintTiming } from './browser'
import { FLOOR_BASE } from './build-apps'
import { gzipSize } from './bundle-size'
import { type Summary, summarize } from './stats'

/** The addresses measured: the console's default page, the Protection tab, and the address tests open. */
export const STARTUP_ADDRESSES = ['/', '/protection', '/protection?preset=default&clock=manual'] as const
export type StartupAddress = (typeof STARTUP_ADDRESSES)[number]

interface StartOnce {
  painted: number
  /** The scripts (module files of the build) the page had fetched by the paint. */
  scripts: string[]
  domContentLoaded?: number
  serviceWorkerControl?: number
}

async function startupOnce(browser: Browser, origin: string, path: string): Promise<StartOnce> {
  const { context, page } = await freshPage(browser, origin)
  try {
    await page.goto(path, { waitUntil: 'commit' })
    const { inputAt, paintedAt } = await paintTiming(page)
    const scripts = await page.evaluate(
      (by) =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry as PerformanceResourceTiming)
          .filter((entry) => entry.responseEnd <= by && new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => new URL(entry.name).pathname),
      paintedAt,
    )
    // The console paints before its mock agents have started (but for a ?preset=); their start is reported.
    if (!path.startsWith(FLOOR_BASE)) {
      await page.waitForFunction(() => window.__benchProbe?.milestones().serviceWorkerControl !== undefined)
    }
    const milestones = await page.evaluate(() => window.__benchProbe?.milestones())
    return { painted: paintedAt - inputAt, scripts, ...milestones }
  } finally {
    await context.close()
  }
}

export interface AddressStartup {
  painted: Summary
  domContentLoaded: Summary
  agentsReady: Summary
  /** gzip bytes of the scripts fetched before the first paint (the first run's). */
  firstRenderGzip: number
}

export async function measureStartup(
  browser: Browser,
  origin: string,
  runs: number,
  consoleDir: string,
): Promise<{ floor: Summary; addresses: Record<StartupAddress, AddressStartup> }> {
  const pages = [FLOOR_BASE, ...STARTUP_ADDRESSES]
  // Not measured: the first start of each page in a freshly launched browser is slower than its next ones
  // (by about 20 ms on this machine), which one run (the smoke run) would take as its figure.
  for (const path of pages) await startupOnce(browser, origin, path)
  const samples = new Map<string, StartOnce[]>(pages.map((path) => [path, []]))
  for (let run = 0; run < runs; run++) {
    // Every page in each run, so that all see the same minutes of a shared machine; the order rotates.
    for (let index = 0; index < pages.length; index++) {
      const path = pages[(run + index) % pages.length] as string
      samples.get(path)?.push(await startupOnce(browser, origin, path))
    }
  }
  const of = (path: string) => samples.get(path) ?? []
  const summaryOf = (path: string, pick: (start: StartOnce) => number | undefined) =>
    summarize(
      of(path).map((start) => {
        const value = pick(start)
        if (value === undefined) throw new Error(`${path} started without its milestones.`)
        return value
      }),
    )
  const addresses = Object.fromEntries(
    STARTUP_ADDRESSES.map((path) => [
      path,
      {
        painted: summaryOf(path, (start) => start.painted),
        domContentLoaded: summaryOf(path, (start) => start.domContentLoaded),
        agentsReady: summaryOf(path, (start) => start.serviceWorkerControl),
        firstRenderGzip: (of(path)[0]?.scripts ?? []).reduce(
          (sum, script) => sum + gzipSize(join(consoleDir, script)),
          0,
        ),
      },
    ]),
  ) as Record<StartupAddress, AddressStartup>
  return { floor: summaryOf(FLOOR_BASE, (start) => start.painted), addresses }
}
