// The backup jobs a run asks the agent about, and its answers, found by what a job is: its data source, the
// copy it runs on, its kind and its time (an admin job: its own id). A week at 2,000 databases asks about 1.5
// million jobs; a key string built and hashed for each cost about a sixth of the advance in the browser
// (performance.md, fourteenth pass). Here every key is a string the state already holds (hashed once) or a
// number.
import type { SimTime } from '../estate/estate'
import type { AgentError, ProtectionJobType } from './backup-rules'

export type BackupOutcome =
  | { ok: true; dataTransferredMb: number; durationSec: number }
  | { ok: false; error: AgentError }

/** One job for the agent (POST /backups), or a run of them a fixed step apart. */
export interface BackupJobRequest {
  dataSourceId: string
  /** The copy the job runs on: its database's path. */
  path: string
  kind: ProtectionJobType
  at: SimTime
  /** An admin job's id: the agent tells it from the schedule's job of the same time. */
  job?: string
  /** A run: `count` jobs `every` milliseconds apart from `at` (a data source's synchronizations). */
  every?: number
  count?: number
}

/** How many jobs a request stands for. */
export const jobCountOf = (request: BackupJobRequest): number => request.count ?? 1

/** The jobs of a request, one by one. */
export function jobsOf(request: BackupJobRequest): BackupJobRequest[] {
  const { every, count, ...job } = request
  if (every === undefined || count === undefined) return [job]
  return Array.from({ length: count }, (_, index) => ({ ...job, at: request.at + index * every }))
}

/** [first, last] indexes of the runs of `times` (in order) that are a fixed step apart. */
function regularRuns(times: readonly number[]): [number, number][] {
  const runs: [number, number][] = []
  for (let first = 0; first < times.length; ) {
    let last = first
    if (first + 1 < times.length) {
      const step = (times[first + 1] as number) - (times[first] as number)
      last = first + 1
      while (last + 1 < times.length && (times[last + 1] as number) - (times[last] as number) === step) last++
    }
    runs.push([first, last])
    first = last + 1
  }
  return runs
}

/** The jobs of one data source, copy and kind at `times` (in order) as requests: a run for each regular stretch. */
export function requestsAt(
  job: Omit<BackupJobRequest, 'at' | 'every' | 'count'>,
  times: readonly SimTime[],
): BackupJobRequest[] {
  return regularRuns(times).map(([first, last]) => {
    const at = times[first] as SimTime
    if (first === last) return { ...job, at }
    return { ...job, at, every: (times[first + 1] as SimTime) - at, count: last - first + 1 }
  })
}

// data source -> copy -> kind -> the time (an admin job: its id)
type Index<V> = Map<string, Map<string, Map<ProtectionJobType, Map<SimTime | string, V>>>>

/** Values by backup job: the same job asked twice is one entry. */
export class ByBackupJob<V> {
  private readonly index: Index<V> = new Map()

  /** The hot path of a run: found without building an object or a string. */
  find(
    dataSourceId: string,
    path: string,
    kind: ProtectionJobType,
    timeOrJob: SimTime | string,
  ): V | undefined {
    return this.index.get(dataSourceId)?.get(path)?.get(kind)?.get(timeOrJob)
  }

  /** A data source's values for one copy and kind, by time (an admin job: its id). */
  series(
    dataSourceId: string,
    path: string,
    kind: ProtectionJobType,
  ): ReadonlyMap<SimTime | string, V> | undefined {
    return this.index.get(dataSourceId)?.get(path)?.get(kind)
  }

  get(request: BackupJobRequest): V | undefined {
    return this.find(request.dataSourceId, request.path, request.kind, request.job ?? request.at)
  }

  set(request: BackupJobRequest, value: V): this {
    const byCopy = child(this.index, request.dataSourceId)
    const byKind = child(byCopy, request.path)
    child(byKind, request.kind).set(request.job ?? request.at, value)
    return this
  }

  /** In the order they were first set, per data source, copy and kind. */
  *values(): IterableIterator<V> {
    for (const byCopy of this.index.values())
      for (const byKind of byCopy.values()) for (const byTime of byKind.values()) yield* byTime.values()
  }
}

