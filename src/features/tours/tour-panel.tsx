// The guided tour's side panel: it narrates each step in DPM's words, lets the presenter do the step by hand
// or press Do it, and points at where to look. It stays usable while a wizard is open: it is a top-level
// element that Fluent's modal dialogs never hide (data-tabster-never-hide), drawn above their backdrop.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStaticStyles,
  makeStyles,
  Spinner,
  Text,
  tokens,
  useThemeClassName,
} from '@fluentui/react-components'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useStore } from 'zustand'
import { listenForF6 } from './f6-cycle'
import { TOURS } from './tour-catalog'
import { TourHighlight } from './tour-highlight'
import { endTour, goToStep, runStep, tourStore } from './tour-store'

const PANEL_WIDTH = '360px'
/** Above Fluent's portals (dialogs, their backdrop, menus), which sit at 1,000,000. */
const ABOVE_DIALOGS = 1_000_001

// While a tour is open the console and its dialogs use the space left of the panel, so the panel never
// covers what it points at.
const useLayoutWithTour = makeStaticStyles({
  'body[data-tour-open] #root': { marginRight: PANEL_WIDTH },
  'body[data-tour-open] .fui-DialogSurface': {
    right: PANEL_WIDTH,
    maxWidth: `calc(100vw - ${PANEL_WIDTH} - 24px)`,
  },
})

const useStyles = makeStyles({
  layer: { position: 'relative', zIndex: ABOVE_DIALOGS },
  panel: {
    position: 'fixed',
    top: 0,
    right: 0,
    bottom: 0,
    width: PANEL_WIDTH,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `2px solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow28,
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '8px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  stepTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  summary: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  narration: { margin: 0 },
  doIt: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  look: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: 'auto' },
  // Read by screen readers only.
  announcement: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
})

function useBodyMarker(tourId: string | undefined): void {
  useEffect(() => {
    if (!tourId) return
    document.body.dataset.tourOpen = tourId
    return () => {
      delete document.body.dataset.tourOpen
    }
  }, [tourId])
}

export function TourPanel() {
  useLayoutWithTour()
  const styles = useStyles()
  const themeClassName = useThemeClassName()
  const { tourId, step, status, error } = useStore(tourStore)
  useBodyMarker(tourId)
  // The panel element in state, not a ref: F6 listens on the element that is there, whenever it is replaced.
  const [panel, setPanel] = useState<HTMLElement | null>(null)
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => (panel ? listenForF6(panel, setAnnouncement) : undefined), [panel])
  const tour = tourId ? TOURS[tourId] : undefined
  const current = tour?.steps[step]
  if (!tour || !current) return null
  const last = step === tour.steps.length - 1
  const running = status === 'running'
  const doIt = current.doIt

  return createPortal(
    <div className={`${themeClassName} ${styles.layer}`} data-tabster-never-hide="">
      {/* tabIndex: F6 brings the focus here from an open dialog (f6-cycle.ts). */}
      <aside
        ref={setPanel}
        tabIndex={-1}
        className={styles.panel}
        aria-label={`Tour ${tour.id}`}
        aria-describedby="tour-f6-hint"
        data-testid="tour-panel"
      >
        <span id="tour-f6-hint" className={styles.announcement}>
          With a dialog open, F6 moves between the dialog and this panel.
        </span>
        <div className={styles.announcement} aria-live="polite" data-testid="tour-f6-announcement">
          {announcement}
        </div>
        <div className={styles.header}>
          <h2 className={styles.title}>
            {tour.id}: {tour.title}
          </h2>
          <Button size="small" onClick={endTour}>
            End tour
          </Button>
        </div>
        <p className={styles.summary}>{tour.summary}</p>
        <Text size={200} data-testid="tour-step">
          Step {step + 1} of {tour.steps.length}
        </Text>
        <h3 className={styles.stepTitle}>{current.title}</h3>
        <p className={styles.narration}>{current.narration}</p>
        {doIt && (
          <div className={styles.doIt}>
            <Button
              appearance="primary"
              disabled={running}
              aria-describedby="tour-do-it"
              onClick={() => void runStep(doIt.run)}
            >
              Do it
            </Button>
            <Text id="tour-do-it" size={200}>
              {doIt.label}
            </Text>
          </div>
        )}
        <div role="status" data-testid="tour-step-status">
          {running && <Spinner size="tiny" label="Doing it..." />}
          {status === 'done' && <Text weight="semibold">Done.</Text>}
        </div>
        {status === 'failed' && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
            {doIt && (
              <MessageBarActions>
                <Button onClick={() => void runStep(doIt.run)}>Try again</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {current.look && (
          <p className={styles.look}>
            Look at: <strong>{current.look.label}</strong>
          </p>
        )}
        <div className={styles.footer}>
          <Button disabled={step === 0 || running} onClick={() => goToStep(step - 1)}>
            Previous step
          </Button>
          {last ? (
            <Button appearance="primary" disabled={running} onClick={endTour}>
              Finish tour
            </Button>
          ) : (
            <Button appearance="primary" disabled={running} onClick={() => goToStep(step + 1)}>
              Next step
            </Button>
          )}
        </div>
      </aside>
      {current.look && (
        <TourHighlight key={`${tour.id}-${step}`} label={current.look.label} at={current.look.at} />
      )}
    </div>,
    document.body,
  )
}
