// A tablist: the console's navigation across the top, and a screen's navigation pane (Monitoring views,
// Reports). Hand-rolled rather than Fluent's TabList: that one adds hidden focusable elements that axe
// reports, and its styles and focus manager were a tenth of the console's start (docs/performance.md). The
// arrow keys of the orientation (and Home/End) move and select, wrapping around, as DPM's own navigation.
import type { KeyboardEvent, ReactNode } from 'react'
import styles from './tabs.module.css'

export interface TabChoice<T extends string> {
  value: T
  label: string
  /** Shown after the label, outside the tab's accessible name when it hides itself (a count badge). */
  adornment?: ReactNode
}

type Orientation = 'horizontal' | 'vertical'
type Move = (index: number, count: number) => number

const FIRST: Move = () => 0
const LAST: Move = (_, count) => count - 1
const NEXT: Move = (index) => index + 1
const PREVIOUS: Move = (index) => index - 1
const KEY_MOVES: Record<Orientation, Record<string, Move>> = {
  horizontal: { ArrowRight: NEXT, ArrowLeft: PREVIOUS, Home: FIRST, End: LAST },
  vertical: { ArrowDown: NEXT, ArrowUp: PREVIOUS, Home: FIRST, End: LAST },
}

export function Tabs<T extends string>({
  label,
  orientation,
  tabs,
  selected,
  onSelect,
  tabId,
  panelId,
}: {
  label: string
  orientation: Orientation
  tabs: readonly TabChoice<T>[]
  selected: T
  onSelect: (value: T) => void
  tabId: (value: T) => string
  panelId: string
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[orientation][event.key]
    if (!move) return
    event.preventDefault()
    const index = tabs.findIndex((tab) => tab.value === selected)
    const target = tabs[(move(index, tabs.length) + tabs.length) % tabs.length]
    if (!target) return
    onSelect(target.value)
    document.getElementById(tabId(target.value))?.focus()
  }
  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation={orientation}
      className={styles[orientation]}
      onKeyDown={onKeyDown}
    >
      {tabs.map(({ value, label: tabLabel, adornment }) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={tabId(value)}
          aria-selected={value === selected}
          aria-controls={panelId}
          tabIndex={value === selected ? 0 : -1}
          className={styles.tab}
          onClick={() => onSelect(value)}
        >
          {tabLabel}
          {adornment}
        </button>
      ))}
    </div>
  )
}
