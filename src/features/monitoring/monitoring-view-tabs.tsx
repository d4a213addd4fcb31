// The Monitoring tab's Alerts / Jobs switch: a vertical tablist in the navigation pane. Hand-rolled because
// Fluent's TabList adds hidden focusable elements that axe reports; Up/Down (and Home/End) move and select.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { KeyboardEvent } from 'react'
import type { MonitoringView } from './monitoring-view-store'

const VIEWS: { value: MonitoringView; label: string }[] = [
  { value: 'alerts', label: 'Alerts' },
  { value: 'jobs', label: 'Jobs' },
]

export const viewTabId = (view: MonitoringView) => `monitoring-tab-${view}`
export const VIEW_PANEL_ID = 'monitoring-panel'

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  tab: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    fontWeight: tokens.fontWeightSemibold,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
})

export function MonitoringViewTabs({
  view,
  onSelect,
}: {
  view: MonitoringView
  onSelect: (view: MonitoringView) => void
}) {
  const styles = useStyles()
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((item) => item.value === view)
    const next = new Map([
      ['ArrowDown', index + 1],
      ['ArrowUp', index - 1],
      ['Home', 0],
      ['End', VIEWS.length - 1],
    ]).get(event.key)
    if (next === undefined) return
    event.preventDefault()
    const target = VIEWS[(next + VIEWS.length) % VIEWS.length]
    if (!target) return
    onSelect(target.value)
    document.getElementById(viewTabId(target.value))?.focus()
  }
  return (
    <div
      role="tablist"
      aria-label="Monitoring views"
      aria-orientation="vertical"
      className={styles.list}
      onKeyDown={onKeyDown}
    >
      {VIEWS.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={viewTabId(value)}
          aria-selected={value === view}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={value === view ? 0 : -1}
          className={mergeClasses(styles.tab, value === view && styles.selected)}
          onClick={() => onSelect(value)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}
