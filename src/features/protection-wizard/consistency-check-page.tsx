import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import type { ConsistencyCheckOptions } from '../../domain/protection/protection'
import { updateWizardDraft } from '../../dpm/protection-wizard-store'
import { messagesOf, type PageProps } from './page-props'
import { MAX_CHECK_DURATION_HOURS } from './page-validation'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '620px' },
  nested: { marginLeft: tokens.spacingHorizontalXXL, display: 'flex', gap: tokens.spacingHorizontalL },
})

const DEFAULT_DAILY = { start: '01:00', maxDurationHours: 8 }

export function ConsistencyCheckPage({ draft, problems }: PageProps) {
  const styles = useStyles()
  const options = draft.policy.consistencyCheck
  const set = (change: (o: ConsistencyCheckOptions) => ConsistencyCheckOptions) =>
    updateWizardDraft((d) => ({
      ...d,
      policy: { ...d.policy, consistencyCheck: change(d.policy.consistencyCheck) },
      dirty: true,
    }))
  const daily = options.daily
  return (
    <div className={styles.form}>
      <Checkbox
        label="Run a consistency check if a replica becomes inconsistent"
        checked={options.onInconsistent}
        onChange={(_, data) => set((o) => ({ ...o, onInconsistent: data.checked === true }))}
      />
      <Checkbox
        label="Run a daily consistency check according to the following schedule"
        checked={daily !== undefined}
        onChange={(_, data) =>
          set((o) => ({ ...o, daily: data.checked ? (o.daily ?? DEFAULT_DAILY) : undefined }))
        }
      />
      {daily && (
        <div className={styles.nested}>
          <Field label="Start time (UTC)" validationMessage={messagesOf(problems, 'daily-start')}>
            <Input
              type="time"
              value={daily.start}
              onChange={(_, data) =>
                set((o) => ({ ...o, daily: { ...DEFAULT_DAILY, ...o.daily, start: data.value } }))
              }
            />
          </Field>
          <Field
            label="Maximum duration (Hours)"
            hint={`1 to ${MAX_CHECK_DURATION_HOURS}`}
            validationMessage={messagesOf(problems, 'daily-duration')}
          >
            <Input
              type="number"
              min={1}
              max={MAX_CHECK_DURATION_HOURS}
              value={Number.isFinite(daily.maxDurationHours) ? String(daily.maxDurationHours) : ''}
              onChange={(_, data) =>
                set((o) => ({
                  ...o,
                  daily: {
                    ...DEFAULT_DAILY,
                    ...o.daily,
                    maxDurationHours: data.value === '' ? Number.NaN : Number(data.value),
                  },
                }))
              }
            />
          </Field>
        </div>
      )}
    </div>
  )
}
