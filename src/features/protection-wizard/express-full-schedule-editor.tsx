// Application recovery points: the express full backup schedule (default 8:00 PM Everyday), changed with
// Modify: times and days, at least one of each. Checked as typed: the schedule's message shows beside it and
// describes each time field that is wrong.
import { Button, Checkbox, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { type ReactElement, useId, useState } from 'react'
import type { ExpressFullSchedule, Weekday } from '../../domain/protection/protection'
import {
  formatExpressFullSchedule,
  isBadScheduleTime,
  sortedDays,
  WEEKDAY_NAMES,
} from '../../domain/protection/short-term-goals'
import { updateWizardDraft, type WizardDraft } from '../../dpm/protection-wizard-store'

const useStyles = makeStyles({
  group: {
    border: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  editor: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  days: {
    border: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
})

const DAYS: Weekday[] = [0, 1, 2, 3, 4, 5, 6]

export function ExpressFullScheduleEditor({
  draft,
  message,
}: {
  draft: WizardDraft
  message?: ReactElement
}) {
  const styles = useStyles()
  const [open, setOpen] = useState(false)
  const editorId = useId()
  const errorId = useId()
  const schedule = draft.policy.expressFull
  const setSchedule = (change: (s: ExpressFullSchedule) => ExpressFullSchedule) =>
    updateWizardDraft((d) => ({
      ...d,
      policy: { ...d.policy, expressFull: change(d.policy.expressFull) },
      dirty: true,
    }))
  return (
    <fieldset className={styles.group} aria-describedby={message ? errorId : undefined}>
      <legend>Application recovery points</legend>
      <div className={styles.row}>
        <Text>
          Express Full Backup: <strong>{formatExpressFullSchedule(schedule)}</strong>
        </Text>
        <Button aria-expanded={open} aria-controls={editorId} onClick={() => setOpen(!open)}>
          Modify
        </Button>
      </div>
      {message && (
        <Text id={errorId} role="alert" className={styles.error}>
          {message}
        </Text>
      )}
      {open && (
        <div id={editorId} className={styles.editor}>
          <Text weight="semibold">Times (UTC)</Text>
          {schedule.times.map((time, index) => {
            const bad = isBadScheduleTime(schedule.times, index)
            return (
              // Keyed by position: a time row is its position; two rows may hold the same time while editing
              <div className={styles.row} key={index}>
                <Input
                  type="time"
                  aria-label={`Express full backup time ${index + 1}`}
                  value={time}
                  aria-invalid={bad || undefined}
                  aria-describedby={bad && message ? errorId : undefined}
                  onChange={(_, data) =>
                    setSchedule((s) => ({
                      ...s,
                      times: s.times.map((t, i) => (i === index ? data.value : t)),
                    }))
                  }
                />
                <Button
                  aria-label={`Remove time ${index + 1}`}
                  onClick={() => setSchedule((s) => ({ ...s, times: s.times.filter((_, i) => i !== index) }))}
                >
                  Remove
                </Button>
              </div>
            )
          })}
          <div className={styles.row}>
            <Button
              onClick={() => setSchedule((s) => ({ ...s, times: [...s.times, nextFreeTime(s.times)] }))}
            >
              Add time
            </Button>
          </div>
          <fieldset className={styles.days}>
            <legend>Days</legend>
            {DAYS.map((day) => (
              <Checkbox
                key={day}
                label={WEEKDAY_NAMES[day]}
                checked={schedule.days.includes(day)}
                onChange={(_, data) =>
                  setSchedule((s) => ({
                    ...s,
                    days: sortedDays(data.checked ? [...s.days, day] : s.days.filter((d) => d !== day)),
                  }))
                }
              />
            ))}
          </fieldset>
        </div>
      )}
    </fieldset>
  )
}

/** A new time row starts at a free whole hour, so it is never a duplicate. */
function nextFreeTime(times: readonly string[]): string {
  for (let hour = 8; hour < 32; hour += 1) {
    const time = `${String(hour % 24).padStart(2, '0')}:00`
    if (!times.includes(time)) return time
  }
  return '00:30'
}
