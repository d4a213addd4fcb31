// The synchronizations the engine replays in one go (a data source's run of them, engine-replay.ts), recorded
// as columns of numbers: a week at 2,000 databases completes over a million, and the bounded history keeps
// 5,000 rows. A row is built only for the ones it keeps; the others are counted for the reports.
import type { SimTime } from '../estate/estate'
import type { Job } from '../protection/protection'
import type { UnbuiltJobs } from './history'
import { autoJobId, jobRow } from './job-rows'

/** What every synchronization of one run shares. */
export interface SynchronizationRun {
  dataSourceId: string
  source: string
  computer: string
  groupName: string
}

export class CompletedSynchronizations implements UnbuiltJobs {
  private readonly runs: SynchronizationRun[] = []
  private readonly runOf: number[] = []
  private readonly scheduled: SimTime[] = []
  private readonly started: SimTime[] = []
  private readonly ended: SimTime[] = []
  private readonly transferredMb: number[] = []

  get length(): number {
    return this.ended.length
  }

  /** The synchronizations added next belong to this run. */
  startRun(run: SynchronizationRun): void {
    this.runs.push(run)
  }

  add(scheduledAt: SimTime, startedAt: SimTime, endedAt: SimTime, dataTransferredMb: number): void {
    this.runOf.push(this.runs.length - 1)
    this.scheduled.push(scheduledAt)
    this.started.push(startedAt)
    this.ended.push(endedAt)
    this.transferredMb.push(dataTransferredMb)
  }

  endOf(index: number): SimTime {
    return this.ended[index] as SimTime
  }

  dataSourceIdOf(index: number): string {
    return this.runAt(index).dataSourceId
  }

  /** The row the queue would have recorded for it. */
  row(index: number): Job {
    const { dataSourceId, source, computer, groupName } = this.runAt(index)
    const scheduledAt = this.scheduled[index] as SimTime
    return jobRow({
      id: autoJobId(dataSourceId, 'synchronization', scheduledAt),
      type: 'synchronization',
      dataSourceId,
      source,
      computer,
      groupName,
      status: 'completed',
      scheduledAt,
      startedAt: this.started[index],
      endedAt: this.ended[index],
      dataTransferredMb: this.transferredMb[index],
      trigger: 'schedule',
    })
  }

  private runAt(index: number): SynchronizationRun {
    const run = this.runs[this.runOf[index] as number]
    if (!run) throw new RangeError(`There is no completed synchronization ${index}.`)
    return run
  }
}
