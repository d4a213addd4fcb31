// The `dialog` "Recovery Wizard": DPM's pages for a SQL database, only those that apply to the chosen
// type and point. Fields are checked as typed; Next checks the page (the destination against the agents) and
// stays on an error.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { errorMessage } from '../../agent-api/error-message'
import type { DataSource } from '../../domain/protection/protection'
import {
  destinationComputer,
  RECOVERY_PAGE_TITLES,
  type RecoverySpec,
  type RecoveryWizardPage,
  recoveryTypeOptions,
  recoveryWizardPages,
} from '../../domain/recovery/recovery'
import { agentKeys } from '../../dpm/query-keys'
import { startRecovery } from '../../dpm/recovery-actions'
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

const useStyles = makeStyles({
  surface: { maxWidth: '860px', width: '90vw' },
  body: {
    display: 'grid',
    gridTemplateColumns: '220px 1fr',
    gap: tokens.spacingHorizontalXL,
    minHeight: '340px',
  },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
})

interface Props {
  dataSource: DataSource
  groupName?: string
  /** The wizard as stored (recovery-wizard-store): its page, choices and started job survive a reload. */
  wizard: OpenRecoveryWizard
  onClose: () => void
}

export function RecoveryWizard({ dataSource, groupName, wizard, onClose }: Props) {
  const { point, page, draft, run } = wizard
  const styles = useStyles()
  const client = useQueryClient()
  // S9 also applies when the database was mirrored after DPM protected it: ask the agent.
  const facts = useQuery({ ...databaseFactsQuery(dataSource.path), enabled: dataSource.mirror === undefined })
  const options = recoveryTypeOptions(dataSource, { mirroredNow: facts.data?.facts?.mirroring !== undefined })
  const type = options.find((option) => option.type === draft.type)?.enabled ? draft.type : 'any-instance'
  const pages = recoveryWizardPages(type, point)
  const [locationErrors, setLocationErrors] = useState<LocationErrors>({})
  // Next was refused on this page: its fields left empty say what they need too.
  const [attempted, setAttempted] = useState(false)
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

  const goTo = (target: RecoveryWizardPage) => {
    setAttempted(false)
    setRecoveryWizardPage(target)
  }

  const next = async () => {
    const refused =
      (page === 'location' && !(await checkLocation())) ||
      (page === 'options' && hasErrors(checkOptions(draft)))
    if (refused) return setAttempted(true)
    const following = pages[pages.indexOf(page) + 1]
    if (following) goTo(following)
  }

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

  const index = pages.indexOf(page)
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Recovery Wizard</DialogTitle>
          <DialogContent className={styles.body}>
            <ol aria-label="Steps" className={styles.steps}>
              {pages.map((step) => (
                <li
                  key={step}
                  aria-current={step === page ? 'step' : undefined}
                  className={mergeClasses(step === page && styles.current)}
                >
                  {RECOVERY_PAGE_TITLES[step]}
                </li>
              ))}
            </ol>
            <section className={styles.page} aria-labelledby="recovery-page-title">
              <h3 id="recovery-page-title" className={styles.heading}>
                {RECOVERY_PAGE_TITLES[page]}
              </h3>
              {page === 'review' && (
                <RecoverySelectionPage dataSource={dataSource} point={point} groupName={groupName} />
              )}
              {page === 'type' && (
                <>
                  <RecoveryTypePage
                    options={options}
                    value={type}
                    onChange={(value) => update({ type: value })}
                  />
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
                  attempted={attempted}
                  onRetry={() => void next()}
                />
              )}
              {page === 'state' && (
                <DatabaseStatePage value={draft.state} onChange={(state) => update({ state })} />
              )}
              {page === 'options' && (
                <RecoveryOptionsPage draft={draft} update={update} attempted={attempted} />
              )}
              {page === 'summary' && <RecoverySummaryPage dataSource={dataSource} spec={spec} />}
              {page === 'status' && run && (
                <RecoveryStatusPage jobId={run.jobId} result={run.result} onRetry={() => recover(run.spec)} />
              )}
            </section>
          </DialogContent>
          <DialogActions>
            {checking && <Spinner size="tiny" label="Asking the protection agents..." />}
            {page !== 'status' && (
              <Button disabled={index === 0} onClick={() => goTo(pages[index - 1] ?? 'review')}>
                Back
              </Button>
            )}
            {page === 'summary' && (
              <Button appearance="primary" onClick={() => recover(spec)}>
                Recover
              </Button>
            )}
            {page !== 'summary' && page !== 'status' && (
              <Button appearance="primary" disabled={checking} onClick={() => void next()}>
                Next
              </Button>
            )}
            {page === 'status' ? (
              <Button appearance="primary" onClick={onClose}>
                Close
              </Button>
            ) : (
              <Button onClick={onClose}>Cancel</Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
