// The selected job: its times, the data transferred and, for a failed job, the agent's or DPM's error.

import { JOB_STATUS_LABELS, JOB_TYPE_LABELS, type Job } from '../../domain/protection/protection'
import { DetailsPane } from '../ui/details-pane'
import { type Fact, FactList } from '../ui/fact-list'
import { formatDuration, formatMegabytes, formatSimTime } from '../ui/format'
import { jobElapsedMs } from './job-view'

export function JobDetails({ job, now }: { job: Job; now: number }) {
  const elapsed = jobElapsedMs(job, now)
  const facts: Fact[] = [
    ['Type', JOB_TYPE_LABELS[job.type]],
    ['Status', JOB_STATUS_LABELS[job.status]],
    ['Source', job.source],
    ['Computer', job.computer],
    ['Protection group', job.groupName || 'None'],
    ['Scheduled', formatSimTime(job.scheduledAt)],
  ]
  if (job.startedAt !== undefined) facts.push(['Start Time', formatSimTime(job.startedAt)])
  if (job.endedAt !== undefined) facts.push(['End Time', formatSimTime(job.endedAt)])
  if (elapsed !== undefined) facts.push(['Time Elapsed', formatDuration(elapsed)])
  if (job.dataTransferredMb !== undefined)
    facts.push(['Data Transferred', formatMegabytes(job.dataTransferredMb)])
  if (job.error) facts.push(['Error', job.error])
  return (
    <DetailsPane label="Job details" heading={`${JOB_TYPE_LABELS[job.type]}: ${job.source}`}>
      <FactList facts={facts} />
    </DetailsPane>
  )
}
