// npm run bench: builds the console and the minimal page, serves both, drives Chromium, prints one table and
// writes bench/results.json. --smoke: one iteration on small estates, so that the test command keeps the
// benchmark working. Exits non-zero only when the benchmark itself breaks, never for a missed target.
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { launchBrowser } from './browser'
import { buildApps, PROJECT_ROOT } from './build-apps'
import { measureBundle } from './bundle-size'
import { measureSimulation } from './measure-simulation'
import { measureStartup } from './measure-startup'
import { measureWizard, type WizardFigure } from './measure-wizard'
import { type Figure, formatTable, holds, single } from './report'
import { serveBuilds } from './static-server'
import { ratioOf, type Summary } from './stats'

interface Plan {
  mode: 'full' | 'smoke'
  runs: number
  defaultQuery: string
  largeQuery: string
  largeLabel: string
  protectedDatabases: number
}

const FULL: Plan = {
  mode: 'full',
  runs: 5,
  defaultQuery: 'preset=default&clock=manual',
  largeQuery: 'preset=large&clock=manual',
  largeLabel: 'large (2,000 computers, 40,000 databases)',
  protectedDatabases: 200,
}

const SMOKE: Plan = {
  mode: 'smoke',
  runs: 1,
  defaultQuery: 'preset=default&clock=manual',
  largeQuery: 'preset=large&computers=100&databases=1000&sessions=50&clock=manual',
  largeLabel: 'small large (100 computers, 1,000 databases)',
  protectedDatabases: 20,
}

/** Target of each interaction at the large preset, and of its large/default ratio. */
const INTERACTION_MS = 100
const LARGE_DEFAULT_RATIO = 1.5
/** Search members waits for a pause in typing before it asks the agents (members-page.tsx). */
const SEARCH_DEBOUNCE_MS = 250

const WIZARD_LABELS: Record<WizardFigure, string> = {
  firstTree: 'first painted tree after Next',
  expand: 'expand a computer',
  keystroke: 'type in Search members, slowest keystroke',
  searchResults: 'search results after the last keystroke',
  checkMirrored: 'check a mirrored database, Mirror details shown',
}

function wizardFigures(
  preset: 'default' | 'large',
  label: string,
  summaries: Record<WizardFigure, Summary>,
): Figure[] {
  return (Object.keys(WIZARD_LABELS) as WizardFigure[]).map((id) => ({
    id: `wizard.${preset}.${id}`,
    label: `Select Group Members, ${label}: ${WIZARD_LABELS[id]}`,
    unit: 'ms',
    summary: summaries[id],
    target:
      preset === 'default'
        ? undefined
        : id === 'searchResults'
          ? SEARCH_DEBOUNCE_MS + INTERACTION_MS
          : INTERACTION_MS,
    note: id === 'searchResults' ? `includes the ${SEARCH_DEBOUNCE_MS} ms typing pause` : undefined,
  }))
}

