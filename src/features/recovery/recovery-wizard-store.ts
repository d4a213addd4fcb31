// Whether the Recovery Wizard is open, for which data source and recovery point, on which page, with the
// admin's choices and the Recovery job it started. Persisted, so a reload comes back to the same page with
// the same values, and a started recovery is followed (never started again) from the job DPM recorded.
import type { z } from 'zod'
import type { DataSource } from '../../domain/protection/protection'
import {
  type RecoveryPointChoice,
  type RecoveryWizardPage,
  recoveryTypeOptions,
} from '../../domain/recovery/recovery'
import { describeIssue } from '../../dpm/describe-issue'
import type { RecoveryResult } from '../../dpm/recovery-actions'
import { createWizardStore, startWizardStore } from '../../dpm/wizard-store'
import { initialDraft, type RecoveryDraft } from './recovery-draft'
import type { openRecoveryWizardSchema } from './recovery-wizard-schema'
import { recoveryWizardStateSchema } from './recovery-wizard-schema'

export const RECOVERY_WIZARD_STORAGE_KEY = 'dpm-console:recovery-wizard'

export type OpenRecoveryWizard = z.infer<typeof openRecoveryWizardSchema>
export type RecoveryRun = NonNullable<OpenRecoveryWizard['run']>

export interface RecoveryWizardState {
  open?: OpenRecoveryWizard
}

/** Checks a stored value (throws with what is wrong): safeJsonStorage sets a damaged one aside. */
export function readStoredRecoveryWizard(stored: unknown): RecoveryWizardState {
  const parsed = recoveryWizardStateSchema.safeParse(stored)
  if (!parsed.success) throw new Error(describeIssue(parsed.error))
  return parsed.data
}

export const recoveryWizardStore = createWizardStore<RecoveryWizardState>({
  key: RECOVERY_WIZARD_STORAGE_KEY,
  what: 'Recovery Wizard',
  version: 1,
  closed: { open: undefined },
  read: readStoredRecoveryWizard,
})

export function openRecoveryWizard(dataSource: DataSource, point: RecoveryPointChoice): void {
  // Whether the database was mirrored since protection is asked of the agent later: the wizard then offers
  // any instance only, whatever this first choice was (S9).
  const draft = initialDraft(dataSource, recoveryTypeOptions(dataSource))
  recoveryWizardStore.setState({ open: { dataSourceId: dataSource.id, point, page: 'review', draft } })
}

export const closeRecoveryWizard = (): void => recoveryWizardStore.close()

const updateOpen = (change: (open: OpenRecoveryWizard) => OpenRecoveryWizard) =>
  recoveryWizardStore.setState((state) => (state.open ? { open: change(state.open) } : state))

export const setRecoveryWizardPage = (page: RecoveryWizardPage) => updateOpen((open) => ({ ...open, page }))

export const updateRecoveryDraft = (change: Partial<RecoveryDraft>) =>
  updateOpen((open) => ({ ...open, draft: { ...open.draft, ...change } }))

/** Recover was pressed: the job to follow on Recovery Status, after a reload too. */
export const recordRecoveryRun = (run: RecoveryRun) =>
  updateOpen((open) => ({ ...open, page: 'status', run }))

/** The agent answered; ignored when the wizard was closed or another recovery was started meanwhile. */
export const recordRecoveryResult = (result: RecoveryResult) =>
  updateOpen((open) => (open.run?.jobId === result.jobId ? { ...open, run: { ...open.run, result } } : open))

/**
 * Starts the Recovery Wizard's store with the Recovery workspace (see app/screen-loaders; later calls do
 * nothing): it reads what is stored (at once: the storage is synchronous, so the first render shows it), then
 * follows the writing tab and world resets as every wizard store does (wizard-store).
 */
export const startRecoveryWizardStore = (): Promise<void> => startWizardStore(recoveryWizardStore)
