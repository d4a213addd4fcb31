// A vertical tablist for a screen's navigation pane (Monitoring views, Reports). Hand-rolled because Fluent's
// TabList adds hidden focusable elements that axe reports; Up/Down (and Home/End) move and select, wrapping
// around, as DPM's own navigation lists.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { KeyboardEvent } from 'react'

export interface TabChoice<T extends string> {
  value: T
  label: string
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  tab: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderLeft: '3px solid transparent',
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

const KEY_MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
}

export function VerticalTabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  tabId,
  panelId,
}: {
  label: string
  tabs: readonly TabChoice<T>[]
  selected: T
  onSelect: (value: T) => void
  tabId: (value: T) => string
  panelId: string
}) {
  const styles = useStyles()
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[event.key]
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
      aria-orientation="vertical"
      className={styles.list}
      onKeyDown={onKeyDown}
    >
      {tabs.map(({ value, label: tabLabel }) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={tabId(value)}
          aria-selected={value === selected}
          aria-controls={panelId}
          tabIndex={value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, value === selected && styles.selected)}
          onClick={() => onSelect(value)}
        >
          {tabLabel}
        </button>
      ))}
    </div>
  )
}
