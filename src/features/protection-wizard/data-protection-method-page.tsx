import { Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { updateWizardDraft } from '../../dpm/protection-wizard-store'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { messagesOf, type RequiredFieldPageProps } from './page-props'

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

export function DataProtectionMethodPage({ draft, problems, attempted }: RequiredFieldPageProps) {
  const styles = useStyles()
  const asTyped = useValidationAsTyped<'name'>(attempted)
  const nameError = asTyped.message('name', draft.name, messagesOf(problems, 'name'))
  const methodError = messagesOf(problems, 'methods')
  return (
    <div className={styles.form}>
      <Field label="Protection group name" required validationMessage={nameError}>
        <Input
          value={draft.name}
          maxLength={200}
          onChange={(_, data) => {
            asTyped.changed('name')
            updateWizardDraft((d) => ({ ...d, name: data.value, dirty: true }))
          }}
        />
      </Field>
      <fieldset className={styles.group}>
        <legend>Select the protection methods</legend>
        <Checkbox
          label="I want short-term protection using Disk"
          checked={draft.shortTermDisk}
          aria-describedby={methodError ? 'method-error' : undefined}
          onChange={(_, data) =>
            updateWizardDraft((d) => ({ ...d, shortTermDisk: data.checked === true, dirty: true }))
          }
        />
        {methodError && (
          <Text id="method-error" role="alert" className={styles.error}>
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
