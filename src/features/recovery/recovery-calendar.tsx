// DPM's recovery calendar: the days that hold recovery points are bold and can be picked; the others cannot.
// A table of day buttons: one day in the tab order, arrow keys move between the days that hold recovery
// points.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { type KeyboardEvent, useRef, useState } from 'react'
import { longDay, type Month, monthOfDay, monthTitle, monthWeeks, shiftMonth } from './month-grid'

const WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flex: 1, textAlign: 'center', fontWeight: tokens.fontWeightSemibold },
  row: { display: 'grid', gridTemplateColumns: 'repeat(7, 36px)' },
  weekday: { textAlign: 'center', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  day: {
    width: '34px',
    height: '30px',
    border: 'none',
    background: 'none',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground4,
    fontSize: tokens.fontSizeBase200,
    outlineOffset: '-2px',
  },
  withPoints: {
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
})

interface Props {
  /** Days that hold recovery points, oldest first. */
  days: readonly string[]
  selectedDay?: string
  onSelectDay: (day: string) => void
}

export function RecoveryCalendar({ days, selectedDay, onSelectDay }: Props) {
  const styles = useStyles()
  const withPoints = new Set(days)
  const [month, setMonth] = useState<Month>(() =>
    monthOfDay(selectedDay ?? days[days.length - 1] ?? '1970-01-01'),
  )
  // Follow a selection made elsewhere (a recovery time of another month) into its month.
  const [shownFor, setShownFor] = useState(selectedDay)
  if (selectedDay !== shownFor) {
    setShownFor(selectedDay)
    if (selectedDay) setMonth(monthOfDay(selectedDay))
  }
  const gridRef = useRef<HTMLTableElement>(null)
  const title = monthTitle(month)
  const weeks = monthWeeks(month)

  const pick = (day: string) => {
    onSelectDay(day)
    requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus())
  }

  const onKeyDown = (event: KeyboardEvent, day: string) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key]
    if (!step) return
    event.preventDefault()
    const next = days[days.indexOf(day) + step]
    if (next) pick(next)
  }

  // One day is in the tab order: the selected one when shown, else the month's first day with points.
  const shown = weeks.flat().filter((cell) => cell.inMonth)
  const tabStop =
    shown.find((cell) => cell.day === selectedDay)?.day ?? shown.find((cell) => withPoints.has(cell.day))?.day

  return (
    <div>
      <div className={styles.header}>
        {/* Not "Next": the wizards' Next must stay the only button of that name. */}
        <Button
          size="small"
          appearance="subtle"
          aria-label="Earlier month"
          onClick={() => setMonth(shiftMonth(month, -1))}
        >
          ‹
        </Button>
        <span className={styles.title} aria-live="polite">
          {title}
        </span>
        <Button
          size="small"
          appearance="subtle"
          aria-label="Later month"
          onClick={() => setMonth(shiftMonth(month, 1))}
        >
          ›
        </Button>
      </div>
      <table ref={gridRef} aria-label={`Recovery dates, ${title}`}>
        <thead>
          <tr className={styles.row}>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col" className={styles.weekday}>
                {weekday}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day} className={styles.row}>
              {week.map(({ day, inMonth }) => {
                const has = inMonth && withPoints.has(day)
                const selected = inMonth && day === selectedDay
                return (
                  <td key={day}>
                    {inMonth && (
                      <button
                        type="button"
                        data-day={day}
                        aria-label={`${longDay(day)}${has ? ', has recovery points' : ''}`}
                        aria-pressed={selected}
                        disabled={!has}
                        tabIndex={day === tabStop ? 0 : -1}
                        className={mergeClasses(
                          styles.day,
                          has && styles.withPoints,
                          selected && styles.selected,
                        )}
                        onClick={() => pick(day)}
                        onKeyDown={(event) => onKeyDown(event, day)}
                      >
                        {Number(day.slice(8))}
                      </button>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
