// The Reporting tab's list of reports: a vertical tablist in the navigation pane. Up/Down (and Home/End) move
// and select, as DPM's own navigation lists.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { KeyboardEvent } from 'react'
import { REPORT_LABELS, type ReportKind } from './reporting-view-store'

const REPORTS = Object.keys(REPORT_LABELS) as ReportKind[]

export const reportTabId = (report: ReportKind) => `report-tab-${report}`
export const REPORT_PANEL_ID = 'report-panel'

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

const KEY_MOVES: Record<string, (index: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: () => REPORTS.length - 1,
}

export function ReportTabs({
  report,
  onSelect,
}: {
  report: ReportKind
  onSelect: (report: ReportKind) => void
}) {
  const styles = useStyles()
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[event.key]
    if (!move) return
    event.preventDefault()
    const target = REPORTS[(move(REPORTS.indexOf(report)) + REPORTS.length) % REPORTS.length] as ReportKind
    onSelect(target)
    document.getElementById(reportTabId(target))?.focus()
  }
  return (
    <div
      role="tablist"
      aria-label="Reports"
      aria-orientation="vertical"
      className={styles.list}
      onKeyDown={onKeyDown}
    >
      {REPORTS.map((value) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={reportTabId(value)}
          aria-selected={value === report}
          aria-controls={REPORT_PANEL_ID}
          tabIndex={value === report ? 0 : -1}
          className={mergeClasses(styles.tab, value === report && styles.selected)}
          onClick={() => onSelect(value)}
        >
          {REPORT_LABELS[value]}
        </button>
      ))}
    </div>
  )
}
