// npm run bench: builds the console and the floor page, serves both, drives Chromium, prints one table and
// writes bench/results.json. --smoke: one iteration on small estates, so that the test command keeps the
// benchmark working. Exits non-zero only when the benchmark itself breaks, never for a missed target.
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { launchBrowser } from './browser'
import { buildApps, PROJECT_ROOT } from './build-apps'
import { measureBundle } from './bundle-size'
import { profileCpu } from './cpu-profile'
import { measureSimulation } from './measure-simulation'
import { measureStartup, STARTUP_ADDRESSES } from './measure-startup'
import {
  INTERACTIONS,
  type Interaction,
  measureWizard,
  SEARCH_PAUSE_MS,
  type WizardSample,
} from './measure-wizard'
import { type Figure, formatTable, holds, single } from './report'
import { serveBuilds } from './static-server'
import { ratioOf, type Summary } from './stats'

interface Estate {
  label: string
  databases: number
  query: string
}

interface Plan {
  mode: 'full' | 'smoke'
  runs: number
  /** Select Group Members: the default estate, then the scaling curve's estates (the last is the largest). */
  defaultQuery: string
  estates: Estate[]
  /** The 7-day advance: an estate of large instances, and the curve's points (protected databases, at least). */
  simulationQuery: string
  protectedDatabases: number[]
  /** --only=SECTION (or --startup-only): one section alone, for a quick A/B of a change. */
  sections: readonly Section[]
}

const SECTIONS = ['startup', 'wizard', 'simulation'] as const
type Section = (typeof SECTIONS)[number]

const large = (computers: number, databases: number) =>
  `preset=large&computers=${computers}&databases=${databases}&sessions=${computers}&clock=manual`
/** The advance's estate: FULL-recovery databases only, so that the group keeps 15-minute synchronization. */
const allFull = (computers: number, databases: number) => `${large(computers, databases)}&recovery=full`

const FULL: Plan = {
  mode: 'full',
  runs: 7,
  defaultQuery: 'preset=default&clock=manual',
  // Computers, databases and mirroring sessions grow together (the large preset's proportions).
  estates: [
    { label: '2,000 databases', databases: 2000, query: large(100, 2000) },
    { label: '40,000 databases', databases: 40_000, query: large(2000, 40_000) },
    { label: '200,000 databases', databases: 200_000, query: large(10_000, 200_000) },
  ],
  simulationQuery: allFull(40, 20_000),
  protectedDatabases: [200, 2000],
  sections: SECTIONS,
}

const SMOKE: Plan = {
  mode: 'smoke',
  runs: 1,
  defaultQuery: 'preset=default&clock=manual',
  estates: [{ label: '1,000 databases', databases: 1000, query: large(100, 1000) }],
  simulationQuery: allFull(20, 400),
  protectedDatabases: [20],
  sections: SECTIONS,
}

/** Targets: each interaction within 100 ms and at most 2x the floor page's; startup at most 1.5x the floor. */
const INTERACTION_MS = 100
const FLOOR_RATIO = 2
const STARTUP_RATIO = 1.5
const FIRST_RENDER_KB = 200
const ADVANCE_MS = 2000
const HEAP_GROWTH_MB = 50
/** The curve grows no worse than linearly: the cost per protected database at the largest point over the smallest's. */
const LINEAR = 1.25

const INTERACTION_LABELS: Record<Interaction, string> = {
  next: 'Next to the tree',
  expand: 'expand a computer',
  keystroke: 'each keystroke in Search members (the slowest)',
  searchResults: 'the search result after the typing pause',
  check: 'check a mirrored database',
  clear: 'clear the search',
}

const PAINT_LABELS: Record<Exclude<keyof WizardSample, `event.${string}`>, string> = {
  'paint.next': 'Next to the first painted tree row',
  'paint.expand': 'expand a computer to its databases painted',
  'paint.searchResults': 'last keystroke to the filtered tree painted',
  'paint.check': 'check a mirrored database to Mirror details painted',
}

