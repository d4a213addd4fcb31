// The DPM server's recovery points, as columns per data source, oldest first. A week of 15-minute
// synchronizations at 2,000 databases is over a million points: as objects they took 64 MB of the heap (an
// object, a boxed time and a boxed size each) and most of the garbage collector's time; as columns of numbers
// about half of that. A run of the engine appends to a data source's columns in place (copy on write: a series
// reads only its own range, and only the series that ends where the columns end appends to them).
import type { SimTime } from '../estate/estate'
import { partitionPoint } from '../partition-point'

export type RecoveryPointKind = 'express-full' | 'synchronization' | 'replica'

/**
 * A recovery point, known by its data source and time (a data source has one point per time). It has no id of
 * its own: an id string per point was 40 % of the heap after a week at 2,000 databases.
 */
export interface RecoveryPoint {
  dataSourceId: string
  at: SimTime
  kind: RecoveryPointKind
  sizeMb: number
  /** A database of an availability group: the copy (REPLICA-INSTANCE\DATABASE) the backup ran on. */
  replica?: string
}

const KINDS: readonly RecoveryPointKind[] = ['synchronization', 'express-full', 'replica']
const KIND_CODES: Record<RecoveryPointKind, number> = { synchronization: 0, 'express-full': 1, replica: 2 }

/** The columns behind one or more series of a data source: each series reads its range of them. */
interface Columns {
  readonly times: number[]
  readonly sizes: number[]
  readonly kinds: number[]
  /** Only once a point says which copy of an availability group database it was taken on. */
  replicas?: (string | undefined)[]
}

const emptyColumns = (): Columns => ({ times: [], sizes: [], kinds: [] })
/** What a data source without points reads: never written (a draft starts its own columns). */
const NO_COLUMNS: Columns = Object.freeze(emptyColumns())

/** Columns that say which copy each point was taken on, from the first point that says so. */
function withReplicas(columns: Columns): void {
  columns.replicas ??= new Array(columns.times.length)
}

/** The columns of a range, copied: for a series that can no longer append in place. */
function copyColumns(columns: Columns, start: number, end: number): Columns {
  const copy: Columns = {
    times: columns.times.slice(start, end),
    sizes: columns.sizes.slice(start, end),
    kinds: columns.kinds.slice(start, end),
  }
  if (columns.replicas) copy.replicas = columns.replicas.slice(start, end)
  return copy
}

/** One data source's recovery points, oldest first (points of the same time in the order recorded). */
export class PointSeries {
  constructor(
    readonly dataSourceId: string,
    /** Internal to this module: shared with other series of the same data source. */
    readonly columns: Columns,
    readonly start: number,
    readonly end: number,
  ) {}

  get length(): number {
    return this.end - this.start
  }

  atOf(index: number): SimTime {
    return this.columns.times[this.start + index] as number
  }

  sizeMbOf(index: number): number {
    return this.columns.sizes[this.start + index] as number
  }

  kindOf(index: number): RecoveryPointKind {
    return KINDS[this.columns.kinds[this.start + index] as number] as RecoveryPointKind
  }

  replicaOf(index: number): string | undefined {
    return this.columns.replicas?.[this.start + index]
  }

  /** The time of the newest point. */
  latest(): SimTime | undefined {
    return this.length === 0 ? undefined : this.atOf(this.length - 1)
  }

  /** The index of the first point after `at`: the points before it are those at or before `at`. */
  countUntil(at: SimTime): number {
    return partitionPoint(this.columns.times, (time) => time <= at, this.start, this.end) - this.start
  }

  /** The point at `index`, as an object (for the few points a screen or a job reads at a time). */
  pointAt(index: number): RecoveryPoint {
    const point: RecoveryPoint = {
      dataSourceId: this.dataSourceId,
      at: this.atOf(index),
      kind: this.kindOf(index),
      sizeMb: this.sizeMbOf(index),
    }
    const replica = this.replicaOf(index)
    if (replica !== undefined) point.replica = replica
    return point
  }

  /** The point at `at` (a data source has one point per time). */
  find(at: SimTime): RecoveryPoint | undefined {
    const index = this.countUntil(at) - 1
    return index >= 0 && this.atOf(index) === at ? this.pointAt(index) : undefined
  }

  toArray(): RecoveryPoint[] {
    return Array.from({ length: this.length }, (_, index) => this.pointAt(index))
  }

  /** The points from `from` to `to` (indexes), sharing the columns. */
  slice(from: number, to: number): PointSeries {
    return new PointSeries(this.dataSourceId, this.columns, this.start + from, this.start + to)
  }
}

/** The recovery points of the whole server, per data source. Immutable: a draft makes the next version. */
export class RecoveryPoints implements Iterable<RecoveryPoint> {
  static readonly NONE = new RecoveryPoints(new Map())

  static from(points: Iterable<RecoveryPoint>): RecoveryPoints {
    const draft = RecoveryPoints.NONE.draft()
    for (const point of points) draft.add(point)
    return draft.toPoints()
  }

  /** How many points there are in all. */
  readonly length: number

  private constructor(private readonly bySource: ReadonlyMap<string, PointSeries>) {
    let length = 0
    for (const series of bySource.values()) length += series.length
    this.length = length
  }

  /** The points of one data source (none: an empty series). */
  of(dataSourceId: string): PointSeries {
    return this.bySource.get(dataSourceId) ?? new PointSeries(dataSourceId, NO_COLUMNS, 0, 0)
  }

  /** Each data source's points, those with at least one. */
  series(): IterableIterator<PointSeries> {
    return this.bySource.values()
  }

