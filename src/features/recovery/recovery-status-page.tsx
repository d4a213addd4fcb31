// Recovery Status: the Recovery job as DPM records it (also on Monitoring > Jobs), its progress, and the
// agent's answer; a failed recovery can be retried.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components'
import { JOB_STATUS_LABELS } from '../../domain/protection/protection'
import type { RecoveryOutcome } from '../../domain/recovery/recovery'
import type { RecoveryResult } from '../../dpm/recovery-actions'
import { useServer } from '../../dpm/use-server'
import { type Fact, FactList } from '../ui/fact-list'
import { formatDuration, formatMegabytes } from '../ui/format'
import { recordedOutcome } from './recorded-outcome'

export function RecoveryStatusPage({
  jobId,
  result,
  onRetry,
}: {
  jobId: string
  result?: RecoveryResult
  onRetry: () => void
}) {
  const job = useServer((state) => state.jobs.find((j) => j.id === jobId))
  const status = job ? JOB_STATUS_LABELS[job.status] : result ? 'Completed' : 'In progress'
  // After a reload the agent's answer may be gone: the job DPM recorded still tells how it ended.
  const outcome = result?.outcome ?? recordedOutcome(job)
  return (
    <>
      <ProgressBar value={outcome ? 1 : undefined} thickness="large" aria-label="Recovery progress" />
      <p role="status" data-testid="recovery-status">
        Status: {status}
      </p>
      {outcome?.ok && <FactList facts={outcomeFacts(outcome, result?.database)} />}
      {outcome && !outcome.ok && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The recovery failed</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRetry}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  )
}

function outcomeFacts(
  outcome: Extract<RecoveryOutcome, { ok: true }>,
  database: RecoveryResult['database'],
): Fact[] {
  const recovered: Fact[] = database
    ? [
        ['Recovered database', database.path],
        ['Database state', database.state],
      ]
    : []
  return [
    ...recovered,
    ['Data transferred', formatMegabytes(outcome.dataTransferredMb)],
    ['Time elapsed', formatDuration(outcome.durationSec * 1000)],
  ]
}
