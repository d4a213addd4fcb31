// The Create New Protection Group wizard (Modify Group when it modifies one): DPM's pages in order, in the
// console's wizard frame (features/ui/wizard-frame).
// Each page shows its problems as typed, next to their fields; Next stays enabled: on a page with a problem it
// shows every problem (an empty required field too) and stays.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { agentInstallWizardStore } from '../../dpm/agent-install-store'
import { computersQuery } from '../../dpm/estate-inventory'
import { closeProtectionWizard, updateWizardDraft } from '../../dpm/protection-wizard-store'
import { useServer } from '../../dpm/use-server'
import { useSimNow } from '../ui/use-sim-now'
import { useWizardNavigation, WizardFrame } from '../ui/wizard-frame'
import { commitDraft } from './commit-draft'
import { ConfirmDiscard } from './confirm-discard'
import { firstInvalidPage, type PageProblem, validatePage } from './page-validation'
import { useWizardDraft } from './use-wizard-draft'
import { WizardPageBody } from './wizard-page-body'
import { FINISH_LABELS, PAGE_TITLES, pagesBefore, pagesFor, WIZARD_TITLES } from './wizard-pages'

export function ProtectionWizardDialog() {
  const draft = useWizardDraft()
  const groups = useServer((state) => state.groups)
  const now = useSimNow()
  const [confirmOpen, setConfirmOpen] = useState(false)
  const [commitError, setCommitError] = useState<string>()
  // The agent installation (Install agent) opens as a sibling modal dialog above this one.
  const installOpen = useStore(agentInstallWizardStore, (state) => state.draft !== undefined)
  useAgentsReadAhead()
  const pages = pagesFor(draft.target)
  const page = draft.page
  const navigation = useWizardNavigation(pages, page, (next) => {
    setCommitError(undefined)
    updateWizardDraft((d) => ({ ...d, page: next }))
  })
  const context = { groups: Object.values(groups), now }
  const problems: PageProblem[] = validatePage(page, draft, context)

  const createGroup = () =>
    navigation.finish(firstInvalidPage(pagesBefore(pages, 'summary'), draft, context), () => {
      const result = commitDraft(draft)
      if ('error' in result) setCommitError(result.error)
    })
  const cancel = () => (draft.dirty ? setConfirmOpen(true) : closeProtectionWizard())

  return (
    <WizardFrame
      title={WIZARD_TITLES[draft.target.mode]}
      steps={pages.map((p) => PAGE_TITLES[p])}
      current={pages.indexOf(page)}
      headingId="protection-wizard-page-title"
      size="wide"
      actions={
        page === 'status'
          ? { onClose: closeProtectionWizard }
          : {
              onBack: navigation.back,
              onNext:
                page === 'summary' ? createGroup : () => void navigation.next(() => problems.length === 0),
              finishLabel: page === 'summary' ? FINISH_LABELS[draft.target.mode] : undefined,
              onCancel: cancel,
            }
      }
      aboveOpen={confirmOpen}
      besideOpen={installOpen}
      above={
        <ConfirmDiscard
          mode={draft.target.mode}
          open={confirmOpen}
          onKeep={() => setConfirmOpen(false)}
          onDiscard={() => {
            setConfirmOpen(false)
            closeProtectionWizard()
          }}
        />
      }
    >
      <WizardPageBody
        page={page}
        draft={draft}
        problems={problems}
        attempted={navigation.attempted}
        commitError={commitError}
      />
    </WizardFrame>
  )
}

/**
 * Enumerates the protected computers as the wizard opens, while the admin reads the first pages: Select Group
 * Members then paints its tree from the cache instead of waiting for the agents (2,000 computers at scale).
 */
function useAgentsReadAhead(): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    void queryClient.prefetchQuery(computersQuery())
  }, [queryClient])
}
