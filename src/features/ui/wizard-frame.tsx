// The frame every wizard of the console shares (Create New Protection Group, the Recovery Wizard, the
// Protection Agent Installation Wizard), as DPM draws its wizards: a modal dialog named by the wizard's title,
// the list "Steps" with the current page marked, the page's title as a heading (focused as a new page shows,
// so that it is announced), the page, then Back, Next (or the button that finishes: Create Group, Recover,
// Install) and Cancel; on the last page, Close only. Escape is Cancel (Close on the last page); a click
// outside is not: a wizard never closes by accident. Validation stays with the pages (each message next to its
// field); `useWizardNavigation` gives Next and the finish one rule: a page with a problem stays, and says so.
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  makeStyles,
  mergeClasses,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react'
import { Dialog, DialogSurface } from './dialog'

const useStyles = makeStyles({
  wide: { maxWidth: 'min(1180px, 96vw)', width: '96vw' },
  standard: { maxWidth: '860px', width: '90vw' },
  layout: {
    display: 'grid',
    gridTemplateColumns: '220px 1fr',
    gap: tokens.spacingHorizontalXL,
  },
  wideLayout: { minHeight: '520px' },
  standardLayout: { minHeight: '340px' },
  steps: {
    listStyle: 'none',
    margin: 0,
    padding: tokens.spacingVerticalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  step: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  page: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
})

/** The buttons of a page before the last one. */
interface PageActions {
  /** Absent on the first page: Back is shown disabled. */
  onBack?: () => void
  /** Next, or on the page that finishes (Summary) the button named `finishLabel`. */
  onNext: () => void
  finishLabel?: string
  onCancel: () => void
}

/** The last page (Status, Installation): Close only, held disabled while the work runs. */
interface LastPageActions {
  onClose: () => void
  closeDisabled?: boolean
}

export interface WizardFrameProps {
  /** The dialog's accessible name (Create New Protection Group, Recovery Wizard, ...). */
  title: string
  /** The titles of the pages this run walks through, in order. */
  steps: readonly string[]
  /** The index of the current page in `steps`. */
  current: number
  /** The heading's id (the guided tours find the current page by it). */
  headingId: string
  size: 'wide' | 'standard'
  actions: PageActions | LastPageActions
  /** Work under way (the agents asked on Next): said beside the buttons, and Next waits for it. */
  busy?: string
  /** A dialog that opens above this one, inside it (Cancel's question): Escape is its own then. */
  above?: ReactNode
  aboveOpen?: boolean
  /**
   * A modal dialog opened beside this one, above it (Install agent): Escape is its own, and as it closes the
   * focus, which falls to the page, comes back to this page's heading (until then assistive technology does
   * not see this dialog).
   */
  besideOpen?: boolean
  /** The page. */
  children: ReactNode
}

export function WizardFrame(props: WizardFrameProps) {
  const { title, steps, current, headingId, size, actions, busy, above, aboveOpen, besideOpen, children } =
    props
  const styles = useStyles()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnNewPage(headingRef, current)
  useFocusAfter(headingRef, besideOpen ?? false)
  const last = 'onClose' in actions
  const onEscape = () => {
    if (aboveOpen || besideOpen) return
    if (!last) actions.onCancel()
    else if (!actions.closeDisabled) actions.onClose()
  }

  return (
    <Dialog
      open
      modalType="modal"
      onOpenChange={(_, data) => !data.open && data.type === 'escapeKeyDown' && onEscape()}
    >
      {/* The page is not read out as the dialog's description: its heading is announced instead. */}
      <DialogSurface className={styles[size]} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <div className={mergeClasses(styles.layout, styles[`${size}Layout`])}>
              <ol className={styles.steps} aria-label="Steps">
                {steps.map((step, index) => (
                  <li
                    key={step}
                    className={mergeClasses(styles.step, index === current && styles.current)}
                    aria-current={index === current ? 'step' : undefined}
                  >
                    {step}
                  </li>
                ))}
              </ol>
              <section className={styles.page} aria-labelledby={headingId}>
                <h3 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
                  {steps[current]}
                </h3>
                {children}
              </section>
            </div>
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={busy} />}
            {'onClose' in actions ? (
              <Button appearance="primary" disabled={actions.closeDisabled} onClick={actions.onClose}>
                Close
              </Button>
            ) : (
              <>
                <Button disabled={!actions.onBack} onClick={actions.onBack}>
                  Back
                </Button>
                <Button appearance="primary" disabled={busy !== undefined} onClick={actions.onNext}>
                  {actions.finishLabel ?? 'Next'}
                </Button>
                <Button onClick={actions.onCancel}>Cancel</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
        {above}
      </DialogSurface>
    </Dialog>
  )
}

/** A new page is announced by moving focus to its heading (not as the dialog opens: it focuses itself). */
function useFocusOnNewPage(heading: RefObject<HTMLHeadingElement | null>, page: number): void {
  const shown = useRef(page)
  useEffect(() => {
    if (shown.current !== page) heading.current?.focus()
    shown.current = page
  }, [page, heading])
}

function useFocusAfter(heading: RefObject<HTMLHeadingElement | null>, open: boolean): void {
  const wasOpen = useRef(open)
  useEffect(() => {
    if (wasOpen.current && !open) heading.current?.focus()
    wasOpen.current = open
  }, [open, heading])
}

export interface WizardNavigation<P> {
  /** Next or the finish was refused on this page: its empty required fields say what they need too. */
  attempted: boolean
  /** To another page: what the refused page said is forgotten. */
  goTo: (page: P) => void
  /** To the page before; absent on the first page. */
  back?: () => void
  /** Next: stays and says what is wrong while `pageIsValid` says no (it may ask the agents first). */
  next: (pageIsValid: () => boolean | Promise<boolean>) => Promise<void>
  /** The finish: back to the first page of the run that is not valid (a reload may have lost a value), or run. */
  finish: (firstInvalidPage: P | undefined, run: () => void) => void
}

/** The one rule of Next and the finish, for a wizard whose pages are `pages` and whose current one is `page`. */
export function useWizardNavigation<P>(
  pages: readonly P[],
  page: P,
  setPage: (page: P) => void,
): WizardNavigation<P> {
  const [attempted, setAttempted] = useState(false)
  const goTo = (target: P) => {
    setAttempted(false)
    setPage(target)
  }
  const before = pages[pages.indexOf(page) - 1]
  return {
    attempted,
    goTo,
    back: before === undefined ? undefined : () => goTo(before),
    next: async (pageIsValid) => {
      if (!(await pageIsValid())) return setAttempted(true)
      const following = pages[pages.indexOf(page) + 1]
      if (following !== undefined) goTo(following)
    },
    finish: (firstInvalidPage, run) => {
      if (firstInvalidPage === undefined) return run()
      goTo(firstInvalidPage)
      setAttempted(true)
    },
  }
}
