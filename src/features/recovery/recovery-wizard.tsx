// The `dialog` "Recovery Wizard": DPM's pages for a SQL database, only those that apply to the chosen
// type and point, in the console's wizard frame (features/ui/wizard-frame). Fields are checked as typed; Next
// checks the page (the destination against the agents) and stays on an error.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { errorMessage } from '../../agent-api/error-message'
import type { DataSource } from '../../domain/protection/protection'
import {
  destinationComputer,
  RECOVERY_PAGE_TITLES,
  type RecoverySpec,
  recoveryTypeOptions,
  recoveryWizardPages,
} from '../../domain/recovery/recovery'
import { agentKeys } from '../../dpm/query-keys'
import { startRecovery } from '../../dpm/recovery-actions'
import { useWizardNavigation, WizardFrame } from '../ui/wizard-frame'
import {
  checkFolderDestination,
  checkInstanceDestination,
  type LocationErrors,
  locationErrorsAfter,
} from './check-destination'
import { DatabaseStatePage } from './database-state-page'
import { checkOptions, hasErrors, type RecoveryDraft, recoverySpecOf } from './recovery-draft'
import { RecoveryLocationPage } from './recovery-location-page'
import { RecoveryOptionsPage } from './recovery-options-page'
import { databaseFactsQuery } from './recovery-queries'
import { RecoverySelectionPage } from './recovery-selection-page'
import { RecoveryStatusPage } from './recovery-status-page'
import { RecoverySummaryPage } from './recovery-summary-page'
import { RecoveryTypePage } from './recovery-type-page'
import {
  type OpenRecoveryWizard,
  recordRecoveryResult,
  recordRecoveryRun,
  setRecoveryWizardPage,
  updateRecoveryDraft,
} from './recovery-wizard-store'

interface Props {
  dataSource: DataSource
  groupName?: string
  /** The wizard as stored (recovery-wizard-store): its page, choices and started job survive a reload. */
  wizard: OpenRecoveryWizard
  onClose: () => void
}

export function RecoveryWizard({ dataSource, groupName, wizard, onClose }: Props) {
  const { point, page, draft, run } = wizard
  const client = useQueryClient()
  // S9 also applies when the database was mirrored (or joined to an availability group) after DPM protected
  // it: ask the agent.
  const facts = useQuery({
    ...databaseFactsQuery(dataSource.path),
    enabled: dataSource.mirror === undefined && dataSource.availability === undefined,
  })
  const options = recoveryTypeOptions(dataSource, {
    mirroredNow: facts.data?.facts?.mirroring !== undefined,
    inAvailabilityGroupNow: facts.data?.facts?.availabilityGroup !== undefined,
  })
  const type = options.find((option) => option.type === draft.type)?.enabled ? draft.type : 'any-instance'
  const pages = recoveryWizardPages(type, point)
  const [locationErrors, setLocationErrors] = useState<LocationErrors>({})
  const navigation = useWizardNavigation(pages, page, setRecoveryWizardPage)
  const [checking, setChecking] = useState(false)
  const spec = recoverySpecOf({ ...draft, type }, dataSource, point, pages)

  const update = (change: Partial<RecoveryDraft>) => {
    updateRecoveryDraft(change)
    setLocationErrors((errors) => locationErrorsAfter(errors, draft, change))
  }

  const checkLocation = async (): Promise<boolean> => {
    setChecking(true)
    const checked =
      type === 'network-folder'
        ? { errors: await checkFolderDestination(client, draft.folder) }
        : await checkInstanceDestination(client, draft.instance, draft.databaseName)
    setChecking(false)
    setLocationErrors(checked.errors)
    if (checked.instancePath) updateRecoveryDraft({ instance: checked.instancePath })
    return !hasErrors(checked.errors)
  }

  const next = () =>
    navigation.next(async () =>
      page === 'location' ? await checkLocation() : page !== 'options' || !hasErrors(checkOptions(draft)),
    )

  const recover = (recoverySpec: RecoverySpec) => {
    const { jobId, finished } = startRecovery(recoverySpec)
    recordRecoveryRun({ spec: recoverySpec, jobId })
    void finished.then((result) => {
      recordRecoveryResult(result)
      // The destination now holds the database: the next name check must see it.
      const computer = destinationComputer(recoverySpec.destination)
      void client.invalidateQueries({ queryKey: agentKeys.instances(computer) })
    })
  }

  return (
    <WizardFrame
      title="Recovery Wizard"
      steps={pages.map((step) => RECOVERY_PAGE_TITLES[step])}
      current={pages.indexOf(page)}
      headingId="recovery-page-title"
      size="standard"
      actions={
        page === 'status'
          ? { onClose }
          : {
              onBack: navigation.back,
              onNext: page === 'summary' ? () => recover(spec) : () => void next(),
              finishLabel: page === 'summary' ? 'Recover' : undefined,
              onCancel: onClose,
            }
      }
      busy={checking ? 'Asking the protection agents...' : undefined}
    >
      {page === 'review' && (
        <RecoverySelectionPage dataSource={dataSource} point={point} groupName={groupName} />
      )}
      {page === 'type' && (
        <>
          <RecoveryTypePage options={options} value={type} onChange={(value) => update({ type: value })} />
          {facts.isError && (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>
                DPM could not ask the agent whether a mirroring session exists for this database now:{' '}
                {errorMessage(facts.error)}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void facts.refetch()}>Retry</Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </>
      )}
      {page === 'location' && (
        <RecoveryLocationPage
          draft={{ ...draft, type }}
          update={update}
          errors={locationErrors}
          attempted={navigation.attempted}
          onRetry={() => void next()}
        />
      )}
      {page === 'state' && <DatabaseStatePage value={draft.state} onChange={(state) => update({ state })} />}
      {page === 'options' && (
        <RecoveryOptionsPage draft={draft} update={update} attempted={navigation.attempted} />
      )}
      {page === 'summary' && <RecoverySummaryPage dataSource={dataSource} spec={spec} />}
      {page === 'status' && run && (
        <RecoveryStatusPage jobId={run.jobId} result={run.result} onRetry={() => recover(run.spec)} />
      )}
    </WizardFrame>
  )
}
