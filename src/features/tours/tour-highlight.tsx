// Points at where to look: a frame drawn over the element a step names (the mirror details, the alert, the
// job), following it as the screen moves. It never takes a click: the console stays usable under it.
import { makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useState } from 'react'
import { type ElementQuery, queryFirst } from './ui-driver'

const FOLLOW_MS = 200
const MARGIN_PX = 4

const useStyles = makeStyles({
  frame: {
    position: 'fixed',
    pointerEvents: 'none',
    border: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: `0 0 0 4px ${tokens.colorPaletteMarigoldBackground2}`,
    transitionProperty: 'top, left, width, height',
    transitionDuration: tokens.durationFast,
  },
  label: {
    position: 'absolute',
    top: '-22px',
    left: '-3px',
    paddingInline: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
  },
})

interface Box {
  top: number
  left: number
  width: number
  height: number
}

const sameBox = (a: Box | undefined, b: Box | undefined) =>
  a?.top === b?.top && a?.left === b?.left && a?.width === b?.width && a?.height === b?.height

/** The target's box, followed while the step shows; scrolled into view once when it first appears. */
function useTargetBox(at: ElementQuery): Box | undefined {
  const [box, setBox] = useState<Box>()
  useEffect(() => {
    let scrolled = false
    const follow = () => {
      const element = queryFirst(at)
      if (element && !scrolled) {
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        scrolled = true
      }
      const rect = element?.getBoundingClientRect()
      const next = rect && {
        top: rect.top - MARGIN_PX,
        left: rect.left - MARGIN_PX,
        width: rect.width + 2 * MARGIN_PX,
        height: rect.height + 2 * MARGIN_PX,
      }
      setBox((previous) => (sameBox(previous, next) ? previous : next))
    }
    follow()
    const timer = setInterval(follow, FOLLOW_MS)
    return () => clearInterval(timer)
  }, [at])
  return box
}

export function TourHighlight({ label, at }: { label: string; at: ElementQuery }) {
  const styles = useStyles()
  const box = useTargetBox(at)
  if (!box) return null
  // Decoration only: the tour panel says in words where to look.
  return (
    <div className={styles.frame} style={box} data-testid="tour-highlight" data-label={label} aria-hidden>
      <span className={styles.label}>{label}</span>
    </div>
  )
}
