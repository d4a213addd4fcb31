// The Create New Protection Group wizard (Modify Group when it modifies one): DPM's pages in order, a Steps
// list, and Back / Next / Cancel.
// Each page shows its problems as typed, next to their fields; Next stays enabled: on a page with a problem it
// shows every problem (an empty required field too) and stays.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useQueryClient } from '@tanstack/react-query'
import { type RefObject, useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { agentInstallStore } from '../../dpm/agent-install-store'
import { computersQuery } from '../../dpm/estate-inventory'
import type { WizardPage } from '../../dpm/protection-wizard-store'
import { closeProtectionWizard, updateWizardDraft } from '../../dpm/protection-wizard-store'
import { useServer } from '../../dpm/use-server'
import { useSimNow } from '../ui/use-sim-now'
import { commitDraft } from './commit-draft'
import { ConfirmDiscard } from './confirm-discard'
import { firstInvalidPage, type PageProblem, validatePage } from './page-validation'
import { useWizardDraft } from './use-wizard-draft'
import { WizardPageBody } from './wizard-page-body'
import { FINISH_LABELS, PAGE_TITLES, pagesBefore, pagesFor, WIZARD_TITLES } from './wizard-pages'
import { WizardSteps } from './wizard-steps'

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1180px, 96vw)', width: '96vw' },
  layout: {
    display: 'grid',
    gridTemplateColumns: '220px 1fr',
    gap: tokens.spacingHorizontalXL,
    minHeight: '520px',
  },
  page: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
})

export function ProtectionWizardDialog() {
  const styles = useStyles()
  const draft = useWizardDraft()
  const groups = useServer((state) => state.groups)
  const now = useSimNow()
  const [attempted, setAttempted] = useState(false)
  const [confirmOpen, setConfirmOpen] = useState(false)
  const [commitError, setCommitError] = useState<string>()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusAfterAgentInstall(headingRef)
  useAgentsReadAhead()
  const pages = pagesFor(draft.target)
  const page = draft.page
  const index = pages.indexOf(page)
  const context = { groups: Object.values(groups), now }
  const problems: PageProblem[] = validatePage(page, draft, context)

  const firstRender = useRef(true)
  useEffect(() => {
    // A new page is announced by moving focus to its heading (not on open: the dialog focuses itself).
    if (firstRender.current) firstRender.current = false
    else if (page) headingRef.current?.focus()
  }, [page])

  const goTo = (next: WizardPage) => {
    setAttempted(false)
    setCommitError(undefined)
    updateWizardDraft((d) => ({ ...d, page: next }))
  }
  const next = () => {
    if (problems.length > 0) return setAttempted(true)
    const following = pages[index + 1]
    if (following) goTo(following)
  }
  const createGroup = () => {
    const invalid = firstInvalidPage(pagesBefore(pages, 'summary'), draft, context)
    if (invalid) {
      goTo(invalid)
      setAttempted(true)
      return
    }
    const result = commitDraft(draft)
    if ('error' in result) setCommitError(result.error)
  }
  const cancel = () => {
    if (page === 'status') closeProtectionWizard()
    else if (draft.dirty) setConfirmOpen(true)
    else closeProtectionWizard()
  }

  return (
    <Dialog
      open
      modalType="modal"
      // Escape is Cancel. A click outside is not: it may land in a dialog opened above this one (Install
      // agent, the discard question), and a wizard never closes by accident.
      onOpenChange={(_, data) => !data.open && data.type === 'escapeKeyDown' && !confirmOpen && cancel()}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{WIZARD_TITLES[draft.target.mode]}</DialogTitle>
          <DialogContent>
            <div className={styles.layout}>
              <WizardSteps pages={pages} current={page} />
              <section className={styles.page} aria-labelledby="protection-wizard-page-title">
                <h3
                  id="protection-wizard-page-title"
                  className={styles.heading}
                  ref={headingRef}
                  tabIndex={-1}
                >
                  {PAGE_TITLES[page]}
                </h3>
                <WizardPageBody
                  page={page}
                  draft={draft}
                  problems={problems}
                  attempted={attempted}
                  commitError={commitError}
                />
              </section>
            </div>
          </DialogContent>
          <DialogActions>
            {page === 'status' ? (
              <Button appearance="primary" onClick={closeProtectionWizard}>
                Close
              </Button>
            ) : (
              <>
                <Button disabled={index <= 0} onClick={() => goTo(pages[index - 1] ?? page)}>
                  Back
                </Button>
                {page === 'summary' ? (
                  <Button appearance="primary" onClick={createGroup}>
                    {FINISH_LABELS[draft.target.mode]}
                  </Button>
                ) : (
                  <Button appearance="primary" onClick={next}>
                    Next
                  </Button>
                )}
                <Button onClick={cancel}>Cancel</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
        <ConfirmDiscard
          mode={draft.target.mode}
          open={confirmOpen}
          onKeep={() => setConfirmOpen(false)}
          onDiscard={() => {
            setConfirmOpen(false)
            closeProtectionWizard()
          }}
        />
      </DialogSurface>
    </Dialog>
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

/**
 * The agent installation (Install agent) opens as a sibling modal dialog above this one. When it closes,
 * focus falls to the page and this dialog stays hidden from assistive technology until focus is back inside:
 * bring it back to the page heading.
 */
function useFocusAfterAgentInstall(target: RefObject<HTMLElement | null>): void {
  const installOpen = useStore(agentInstallStore, (state) => state.open)
  const wasOpen = useRef(installOpen)
  useEffect(() => {
    if (wasOpen.current && !installOpen) target.current?.focus()
    wasOpen.current = installOpen
  }, [installOpen, target])
}