function child<K, V extends Map<unknown, unknown>>(parent: Map<K, V>, key: K): V {
  let found = parent.get(key)
  if (!found) {
    found = new Map() as V
    parent.set(key, found)
  }
  return found
}

/**
 * The agent's answers for a run of jobs (a request with `every` and `count`), as columns: a day of a data
 * source's synchronizations is one object, not one per job.
 */
export class AnsweredRun {
  readonly durationSec: Float64Array
  readonly dataTransferredMb: Float64Array
  /** The jobs that failed, by index. */
  readonly errors = new Map<number, AgentError>()

  constructor(
    readonly first: SimTime,
    readonly every: number,
    readonly count: number,
  ) {
    this.durationSec = new Float64Array(count)
    this.dataTransferredMb = new Float64Array(count)
  }

  /** The index of the job at `at`, or -1 when it is not one of the run's. */
  indexOf(at: SimTime): number {
    const offset = at - this.first
    if (offset < 0 || offset % this.every !== 0) return -1
    const index = offset / this.every
    return index < this.count ? index : -1
  }

  outcome(index: number): BackupOutcome {
    const error = this.errors.get(index)
    if (error) return { ok: false, error }
    return {
      ok: true,
      durationSec: this.durationSec[index] as number,
      dataTransferredMb: this.dataTransferredMb[index] as number,
    }
  }
}

/** The answered run that holds the job at `at`, if any. */
function runHolding(
  runs: ReadonlyMap<SimTime | string, AnsweredRun> | undefined,
  at: SimTime,
): AnsweredRun | undefined {
  for (const run of runs?.values() ?? []) if (run.indexOf(at) >= 0) return run
  return undefined
}

/** The agent's answers so far: job by job, or by runs. */
export class BackupResults {
  private readonly jobs = new ByBackupJob<BackupOutcome>()
  private readonly runs = new ByBackupJob<AnsweredRun>()

  find(
    dataSourceId: string,
    path: string,
    kind: ProtectionJobType,
    timeOrJob: SimTime | string,
  ): BackupOutcome | undefined {
    const answered = this.jobs.find(dataSourceId, path, kind, timeOrJob)
    if (answered || typeof timeOrJob === 'string') return answered
    const run = runHolding(this.runs.series(dataSourceId, path, kind), timeOrJob)
    return run?.outcome(run.indexOf(timeOrJob))
  }

  set(request: BackupJobRequest, outcome: BackupOutcome): this {
    this.jobs.set(request, outcome)
    return this
  }

  /** The answers of a request for a run (its `every` and `count`). */
  setRun(request: BackupJobRequest, run: AnsweredRun): this {
    this.runs.set(request, run)
    return this
  }

  /** A data source's answers for one copy and kind, read in time order (see AnswersInOrder). */
  inOrder(dataSourceId: string, path: string, kind: ProtectionJobType): AnswersInOrder {
    return new AnswersInOrder(
      this.jobs.series(dataSourceId, path, kind),
      this.runs.series(dataSourceId, path, kind),
    )
  }
}

/** Answers read job after job without an object per job: `read` leaves a success's figures in the fields. */
export class AnswersInOrder {
  durationSec = 0
  dataTransferredMb = 0
  private run: AnsweredRun | undefined

  constructor(
    private readonly jobs: ReadonlyMap<SimTime | string, BackupOutcome> | undefined,
    private readonly runs: ReadonlyMap<SimTime | string, AnsweredRun> | undefined,
  ) {}

  read(at: SimTime): 'ok' | 'failed' | 'unknown' {
    // The run that held the previous job holds the next one too, up to its end.
    if (!this.run || this.run.indexOf(at) < 0) this.run = runHolding(this.runs, at)
    const index = this.run ? this.run.indexOf(at) : -1
    if (index >= 0 && this.run) {
      if (this.run.errors.has(index)) return 'failed'
      this.durationSec = this.run.durationSec[index] as number
      this.dataTransferredMb = this.run.dataTransferredMb[index] as number
      return 'ok'
    }
    const answered = this.jobs?.get(at)
    if (!answered) return 'unknown'
    if (!answered.ok) return 'failed'
    this.durationSec = answered.durationSec
    this.dataTransferredMb = answered.dataTransferredMb
    return 'ok'
  }
}
