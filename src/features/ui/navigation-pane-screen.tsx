// A DPM screen with a navigation pane on the left (a vertical tablist and its options, such as Group by or
// Period) and the selected tab's panel beside it: the Monitoring and Reporting tabs.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { type TabChoice, Tabs } from './tabs'

const useStyles = makeStyles({
  screen: { display: 'flex', flex: 1, minHeight: 0 },
  nav: {
    width: '200px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
})

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
  const styles = useStyles()
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
        className={mergeClasses(styles.panel, panelClassName)}
      >
        {children}
      </div>
    </div>
  )
}
