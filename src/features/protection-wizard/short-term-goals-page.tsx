import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components'
import { SYNC_FREQUENCIES_MINUTES } from '../../domain/protection/protection'
import {
  expressFullOnlyMembers,
  expressFullOnlyMessage,
  formatSyncFrequency,
  RETENTION_MAX_DAYS,
  RETENTION_MIN_DAYS,
} from '../../domain/protection/short-term-goals'
import { updateWizardDraft } from '../../dpm/protection-wizard-store'
import { ExpressFullScheduleEditor } from './express-full-schedule-editor'
import { messagesOf, type PageProps } from './page-props'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  group: { border: 'none', padding: 0, margin: 0 },
})

export function ShortTermGoalsPage({ draft, problems }: PageProps) {
  const styles = useStyles()
  const expressOnly = expressFullOnlyMembers(draft.members.map((m) => m.member))
  // Error 31016: these databases can only get express full backups, so synchronization is not a choice.
  const forced = expressOnly.length > 0
  const frequency = forced ? 'before-recovery-point' : draft.policy.syncFrequency
  const lastMinutes = typeof draft.policy.syncFrequency === 'number' ? draft.policy.syncFrequency : 15
  const setFrequency = (syncFrequency: typeof frequency) =>
    updateWizardDraft((d) => ({ ...d, policy: { ...d.policy, syncFrequency }, dirty: true }))
  return (
    <div className={styles.form}>
      <Text>Short-term protection on disk, for every data source of the group.</Text>
      <Field
        label="Retention range"
        hint={`Days of recovery points kept on disk (${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS}).`}
        validationMessage={messagesOf(problems, 'retention')}
      >
        <Input
          type="number"
          min={RETENTION_MIN_DAYS}
          max={RETENTION_MAX_DAYS}
          contentAfter="days"
          value={draft.retentionText}
          onChange={(_, data) => {
            const days = Number(data.value)
            updateWizardDraft((d) => ({
              ...d,
              retentionText: data.value,
              policy:
                Number.isInteger(days) && days >= RETENTION_MIN_DAYS && days <= RETENTION_MAX_DAYS
                  ? { ...d.policy, retentionDays: days }
                  : d.policy,
              dirty: true,
            }))
          }}
        />
      </Field>
      <fieldset className={styles.group}>
        <legend>Synchronization</legend>
        {forced && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{expressFullOnlyMessage(expressOnly)}</MessageBarBody>
          </MessageBar>
        )}
        <RadioGroup
          aria-label="Synchronization"
          value={frequency === 'before-recovery-point' ? 'before' : 'every'}
          onChange={(_, data) =>
            setFrequency(data.value === 'before' ? 'before-recovery-point' : lastMinutes)
          }
          disabled={forced}
        >
          <div className={styles.row}>
            <Radio value="every" label="Synchronize at this frequency" />
            <Field
              label="Synchronization frequency"
              validationMessage={messagesOf(problems, 'sync-frequency')}
            >
              <Select
                value={String(lastMinutes)}
                disabled={forced || frequency === 'before-recovery-point'}
                onChange={(_, data) => setFrequency(Number(data.value))}
              >
                {SYNC_FREQUENCIES_MINUTES.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {formatSyncFrequency(minutes)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Radio value="before" label="Just before a recovery point" />
        </RadioGroup>
      </fieldset>
      <ExpressFullScheduleEditor draft={draft} message={messagesOf(problems, 'schedule')} />
    </div>
  )
}
