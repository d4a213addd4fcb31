import { Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { updateWizardDraft } from '../../dpm/protection-wizard-store'
import { messagesOf, type PageProps } from './wizard-page-body'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  reason: { marginLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    border: 'none',
    padding: 0,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
})

export function DataProtectionMethodPage({ draft, problems }: PageProps) {
  const styles = useStyles()
  const nameError = messagesOf(problems, 'name')
  const methodError = messagesOf(problems, 'methods')
  return (
    <div className={styles.form}>
      <Field label="Protection group name" required validationMessage={nameError}>
        <Input
          value={draft.name}
          maxLength={200}
          onChange={(_, data) => updateWizardDraft((d) => ({ ...d, name: data.value, dirty: true }))}
        />
      </Field>
      <fieldset className={styles.group}>
        <legend>Select the protection methods</legend>
        <Checkbox
          label="I want short-term protection using Disk"
          checked={draft.shortTermDisk}
          onChange={(_, data) =>
            updateWizardDraft((d) => ({ ...d, shortTermDisk: data.checked === true, dirty: true }))
          }
        />
        {methodError && (
          <Text role="alert" className={styles.error}>
            {methodError}
          </Text>
        )}
        <Checkbox
          label="I want long-term protection using tape"
          checked={false}
          disabled
          aria-describedby="no-tape-reason"
        />
        <Text id="no-tape-reason" size={200} className={styles.reason}>
          Not available: no tape library is attached to this DPM server.
        </Text>
        <Checkbox
          label="I want online protection"
          checked={false}
          disabled
          aria-describedby="no-online-reason"
        />
        <Text id="no-online-reason" size={200} className={styles.reason}>
          Not available: the online protection agent is not installed on this DPM server.
        </Text>
      </fieldset>
    </div>
  )
}