function parsePlan(args: readonly string[]): Plan {
  const plan = args.includes('--smoke') ? SMOKE : FULL
  const runsArg = args.find((arg) => arg.startsWith('--runs='))
  if (runsArg === undefined) return plan
  const runs = Number(runsArg.slice('--runs='.length))
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number >= 1, not "${runsArg}".`)
  return { ...plan, runs }
}

export async function main(args: readonly string[]): Promise<void> {
  const plan = parsePlan(args)
  const started = Date.now()
  const log = (message: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

  const building = process.env.CONSOLE_BUILD_DIR
    ? `the minimal page (the console: ${process.env.CONSOLE_BUILD_DIR})`
    : 'the console and the minimal page'
  log(`${plan.mode} run, ${plan.runs} run(s) per figure: building ${building}`)
  const builds = await buildApps()
  const bundle = measureBundle(builds.consoleDir)
  const server = await serveBuilds(builds, Number(process.env.PORT ?? 0))
  const browser = await launchBrowser()
  try {
    log(`serving ${server.origin}; Chromium ${browser.version()}; measuring startup`)
    const startup = await measureStartup(browser, server.origin, plan.runs)
    log('Select Group Members, default preset')
    const wizardDefault = await measureWizard(browser, server.origin, plan.defaultQuery, plan.runs)
    log(`Select Group Members, ${plan.largeLabel}`)
    const wizardLarge = await measureWizard(browser, server.origin, plan.largeQuery, plan.runs)
    log(`simulation: ${plan.protectedDatabases} protected databases, advance 7 days`)
    const simulation = await measureSimulation(
      browser,
      server.origin,
      plan.largeQuery,
      plan.protectedDatabases,
      plan.runs,
    )

    const figures: Figure[] = [
      {
        id: 'startup.console',
        label: 'Startup to the Protection tab, console',
        unit: 'ms',
        summary: startup.console,
      },
      {
        id: 'startup.consoleDomContentLoaded',
        label: 'Console startup: DOMContentLoaded (entry chunks loaded and run)',
        unit: 'ms',
        summary: startup.consoleDomContentLoaded,
      },
      {
        id: 'startup.consoleAgentsReady',
        label: "Console startup: the mock agents' service worker controls the page",
        unit: 'ms',
        summary: startup.consoleAgentsReady,
      },
      { id: 'startup.minimal', label: 'Startup, minimal React page', unit: 'ms', summary: startup.minimal },
      {
        id: 'startup.ratio',
        label: 'Startup ratio, console / minimal page',
        unit: 'x',
        summary: single(ratioOf(startup.console, startup.minimal)),
        target: 2,
      },
      ...wizardFigures('default', 'default', wizardDefault),
      ...wizardFigures('large', plan.mode === 'full' ? 'large' : 'small large', wizardLarge),
      ...(Object.keys(WIZARD_LABELS) as WizardFigure[]).map(
        (id): Figure => ({
          id: `wizard.ratio.${id}`,
          label: `Large / default: ${WIZARD_LABELS[id]}`,
          unit: 'x',
          summary: single(ratioOf(wizardLarge[id], wizardDefault[id])),
          target: LARGE_DEFAULT_RATIO,
        }),
      ),
      {
        id: 'simulation.advance',
        label: `Advance 7 days, ${plan.protectedDatabases} databases at 15-minute sync`,
        unit: 'ms',
        summary: simulation.advanceMs,
        target: 2000,
      },
      {
        id: 'simulation.heapBefore',
        label: 'JS heap before the advance',
        unit: 'MB',
        summary: simulation.heapBeforeMb,
      },
      {
        id: 'simulation.heapAfter',
        label: 'JS heap after the advance',
        unit: 'MB',
        summary: simulation.heapAfterMb,
      },
      {
        id: 'simulation.heapGrowth',
        label: 'JS heap growth over the advance',
        unit: 'MB',
        summary: simulation.heapGrowthMb,
        target: 50,
      },
      {
        id: 'bundle.firstRender',
        label: 'First-render JavaScript, gzip',
        unit: 'kB',
        summary: single(bundle.firstRenderGzip / 1000),
        target: 200,
      },
      {
        id: 'bundle.mockAgents',
        label: 'Mock agent chunks (lazy), gzip',
        unit: 'kB',
        summary: single(bundle.mockAgentsGzip / 1000),
      },
    ]

    console.log(`\n${formatTable(figures)}\n`)
    const missed = figures.filter((figure) => holds(figure) === false)
    console.log(
      missed.length === 0
        ? 'Every target holds.'
        : `Targets missed: ${missed.map((figure) => figure.label).join('; ')}.`,
    )
    const results = {
      generatedAt: new Date().toISOString(),
      mode: plan.mode,
      runsPerFigure: plan.runs,
      environment: { chromium: browser.version(), node: process.version, cpus: cpus().length },
      figures: figures.map((figure) => ({ ...figure, holds: holds(figure) })),
      bundle,
    }
    const file = resolve(PROJECT_ROOT, 'bench/results.json')
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    log(`wrote ${file}`)
  } finally {
    await browser.close()
    await server.close()
  }
}
