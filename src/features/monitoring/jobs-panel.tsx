// Monitoring > Jobs: the "Jobs" grid, filtered by time range and status, grouped as chosen (status by
// default); failed jobs offer Retry, scheduled and running ones Cancel; a running job shows its progress.
import { Button, Field, ProgressBar, Select } from '@fluentui/react-components'
import { useMemo } from 'react'
import { useStore } from 'zustand'
import {
  JOB_STATUS_LABELS,
  JOB_TYPE_LABELS,
  type Job,
  type JobStatus,
} from '../../domain/protection/protection'
import { loadProtectionActions } from '../../dpm/load-protection-actions'
import { useServer } from '../../dpm/use-server'
import { AdminActionError } from '../ui/admin-action-error'
import { formatDuration, formatMegabytes, formatSimTime } from '../ui/format'
import { useAdminAction } from '../ui/use-admin-action'
import { useSimNow } from '../ui/use-sim-now'
import type { GridColumn } from '../ui/virtual-tree-grid'
import { GroupedGrid } from './grouped-grid'
import { JobDetails } from './job-details'
import {
  canCancelJob,
  canRetryJob,
  filterJobs,
  groupJobs,
  JOB_TIME_RANGES,
  type JobTimeRange,
  jobElapsedMs,
  jobProgress,
} from './job-view'
import styles from './monitoring.module.css'
import { monitoringViewStore, setMonitoringView } from './monitoring-view-store'

const COLUMNS: GridColumn[] = [
  { header: 'Type', width: 'minmax(150px, 1fr)' },
  { header: 'Source', width: 'minmax(220px, 2fr)' },
  { header: 'Computer', width: 'minmax(110px, 1fr)' },
  { header: 'Protection Group', width: 'minmax(110px, 1fr)' },
  { header: 'Status', width: 'minmax(130px, 1fr)' },
  { header: 'Start Time', width: '160px' },
  { header: 'Time Elapsed', width: '100px' },
  { header: 'Data Transferred', width: '120px' },
  { header: 'Actions', width: '90px' },
]

/** What a job's row offers: Retry when it failed, Cancel while it is scheduled or running. */
const JOB_ACTIONS = [
  {
    label: 'Retry',
    applies: canRetryJob,
    run: async (jobId: string) => (await loadProtectionActions()).retryJob(jobId),
  },
  {
    label: 'Cancel',
    applies: canCancelJob,
    run: async (jobId: string) => (await loadProtectionActions()).cancelJob(jobId),
  },
]

export function JobsPanel() {
  const jobs = useServer((state) => state.jobs)
  const history = useServer((state) => state.jobHistory)
  const now = useSimNow()
  const grouping = useStore(monitoringViewStore, (state) => state.jobGrouping)
  const filter = useStore(monitoringViewStore, (state) => state.jobFilter)
  const action = useAdminAction()

  // The time range moves with the clock a minute at a time, not on every tick of a running clock.
  const minute = Math.floor(now / 60_000) * 60_000
  const filtered = useMemo(() => filterJobs(jobs, filter, minute), [jobs, filter, minute])
  const groups = useMemo(() => groupJobs(filtered, grouping), [filtered, grouping])

  const statusCell = (job: Job) => (
    <span className={styles.status}>
      <span>{JOB_STATUS_LABELS[job.status]}</span>
      {job.status === 'in-progress' && (
        <ProgressBar
          value={jobProgress(job, now)}
          aria-label={`Progress of ${JOB_TYPE_LABELS[job.type]} for ${job.source}`}
          thickness="medium"
        />
      )}
    </span>
  )

  const rowAction = (job: Job) => {
    const offered = JOB_ACTIONS.find(({ applies }) => applies(job))
    if (!offered) return ''
    return (
      <Button
        size="small"
        disabled={action.pending}
        onClick={() => void action.run(offered.label, () => offered.run(job.id))}
      >
        {offered.label}
      </Button>
    )
  }

  return (
    <>
      <div className={styles.filters}>
        <Field label="Status">
          <Select
            value={filter.status}
            onChange={(_, data) =>
              setMonitoringView({ jobFilter: { ...filter, status: data.value as JobStatus | 'all' } })
            }
          >
            <option value="all">All</option>
            {Object.entries(JOB_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Time range">
          <Select
            value={filter.range}
            onChange={(_, data) =>
              setMonitoringView({ jobFilter: { ...filter, range: data.value as JobTimeRange } })
            }
          >
            {Object.entries(JOB_TIME_RANGES).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <span>
          {filtered.length} {filtered.length === 1 ? 'job' : 'jobs'}
        </span>
        {history?.trimmedUntil !== undefined && (
          // The history is bounded: older finished jobs are counted, not listed.
          <span>
            Until {formatSimTime(history.trimmedUntil)}: {history.trimmed.completed} completed,{' '}
            {history.trimmed.failed} failed and {history.trimmed.canceled} canceled jobs are counted but no
            longer listed.
          </span>
        )}
      </div>
      <AdminActionError action={action} />
      <GroupedGrid
        label="Jobs"
        columns={COLUMNS}
        groups={groups}
        grouping={grouping}
        allItems={jobs}
        testIdPrefix="job"
        emptyText="No jobs match the filters."
        renderCells={(job) => {
          const elapsed = jobElapsedMs(job, now)
          return [
            JOB_TYPE_LABELS[job.type],
            job.source,
            job.computer,
            job.groupName,
            statusCell(job),
            formatSimTime(job.startedAt ?? job.scheduledAt),
            elapsed === undefined ? '' : formatDuration(elapsed),
            job.dataTransferredMb === undefined ? '' : formatMegabytes(job.dataTransferredMb),
            rowAction(job),
          ]
        }}
        renderDetails={(job) => <JobDetails job={job} now={now} />}
      />
    </>
  )
}
