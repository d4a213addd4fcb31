// The scheduler: moves the simulated clock and runs every job that falls due, in time order, against the
// agent API. One run asks /changes once; it reads database facts only when the estate changed (or on first
// need), asks the agent for the projected backups in batches, replays them through the pure engine
// (domain/engine) and writes the store once per simulated day of the run, moving the clock with it.
// Runs are serialised: a call made while another runs waits for it. At every midnight the run crosses, it
// runs the daily auto protection job: it reads the auto-protected instances from their agents and adds their
// new databases (domain/protection/auto-protection), then goes on with the jobs that fall due.
import { getChanges, getDatabaseFacts, listComputers, listInstances, runBackups } from '../agent-api/agents'
import { AgentApiError } from '../agent-api/client'
import { errorMessage } from '../agent-api/error-message'
import { MAX_BACKUP_JOBS } from '../agent-api/schemas'
import { writeTogether } from '../browser-storage/world-record'
import type { AgentError, FactsEntry } from '../domain/engine/backup-rules'
import {
  type BackupJobRequest,
  BackupResults,
  type EstateChangeRecord,
  factsPathsOf,
  runEngine,
} from '../domain/engine/engine'
import { computerOfInstance } from '../domain/estate/estate'
import {
  type AutoProtectionFacts,
  applyAutoProtection,
  autoProtectedInstances,
  decideAutoProtection,
  type InstanceInventory,
  nextAutoProtectionAt,
} from '../domain/protection/auto-protection'
import { indexEstate } from '../domain/protection/protectability'
import type { DpmServerState } from '../domain/protection/protection'
import { DAY_MS, formatUtc, MINUTE_MS } from '../domain/world/time'
import { advanceProblem } from '../domain/world/world-limits'
import { setSimTime, simNow } from '../sim-clock/clock'
import { asRuns, batchesOf, recordAnswer, recordFailure, toBackupSeries } from './backup-series'
import { partnerPathsOf, readPartnerFacts } from './estate-inventory'
import { getServer, updateServer } from './server-store'
import { worldNumber } from './world-reset'

const FACTS_BATCH = 5_000
/** Rounds of facts reads in one span: the known copies, then those on the replicas they name. */
const MAX_FACTS_ROUNDS = 3
/** The store and the clock move once per simulated day of a long advance, so the console follows it. */
const COMMIT_SPAN_MS = DAY_MS
/** An injected request error is worth another try; a transport error or a timeout is not. */
const REQUEST_ATTEMPTS = 3
/** Rounds of agent requests in one span: each one only adds the jobs a diverging result brought. */
const MAX_ROUNDS = 50
/** Attempts to commit when other writers (the wizard, a recovery) keep changing the store meanwhile. */
const MAX_COMMIT_ATTEMPTS = 20

/**
 * Facts that were read successfully in this world (a lab reset starts another), valid until /changes reports
 * a change. Errors are asked again.
 */
let factsCache = { world: worldNumber(), facts: new Map<string, FactsEntry>() }

function cachedFacts(): Map<string, FactsEntry> {
  if (factsCache.world !== worldNumber()) factsCache = { world: worldNumber(), facts: new Map() }
  return factsCache.facts
}

let tail: Promise<unknown> = Promise.resolve()

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task)
  tail = run.catch(() => undefined)
  return run
}

/**
 * Advances the clock by `minutes` (at most a simulated year, see domain/world/world-limits), running every due
 * job; resolves when the DPM state shows the outcome. `signal` stops a long advance after the day it is in:
 * what ran until then stays, and the promise rejects saying where the clock stopped.
 */
export function advanceClock(minutes: number, signal?: AbortSignal): Promise<void> {
  return exclusive(() => runLocked(simNow() + minutes * MINUTE_MS, signal))
}

/** Runs every job due up to `time` and leaves the clock exactly there (never moves it back); as advanceClock. */
export function runUntil(time: number, signal?: AbortSignal): Promise<void> {
  return exclusive(() => runLocked(time, signal))
}

/** Starts whatever is due now (a replica creation "Now", a job the admin asked for). */
export function runDueJobs(): Promise<void> {
  return exclusive(() => runLocked(simNow()))
}

/**
 * Applies an admin change to the DPM state at the current simulated time, then runs what fell due now, in
 * turn with the clock's runs. Resolves with the change's result once the state shows the outcome.
 */
export function applyAndRun<T>(
  change: (state: DpmServerState, now: number) => { state: DpmServerState; result: T },
): Promise<T> {
  return exclusive(async () => {
    const now = simNow()
    let result: T | undefined
    updateServer((state) => {
      const applied = change(state, now)
      result = applied.result
      return applied.state
    })
    await runLocked(now)
    return result as T
  })
}

/** What one run knows of the estate: the changes since the last run and the facts read so far. */
interface EstateView {
  changes: EstateChangeRecord[]
  seq?: number
  /** The agent API could not be reached: every job of this run fails with it. */
  outage?: AgentError
  facts: Map<string, FactsEntry>
  /** What the auto protection job read of these instances (one per line) at a midnight of this run. */
  autoProtection?: { instances: string; facts: AutoProtectionFacts }
}

