// A DPM screen with a navigation pane on the left (a vertical tablist and its options, such as Group by or
// Period) and the selected tab's panel beside it: the Monitoring and Reporting tabs.
import type { ReactNode } from 'react'
import styles from './navigation-pane-screen.module.css'
import { type TabChoice, Tabs } from './tabs'

export function NavigationPaneScreen<T extends string>({
  label,
  tabsLabel,
  idPrefix,
  tabs,
  selected,
  onSelect,
  options,
  panelClassName,
  children,
}: {
  /** The navigation pane's name, e.g. Monitoring. */
  label: string
  tabsLabel: string
  /** Tabs get the ids PREFIX-tab-VALUE and the panel PREFIX-panel. */
  idPrefix: string
  tabs: readonly TabChoice<T>[]
  selected: T
  onSelect: (value: T) => void
  /** Shown under the tabs. */
  options: ReactNode
  panelClassName?: string
  children: ReactNode
}) {
  const tabId = (value: T) => `${idPrefix}-tab-${value}`
  const panelId = `${idPrefix}-panel`
  return (
    <div className={styles.screen}>
      <nav aria-label={label} className={styles.nav}>
        <Tabs
          label={tabsLabel}
          orientation="vertical"
          tabs={tabs}
          selected={selected}
          onSelect={onSelect}
          tabId={tabId}
          panelId={panelId}
        />
        {options}
      </nav>
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={tabId(selected)}
        className={panelClassName ? `${styles.panel} ${panelClassName}` : styles.panel}
      >
        {children}
      </div>
    </div>
  )
}
