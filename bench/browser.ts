// Debian's Chromium (or CHROMIUM_PATH) with the launch options of playwright.config.ts, and a fresh context
// per run: no cache, no service worker, no stored console state, the page probe installed.
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test'
import playwrightConfig from '../playwright.config'
import { installProbe, type PaintCondition, type PaintTiming } from './page-probe'

export async function launchBrowser(): Promise<Browser> {
  const { launchOptions } = playwrightConfig.use ?? {}
  return chromium.launch({ ...launchOptions, headless: true })
}

export async function freshPage(
  browser: Browser,
  origin: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const { viewport } = playwrightConfig.use ?? {}
  const context = await browser.newContext({
    baseURL: origin,
    viewport: viewport ?? { width: 1400, height: 900 },
  })
  await context.addInitScript(installProbe)
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('close', () => {
    if (errors.length > 0) console.warn(`The page reported errors:\n  ${errors.join('\n  ')}`)
  })
  return { context, page }
}

/** Arms the probe, runs `act` (the input), and returns milliseconds from the input event to the paint. */
export async function timeToPaint(
  page: Page,
  condition: PaintCondition,
  act: () => Promise<unknown>,
  inputAt?: number,
): Promise<number> {
  await page.evaluate(([c, at]) => window.__benchProbe?.arm(c, at), [condition, inputAt] as const)
  await act()
  const timing = await paintTiming(page)
  return timing.paintedAt - timing.inputAt
}

export async function paintTiming(page: Page): Promise<PaintTiming> {
  const timing = await page.evaluate(() => window.__benchProbe?.result())
  if (!timing) throw new Error('The page has no benchmark probe.')
  return timing
}

/** Lets the page finish what it started (queries, effects) before the next measured input. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })),
      ),
  )
}

/** The page's JS heap in MB, after two forced garbage collections. */
export async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 2 ** 20
}