function parsePlan(args: readonly string[]): Plan {
  const plan = args.includes('--smoke') ? SMOKE : FULL
  const onlyArg = args.find((arg) => arg.startsWith('--only='))
  const only = args.includes('--startup-only') ? 'startup' : onlyArg?.slice('--only='.length)
  const section = SECTIONS.find((name) => name === only)
  if (only !== undefined && section === undefined)
    throw new Error(`--only takes one of ${SECTIONS.join(', ')}, not "${only}".`)
  const protectedArg = args.find((arg) => arg.startsWith('--protected='))
  const protectedDatabases = protectedArg?.slice('--protected='.length).split(',').map(Number)
  if (protectedDatabases?.some((count) => !Number.isInteger(count) || count < 1))
    throw new Error(`--protected takes whole numbers >= 1 separated by commas, not "${protectedArg}".`)
  // --estates=200000: Select Group Members at the default estate and the curve's estates of these sizes only.
  const estatesArg = args.find((arg) => arg.startsWith('--estates='))
  const sizes = estatesArg?.slice('--estates='.length).split(',').map(Number)
  const estates = sizes ? plan.estates.filter((estate) => sizes.includes(estate.databases)) : plan.estates
  if (sizes && estates.length !== sizes.length)
    throw new Error(
      `--estates takes sizes among ${plan.estates.map((e) => e.databases).join(', ')}, not "${estatesArg}".`,
    )
  const chosen = {
    ...plan,
    estates,
    sections: section ? [section] : plan.sections,
    protectedDatabases: protectedDatabases ?? plan.protectedDatabases,
  }
  const runsArg = args.find((arg) => arg.startsWith('--runs='))
  if (runsArg === undefined) return chosen
  const runs = Number(runsArg.slice('--runs='.length))
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number >= 1, not "${runsArg}".`)
  return { ...chosen, runs }
}

export async function main(args: readonly string[]): Promise<void> {
  const plan = parsePlan(args)
  profileCpu(args.includes('--cpu-profile'))
  const started = Date.now()
  const log = (message: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

  const building = process.env.CONSOLE_BUILD_DIR
    ? `the minimal page (the console: ${process.env.CONSOLE_BUILD_DIR})`
    : 'the console and the floor page'
  log(`${plan.mode} run, ${plan.runs} run(s) per figure: building ${building}`)
  const builds = await buildApps()
  const bundle = measureBundle(builds.consoleDir)
  const server = await serveBuilds(builds, Number(process.env.PORT ?? 0))
  const browser = await launchBrowser()
  try {
    log(`serving ${server.origin}; Chromium ${browser.version()}; startup on ${STARTUP_ADDRESSES.join(', ')}`)
    const measuring = (section: Section) => plan.sections.includes(section)
    const startup = measuring('startup')
      ? await measureStartup(browser, server.origin, plan.runs, builds.consoleDir)
      : undefined
    const estates = [{ label: 'default estate', databases: 0, query: plan.defaultQuery }, ...plan.estates]
    const wizardRuns = measuring('wizard') ? plan.runs : 0
    if (wizardRuns > 0) {
      log(`Select Group Members: the floor page, then the ${estates.map((e) => e.label).join(', ')}`)
    }
    const wizard = await measureWizard(
      browser,
      server.origin,
      estates.map((estate) => estate.query),
      wizardRuns,
    )
    const simulation = []
    for (const databases of measuring('simulation') ? plan.protectedDatabases : []) {
      log(`simulation: at least ${databases} protected databases, advance 7 days`)
      simulation.push(
        await measureSimulation(browser, server.origin, plan.simulationQuery, databases, plan.runs),
      )
    }

    const figures: Figure[] = []
    if (startup) {
      figures.push({
        id: 'startup.floor',
        label: 'Startup, floor page (React alone)',
        unit: 'ms',
        summary: startup.floor,
      })
      for (const [address, figure] of Object.entries(startup.addresses)) {
        figures.push(
          { id: `startup.${address}`, label: `Startup, ${address}`, unit: 'ms', summary: figure.painted },
          {
            id: `startup.${address}.ratio`,
            label: `Startup ratio, ${address} over the floor page`,
            unit: 'x',
            summary: single(ratioOf(figure.painted, startup.floor)),
            target: STARTUP_RATIO,
          },
          {
            id: `startup.${address}.domContentLoaded`,
            label: `Startup, ${address}: DOMContentLoaded`,
            unit: 'ms',
            summary: figure.domContentLoaded,
          },
          {
            id: `startup.${address}.agentsReady`,
            label: `Startup, ${address}: the mock agents' service worker controls the page`,
            unit: 'ms',
            summary: figure.agentsReady,
          },
          {
            id: `startup.${address}.firstRenderJs`,
            label: `Startup, ${address}: JavaScript fetched before the first paint, gzip`,
            unit: 'kB',
            summary: single(figure.firstRenderGzip / 1000),
            target: FIRST_RENDER_KB,
          },
        )
      }
    }

    // Select Group Members: the default estate and the largest, against the floor page.
    const compared = [
      { name: 'default', label: 'default estate', summaries: wizard.estates[0] },
      { name: 'largest', label: estates.at(-1)?.label ?? '', summaries: wizard.estates.at(-1) },
    ]
    for (const interaction of wizardRuns > 0 ? INTERACTIONS : []) {
      const id = `event.${interaction}` as const
      const kind = interaction === 'searchResults' ? 'paint after the pause' : 'Event Timing'
      figures.push({
        id: `wizard.floor.${interaction}`,
        label: `Select Group Members, floor page: ${INTERACTION_LABELS[interaction]} (${kind})`,
        unit: 'ms',
        summary: wizard.floor[id],
      })
      for (const { name, label, summaries } of compared) {
        if (!summaries?.[id]) continue
        figures.push(
          {
            id: `wizard.${name}.${interaction}`,
            label: `Select Group Members, ${label}: ${INTERACTION_LABELS[interaction]} (${kind})`,
            unit: 'ms',
            summary: summaries[id],
            target: INTERACTION_MS,
          },
          {
            id: `wizard.${name}.${interaction}.ratio`,
            label: `Select Group Members ratio, ${label} over the floor page: ${INTERACTION_LABELS[interaction]}`,
            unit: 'x',
            summary: single(ratioOf(summaries[id], wizard.floor[id])),
            target: FLOOR_RATIO,
          },
        )
      }
    }
    for (const { name, label, summaries } of wizardRuns > 0 ? compared : []) {
      if (!summaries) continue
      for (const [id, text] of Object.entries(PAINT_LABELS) as [keyof typeof PAINT_LABELS, string][]) {
        figures.push({
          id: `wizard.${name}.${id}`,
          label: `Select Group Members, ${label}: ${text}`,
          unit: 'ms',
          summary: summaries[id],
          target: id === 'paint.searchResults' ? SEARCH_PAUSE_MS + INTERACTION_MS : INTERACTION_MS,
          note: id === 'paint.searchResults' ? `includes the ${SEARCH_PAUSE_MS} ms typing pause` : undefined,
        })
      }
    }

    // The scaling curves.
    const curve = (wizardRuns > 0 ? estates.slice(1) : []).map((estate, index) => {
      const summaries = wizard.estates[index + 1]
      if (!summaries) throw new Error(`No figures for the ${estate.label}.`)
      const worst = Math.max(...INTERACTIONS.map((interaction) => summaries[`event.${interaction}`].median))
      return { estate, worst, heapMb: summaries.heapMb.median }
    })
    const baseHeapMb = wizard.estates[0]?.heapMb?.median ?? 0
    for (const point of curve) {
      figures.push(
        {
          id: `curve.wizard.${point.estate.databases}.worst`,
          label: `Scaling, ${point.estate.label}: slowest Select Group Members interaction (Event Timing)`,
          unit: 'ms',
          summary: single(point.worst),
          target: INTERACTION_MS,
        },
        {
          id: `curve.wizard.${point.estate.databases}.heap`,
          label: `Scaling, ${point.estate.label}: JS heap with Select Group Members open`,
          unit: 'MB',
          summary: single(point.heapMb),
        },
        {
          id: `curve.wizard.${point.estate.databases}.heapPerDatabase`,
          label: `Scaling, ${point.estate.label}: JS heap per database (over the default estate's heap)`,
          unit: 'kB',
          summary: single(((point.heapMb - baseHeapMb) * 1024) / point.estate.databases),
        },
      )
    }
    const points = simulation.map((result) => ({
      protectedDatabases: result.protectedDatabases.median,
      advanceMs: result.advanceMs,
      heapGrowthMb: result.heapGrowthMb,
    }))
    for (const point of points) {
      const count = point.protectedDatabases.toLocaleString('en-US')
      const atTarget = point.protectedDatabases >= 2000
      figures.push(
        {
          id: `simulation.${point.protectedDatabases}.advance`,
          label: `Advance 7 days, ${count} protected databases at 15-minute synchronization`,
          unit: 'ms',
          summary: point.advanceMs,
          target: atTarget ? ADVANCE_MS : undefined,
        },
        {
          id: `simulation.${point.protectedDatabases}.heapGrowth`,
          label: `Advance 7 days, ${count} protected databases: JS heap growth`,
          unit: 'MB',
          summary: point.heapGrowthMb,
          target: atTarget ? HEAP_GROWTH_MB : undefined,
        },
        {
          id: `simulation.${point.protectedDatabases}.heapPerDatabase`,
          label: `Advance 7 days, ${count} protected databases: heap growth per protected database`,
          unit: 'kB',
          summary: single((point.heapGrowthMb.median * 1024) / point.protectedDatabases),
        },
      )
    }
    const first = points[0]
    const last = points.at(-1)
    if (first && last && last !== first) {
      const perDatabase = (ms: Summary, count: number) => ms.median / count
      figures.push({
        id: 'simulation.linear',
        label: `Advance 7 days: time per protected database at ${last.protectedDatabases.toLocaleString('en-US')} over at ${first.protectedDatabases.toLocaleString('en-US')} (1.00x: linear)`,
        unit: 'x',
        summary: single(
          perDatabase(last.advanceMs, last.protectedDatabases) /
            perDatabase(first.advanceMs, first.protectedDatabases),
        ),
        target: LINEAR,
      })
    }
    figures.push({
      id: 'bundle.mockAgents',
      label: 'Mock agent chunks (lazy), gzip',
      unit: 'kB',
      summary: single(bundle.mockAgentsGzip / 1000),
    })

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