async function runLocked(time: number, signal?: AbortSignal): Promise<void> {
  const target = Math.max(time, simNow())
  const tooFar = advanceProblem(simNow(), target)
  if (tooFar) throw new Error(tooFar)
  // A run of several days stores the world once, at its end: packing and writing a large DPM state after
  // each day took longer than the day's jobs. A page closed halfway keeps the world from before the run; the
  // run's world goes out as any change does, after the write delay (or when the page goes away), so the run
  // does not wait for it.
  return target - simNow() > COMMIT_SPAN_MS
    ? writeTogether(() => runTo(target, signal), 'after-delay')
    : runTo(target, signal)
}

async function runTo(target: number, signal?: AbortSignal): Promise<void> {
  // A lab reset starts a new world: a run of the old one that is still in flight must not write into it.
  const runWorld = worldNumber()
  const view = await readChanges()
  let from = simNow()
  // The auto protection job changed the state at `from`: what fell due with it starts in the next span (the
  // engine settles a state at `from` then at the span's end as it settles it at the end alone), or before the
  // run stops.
  let unsettled = false
  for (;;) {
    if (signal?.aborted) {
      if (unsettled && !(await settleAndCommit(from, view, runWorld))) return
      throw new Error(`The advance was stopped at ${formatUtc(from)}.`)
    }
    const autoProtectionAt = nextAutoProtectionAt(from)
    const end = Math.min(target, from + COMMIT_SPAN_MS, autoProtectionAt)
    const committed = await settleAndCommit(end, view, runWorld)
    if (!committed) return
    view.changes = []
    setSimTime(end)
    from = end
    const changed = end === autoProtectionAt ? await autoProtect(end, view, runWorld) : false
    if (changed === undefined) return
    unsettled = changed
    if (end >= target) {
      if (unsettled) await settleAndCommit(end, view, runWorld)
      return
    }
    // Let the console render the day just committed before the next one.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Settles the jobs up to `until` and writes them; false when the world was reset meanwhile. */
async function settleAndCommit(until: number, view: EstateView, runWorld: number): Promise<boolean> {
  // The agent's results of this span only: once committed, its jobs are history and never asked again (a
  // week's 1.5 million results kept in one map made every lookup slower and the collector busier).
  const results = new BackupResults()
  for (let attempt = 1; ; attempt++) {
    const state = getServer()
    const facts = await factsFor(state, view)
    const input = () => ({ until, facts, changes: view.changes, changeSeq: view.seq, results })
    // A cheap first pass only lists the agent requests; the agent answers them in batches.
    const projected = runEngine(state, { ...input(), projectOnly: true }).missing
    if (projected.length > 0) await fetchResults(projected, results)
    let outcome = runEngine(state, input())
    for (let round = 1; outcome.missing.length > 0; round++) {
      if (round > MAX_ROUNDS) throw new Error('The scheduler could not settle the jobs of this run.')
      await fetchResults(outcome.missing, results)
      outcome = runEngine(state, input())
    }
    if (worldNumber() !== runWorld) return false
    // Another writer (the wizard, a recovery) changed the store while the agent answered: replay on theirs.
    if (getServer() === state) {
      updateServer(() => outcome.state)
      return true
    }
    if (attempt >= MAX_COMMIT_ATTEMPTS) throw new Error('The DPM state kept changing during the run.')
  }
}

/**
 * The daily auto protection job at `at`: reads the auto-protected instances and adds their new databases (the
 * caller starts what fell due with them, a replica creation "Now"). Whether it changed the state; undefined
 * when the world was reset meanwhile.
 */
async function autoProtect(at: number, view: EstateView, runWorld: number): Promise<boolean | undefined> {
  const instances = autoProtectedInstances(getServer())
  if (instances.length === 0) return false
  const key = instances.join('\n')
  let facts = view.autoProtection?.instances === key ? view.autoProtection.facts : undefined
  if (!facts) {
    facts = await readAutoProtectionFacts(instances)
    if (worldNumber() !== runWorld) return undefined
    // The estate stays as it is during a run (the lab changes it between runs, see domain/engine): the next
    // midnights of a long advance find the same inventories, a request per server each. A read that failed
    // somewhere is made again.
    if (readInFull(facts)) view.autoProtection = { instances: key, facts }
  }
  const read = facts
  updateServer((state) => applyAutoProtection(state, decideAutoProtection(state, read), at))
  return true
}

const readInFull = (facts: AutoProtectionFacts): boolean =>
  [...facts.inventories.values(), ...facts.partnerFacts.values()].every((found) => !('error' in found))

/** What the agents report of the auto-protected instances: their databases and their mirror partners. */
async function readAutoProtectionFacts(instances: readonly string[]): Promise<AutoProtectionFacts> {
  const inventories = new Map<string, InstanceInventory>()
  let computers: Awaited<ReturnType<typeof listComputers>>
  try {
    computers = await withAttempts(() => listComputers())
  } catch (error) {
    const failed = { error: errorMessage(error) }
    for (const path of instances) inventories.set(path.toUpperCase(), failed)
    return { estate: indexEstate({ computers: [], clusters: [] }), inventories, partnerFacts: new Map() }
  }
  const wanted = new Set(instances.map((path) => path.toUpperCase()))
  const servers = new Set(instances.map((path) => computerOfInstance(path).toUpperCase()))
  for (const server of servers) {
    const onServer = instances.filter((path) => computerOfInstance(path).toUpperCase() === server)
    try {
      const answer = await withAttempts(() => listInstances(server))
      for (const instance of answer.instances) {
        if (wanted.has(instance.path.toUpperCase()))
          inventories.set(instance.path.toUpperCase(), { databases: instance.databases })
      }
      for (const path of onServer) {
        if (!inventories.has(path.toUpperCase()))
          inventories.set(path.toUpperCase(), { error: `There is no SQL Server instance ${path} any more.` })
      }
    } catch (error) {
      for (const path of onServer) inventories.set(path.toUpperCase(), { error: errorMessage(error) })
    }
  }
  const databases = [...inventories.values()].flatMap((found) =>
    'databases' in found ? found.databases : [],
  )
  const partners = partnerPathsOf(databases)
  let partnerFacts: AutoProtectionFacts['partnerFacts'] = new Map()
  if (partners.length > 0) {
    try {
      partnerFacts = await withAttempts(() => readPartnerFacts(partners))
    } catch (error) {
      partnerFacts = new Map(partners.map((path) => [path.toUpperCase(), { error: errorMessage(error) }]))
    }
  }
  return { estate: indexEstate(computers), inventories, partnerFacts }
}

async function readChanges(): Promise<EstateView> {
  try {
    const answer = await withAttempts(() => getChanges(getServer().changeSeq))
    if (answer.changes.length > 0) cachedFacts().clear()
    return { changes: answer.changes, seq: answer.seq, facts: new Map() }
  } catch (error) {
    return { changes: [], outage: agentErrorOf(error), facts: new Map() }
  }
}

/**
 * The facts of every copy the engine needs. A database of an availability group names the copies on the
 * group's other replicas in its facts: they are read in a further round (at most one per replica added).
 */
async function factsFor(state: DpmServerState, view: EstateView): Promise<ReadonlyMap<string, FactsEntry>> {
  for (let round = 0; round < MAX_FACTS_ROUNDS; round++) {
    const paths = factsPathsOf(state, view.facts).filter((path) => !view.facts.has(path))
    if (paths.length === 0) break
    await readFacts(paths, view)
  }
  return view.facts
}

async function readFacts(paths: readonly string[], view: EstateView): Promise<void> {
  const unknown: string[] = []
  for (const path of paths) {
    if (view.facts.has(path)) continue
    const cached = cachedFacts().get(path)
    if (view.outage) view.facts.set(path, { error: view.outage })
    else if (cached) view.facts.set(path, cached)
    else unknown.push(path)
  }
  for (let i = 0; i < unknown.length; i += FACTS_BATCH) {
    const batch = unknown.slice(i, i + FACTS_BATCH)
    try {
      const answer = await withAttempts(() => getDatabaseFacts(batch))
      for (const entry of answer.databases) {
        const known: FactsEntry = entry.facts ? { facts: entry.facts } : { error: entry.error }
        view.facts.set(entry.path, known)
        if (entry.facts) cachedFacts().set(entry.path, known)
      }
    } catch (error) {
      const failed = { error: agentErrorOf(error) }
      for (const path of batch) view.facts.set(path, failed)
    }
    for (const path of batch) {
      if (!view.facts.has(path))
        view.facts.set(path, { error: { code: 'NoAnswer', message: `The agent gave no facts for ${path}.` } })
    }
  }
}

async function fetchResults(missing: readonly BackupJobRequest[], results: BackupResults): Promise<void> {
  // The agent API's largest batch: each request costs round trips through the agents' worker.
  for (const batch of batchesOf(asRuns(missing), MAX_BACKUP_JOBS)) {
    try {
      const answer = await withAttempts(() => runBackups(batch.map(toBackupSeries)))
      batch.forEach((request, s) => {
        recordAnswer(request, answer.series[s], results)
      })
    } catch (error) {
      for (const request of batch) recordFailure(request, agentErrorOf(error), results)
    }
  }
}

const isTransient = (error: unknown) =>
  error instanceof AgentApiError &&
  error.kind === 'agent' &&
  (error.status ?? 0) >= 500 &&
  error.code !== 'AgentUnreachable'

async function withAttempts<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      if (attempt >= REQUEST_ATTEMPTS || !isTransient(error)) throw error
    }
  }
}

/** An agent API failure as the engine sees it: unreachable (transport, timeout) or the agent's own error. */
function agentErrorOf(error: unknown): AgentError {
  if (error instanceof AgentApiError) {
    if (error.kind === 'transport' || error.kind === 'timeout')
      return { code: 'AgentUnreachable', message: error.message }
    return { code: error.code ?? 'AgentError', message: error.message }
  }
  return { code: 'AgentError', message: errorMessage(error) }
}