  *[Symbol.iterator](): Iterator<RecoveryPoint> {
    for (const series of this.bySource.values()) yield* series.toArray()
  }

  toArray(): RecoveryPoint[] {
    return [...this]
  }

  /** As plain points: a state written as JSON (a test's reload, a debug dump) keeps its points. */
  toJSON(): RecoveryPoint[] {
    return this.toArray()
  }

  without(dataSourceId: string): RecoveryPoints {
    if (!this.bySource.has(dataSourceId)) return this
    const bySource = new Map(this.bySource)
    bySource.delete(dataSourceId)
    return new RecoveryPoints(bySource)
  }

  /**
   * Split at a time per data source: the points after `cutoffOf(id)` are kept, those at or before it are cut
   * (undefined: all kept). A data source's points are in time order, so the cut ones are the oldest.
   */
  splitAt(cutoffOf: (dataSourceId: string) => SimTime | undefined): {
    kept: RecoveryPoints
    cut: RecoveryPoints
  } {
    let kept: Map<string, PointSeries> | undefined
    const cut = new Map<string, PointSeries>()
    for (const series of this.bySource.values()) {
      const cutoff = cutoffOf(series.dataSourceId)
      const count = cutoff === undefined ? 0 : series.countUntil(cutoff)
      if (count === 0) continue
      kept ??= new Map(this.bySource)
      cut.set(series.dataSourceId, series.slice(0, count))
      const rest = series.slice(count, series.length)
      if (rest.length === 0) kept.delete(series.dataSourceId)
      // Once the columns hold more cut points than kept ones, the kept ones move to columns of their own.
      else if (rest.start > rest.length)
        kept.set(
          series.dataSourceId,
          new PointSeries(
            series.dataSourceId,
            copyColumns(rest.columns, rest.start, rest.end),
            0,
            rest.length,
          ),
        )
      else kept.set(series.dataSourceId, rest)
    }
    return kept
      ? { kept: new RecoveryPoints(kept), cut: new RecoveryPoints(cut) }
      : { kept: this, cut: RecoveryPoints.NONE }
  }

  /** A draft to add points to, starting from these. */
  draft(): RecoveryPointsDraft {
    return new RecoveryPointsDraft(this.bySource)
  }

  /** Internal to this module: a draft's result. */
  static fromSeries(bySource: ReadonlyMap<string, PointSeries>): RecoveryPoints {
    return new RecoveryPoints(bySource)
  }
}

/** A series a draft appends to. */
interface DraftSeries {
  columns: Columns
  start: number
  end: number
  /** Its columns are the draft's own (no other version reads them): a point may go before others. */
  own: boolean
}

/** The next version of the recovery points, as the engine records them. */
export class RecoveryPointsDraft {
  private readonly bySource = new Map<string, DraftSeries>()

  constructor(base: ReadonlyMap<string, PointSeries>) {
    for (const [id, { columns, start, end }] of base)
      this.bySource.set(id, { columns, start, end, own: false })
  }

  add(point: RecoveryPoint): void {
    this.record(point.dataSourceId, point.at, point.kind, point.sizeMb, point.replica)
  }

  /** Records a point; one older than the data source's newest goes to its place in time. */
  record(dataSourceId: string, at: SimTime, kind: RecoveryPointKind, sizeMb: number, replica?: string): void {
    const series = this.appendable(dataSourceId)
    if (series.end > series.start && at < (series.columns.times[series.end - 1] as number)) {
      this.insert(series, at, kind, sizeMb, replica)
      return
    }
    const { columns } = series
    if (replica !== undefined) withReplicas(columns)
    columns.times.push(at)
    columns.sizes.push(sizeMb)
    columns.kinds.push(KIND_CODES[kind])
    columns.replicas?.push(replica)
    series.end++
  }

  /** The points so far. The draft may go on: the result reads only what is recorded now. */
  toPoints(): RecoveryPoints {
    const bySource = new Map<string, PointSeries>()
    for (const [id, series] of this.bySource) {
      series.own = false
      if (series.end > series.start)
        bySource.set(id, new PointSeries(id, series.columns, series.start, series.end))
    }
    return RecoveryPoints.fromSeries(bySource)
  }

  /**
   * The series, with columns it may append to: in place when it ends where they end (another version reads
   * only up to its own end), else a copy of its range.
   */
  private appendable(dataSourceId: string): DraftSeries {
    let series = this.bySource.get(dataSourceId)
    if (!series) {
      series = { columns: emptyColumns(), start: 0, end: 0, own: true }
      this.bySource.set(dataSourceId, series)
    } else if (series.end !== series.columns.times.length) this.takeCopy(series)
    return series
  }

  private takeCopy(series: DraftSeries): void {
    series.columns = copyColumns(series.columns, series.start, series.end)
    series.end -= series.start
    series.start = 0
    series.own = true
  }

  private insert(
    series: DraftSeries,
    at: SimTime,
    kind: RecoveryPointKind,
    sizeMb: number,
    replica: string | undefined,
  ): void {
    if (!series.own) this.takeCopy(series)
    const { columns } = series
    if (replica !== undefined) withReplicas(columns)
    const index = partitionPoint(columns.times, (time) => time <= at, series.start, series.end)
    columns.times.splice(index, 0, at)
    columns.sizes.splice(index, 0, sizeMb)
    columns.kinds.splice(index, 0, KIND_CODES[kind])
    columns.replicas?.splice(index, 0, replica)
    series.end++
  }
}
