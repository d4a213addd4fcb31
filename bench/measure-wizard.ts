// 2. Select Group Members, on the console and on the floor page (the same React and Fluent controls, nothing
// else), in the same run. Each interaction is timed twice:
// - Event Timing: the longest event duration of the input (what the browser reports for INP: from the input's
//   timestamp, the time it waited behind a busy main thread included, to the paint after its handlers);
// - to the painted result: from the input event to the first paint that shows what it asked for (the first tree,
//   the expanded server, the filtered tree), which may come after an agent request.
import type { Browser, Locator, Page } from '@playwright/test'
import { freshPage, heapUsedMb, paintTiming, settle, timeToPaint } from './browser'
import { FLOOR_BASE } from './build-apps'
import { maybeProfiled } from './cpu-profile'
import { summarizeEach } from './stats'
import { nextButton, openWizardAtType, pathOf, selectedMembers, treeRows } from './wizard-steps'

export const SEARCH_TEXT = 'SalesDB'
/** Search members waits for a pause in typing before it searches (members-page.tsx; the floor page too). */
export const SEARCH_PAUSE_MS = 250

/** The interactions: each timed by Event Timing, but the search result (no input of its own: see typeSearch). */
export const INTERACTIONS = ['next', 'expand', 'keystroke', 'searchResults', 'check', 'clear'] as const
export type Interaction = (typeof INTERACTIONS)[number]

export type WizardSample = Record<`event.${Interaction}`, number> & {
  /** Click on Next to the first painted tree row. */
  'paint.next': number
  /** ArrowRight on a server to its databases painted. */
  'paint.expand': number
  /** The last keystroke to the filtered tree painted, the typing pause included. */
  'paint.searchResults': number
  /** Click on a mirrored database's checkbox to Mirror details painted. */
  'paint.check': number
}

/** Where the wizard's Select Group Members is opened, up to its Next button. */
export type WizardTarget = { kind: 'console'; query: string } | { kind: 'floor' }

/** Event Timing reports no event under 16 ms: an input without an entry counts as 16 ms (at most). */
const EVENT_FLOOR_MS = 16

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

async function longestEvent(page: Page, since: number, until?: number): Promise<number> {
  const longest = await page.evaluate(([from, to]) => window.__benchProbe?.longestEvent(from, to), [
    since,
    until,
  ] as const)
  if (longest === undefined) throw new Error('The page has no benchmark probe.')
  return Math.max(longest, EVENT_FLOOR_MS)
}

/** Times `act` both ways: its longest event, and its input to the paint that satisfies `condition`. */
async function interaction(
  page: Page,
  condition: Parameters<typeof timeToPaint>[1],
  act: () => Promise<unknown>,
): Promise<{ event: number; paint: number }> {
  const since = await now(page)
  const paint = await timeToPaint(page, condition, act)
  const event = await longestEvent(page, since)
  await settle(page)
  return { event, paint }
}

/** A row in view of a mirrored principal that can be checked, once the mirror facts have come in (or none). */
async function selectablePrincipal(dialog: Locator): Promise<string | undefined> {
  // A row shows its mirror role and enables its checkbox when the agents have answered for its partner.
  const deadline = Date.now() + 3_000
  do {
    for (const row of await treeRows(dialog, 4).all()) {
      const enabled = await row.locator('input[type="checkbox"]:not([disabled])').count()
      if (enabled > 0 && (await row.getByText('Principal', { exact: true }).count()) > 0) return pathOf(row)
    }
    await dialog.page().waitForTimeout(100)
  } while (Date.now() < deadline)
  return undefined
}

/** Runs an interaction, CPU-profiled when --cpu-profile asked for it (cpu-profile.ts). */
type Profiled = <T>(what: string, act: () => Promise<T>) => () => Promise<T>

async function typeSearch(page: Page, dialog: Locator, text: string, profiled: Profiled) {
  await dialog.getByRole('searchbox', { name: 'Search members' }).click()
  await settle(page)
  // Each keystroke's events are read once the typing is over: waiting for the browser to report them after each
  // key would space the keys past the typing pause.
  const keys: number[] = []
  for (let length = 1; length <= text.length; length++) {
    await page.evaluate(
      (value) => window.__benchProbe?.arm({ kind: 'search-value', value }),
      text.slice(0, length),
    )
    keys.push(await now(page))
    await profiled(`key-${length}`, () => page.keyboard.press(text[length - 1] as string))()
    await paintTiming(page)
  }
  // The tree filters once typing pauses (the search goes to the agents). The pause ends 250 ms after the last
  // input event was handled, never earlier: the result is looked for from then on, so a keystroke slower than
  // the pause (which lets a search of the text typed so far run) cannot make the figure negative.
  const pauseEnd = (await page.evaluate(() => window.__benchProbe?.lastInputAt())) ?? 0
  const paint = await profiled('search-result', () =>
    timeToPaint(page, { kind: 'search-results', text }, async () => {}, pauseEnd + SEARCH_PAUSE_MS),
  )()
  let keystroke = 0
  for (const [index, since] of keys.entries()) {
    keystroke = Math.max(keystroke, await longestEvent(page, since, keys[index + 1]))
  }
  // The search result has no input of its own: what the user waits for after the pause.
  return { keystroke, searchResults: paint, paint: paint + SEARCH_PAUSE_MS }
}

