// Create Group: hands the draft to the DPM server (create or modify), shows the tasks on Status, and starts
// whatever is due now (a replica creation "Now"). A refusal leaves the server and the draft as they were.
import { errorMessage } from '../../agent-api/error-message'
import {
  createProtectionGroup,
  type GroupChange,
  modifyProtectionGroup,
} from '../../domain/protection/protection-groups'
import { updateWizardDraft, type WizardDraft } from '../../dpm/protection-wizard-store'
import { runDueJobs } from '../../dpm/scheduler'
import { updateServer } from '../../dpm/server-store'
import { simNow } from '../../sim-clock/clock'
import { groupSpecOf } from './page-validation'

export function commitDraft(draft: WizardDraft): { ok: true } | { error: string } {
  const spec = groupSpecOf(draft)
  const target = draft.target
  let change: GroupChange | undefined
  try {
    updateServer((state) => {
      change =
        target.mode === 'modify'
          ? modifyProtectionGroup(state, target.groupId, spec, simNow())
          : createProtectionGroup(state, spec, simNow())
      return change.state
    })
  } catch (error) {
    return { error: errorMessage(error) }
  }
  if (!change) return { error: 'The DPM server did not record the change.' }
  const { tasks, groupId } = change
  updateWizardDraft((d) => ({ ...d, page: 'status', outcome: { tasks, groupId } }))
  void runDueJobs()
  return { ok: true }
}