async function open(page: Page, target: WizardTarget): Promise<Locator> {
  if (target.kind === 'console') return openWizardAtType(page, target.query)
  await page.goto(`${FLOOR_BASE}?controls`)
  const main = page.getByRole('main')
  await nextButton(main).waitFor()
  return main
}

/** One pass over Select Group Members; `heap`: the page's JS heap (after GC) once it is done. */
export async function wizardOnce(
  browser: Browser,
  origin: string,
  target: WizardTarget,
): Promise<WizardSample & { heapMb: number }> {
  const { context, page } = await freshPage(browser, origin)
  try {
    const dialog = await open(page, target)
    const cdp = await context.newCDPSession(page)
    // --cpu-profile: each interaction's CPU profile, named after the page (the floor, or the estate's size).
    const name = target.kind === 'floor' ? 'floor' : (/databases=(\d+)/.exec(target.query)?.[1] ?? 'default')
    const profiled: Profiled = (what, act) => () => maybeProfiled(cdp, `wizard-${name}-${what}`, act)
    await settle(page)
    const next = await interaction(
      page,
      { kind: 'tree-rows' },
      profiled('next', () => nextButton(dialog).click()),
    )

    const server = treeRows(dialog, 1).first()
    const serverPath = await pathOf(server)
    await server.click()
    await settle(page)
    const expand = await interaction(
      page,
      { kind: 'expanded', path: serverPath },
      profiled('expand', () => server.press('ArrowRight')),
    )

    const search = await typeSearch(page, dialog, SEARCH_TEXT, profiled)
    await settle(page)

    let principal = await selectablePrincipal(dialog)
    if (!principal) {
      // Not among the rows in view: narrow the search to mirrored copies (not measured).
      const mirrored = `${SEARCH_TEXT}_M`
      await page.evaluate((text) => window.__benchProbe?.arm({ kind: 'search-results', text }, 0), mirrored)
      await dialog.getByRole('searchbox', { name: 'Search members' }).fill(mirrored)
      await paintTiming(page)
      await settle(page)
      principal = await selectablePrincipal(dialog)
    }
    if (!principal) throw new Error(`No mirrored database that can be checked matches "${SEARCH_TEXT}".`)
    const database = principal.split('\\').at(-1) as string
    const checkbox = dialog.getByTestId(`member:${principal}`).getByRole('checkbox')
    const check = await interaction(
      page,
      { kind: 'mirror-details', name: database },
      profiled('check', () => checkbox.click()),
    )
    await selectedMembers(dialog).first().waitFor()

    // Clear the search: the search box's own clear button (Fluent's SearchBox), back to the whole tree.
    const since = await now(page)
    await page.evaluate(() => window.__benchProbe?.arm({ kind: 'search-value', value: '' }))
    await dialog.getByRole('searchbox', { name: 'Search members' }).focus()
    await profiled('clear', async () => {
      await dialog.getByRole('button', { name: 'clear' }).click()
      await paintTiming(page)
    })()
    const clear = await longestEvent(page, since)
    await settle(page)

    const heapMb = await heapUsedMb(cdp)
    return {
      'event.next': next.event,
      'event.expand': expand.event,
      'event.keystroke': search.keystroke,
      'event.searchResults': search.searchResults,
      'event.check': check.event,
      'event.clear': clear,
      'paint.next': next.paint,
      'paint.expand': expand.paint,
      'paint.searchResults': search.paint,
      'paint.check': check.paint,
      heapMb,
    }
  } finally {
    await context.close()
  }
}

/**
 * Each run passes over the floor page and then over the console at each of `queries` (estates), so that the
 * ratios compare figures of the same minutes on a shared machine.
 */
export async function measureWizard(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  runs: number,
) {
  const floor: WizardSample[] = []
  const estates = queries.map(() => [] as (WizardSample & { heapMb: number })[])
  for (let run = 0; run < runs; run++) {
    floor.push(await wizardOnce(browser, origin, { kind: 'floor' }))
    for (const [index, query] of queries.entries()) {
      estates[index]?.push(await wizardOnce(browser, origin, { kind: 'console', query }))
    }
  }
  return { floor: summarizeEach(floor), estates: estates.map(summarizeEach) }
}
