// Specify Recovery Options: network bandwidth usage throttling and the e-mail notification.
import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import type { OptionErrors, RecoveryDraft } from './recovery-draft'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '520px' },
  nested: { marginInlineStart: '32px' },
})

interface Props {
  draft: RecoveryDraft
  update: (change: Partial<RecoveryDraft>) => void
  errors: OptionErrors
}

export function RecoveryOptionsPage({ draft, update, errors }: Props) {
  const styles = useStyles()
  return (
    <div className={styles.page}>
      <Checkbox
        label="Enable network bandwidth usage throttling"
        checked={draft.throttle}
        onChange={(_, data) => update({ throttle: data.checked === true })}
      />
      {draft.throttle && (
        <Field
          className={styles.nested}
          label="Bandwidth limit (Mbps)"
          validationMessage={errors.throttle}
          hint="The recovery uses at most this much of the network."
        >
          <Input
            inputMode="numeric"
            value={draft.throttleMbps}
            onChange={(_, data) => update({ throttleMbps: data.value })}
          />
        </Field>
      )}
      <Checkbox
        label="Send an e-mail when the recovery completes"
        checked={draft.notify}
        onChange={(_, data) => update({ notify: data.checked === true })}
      />
      {draft.notify && (
        <Field
          className={styles.nested}
          label="Recipients"
          validationMessage={errors.recipients}
          hint="E-mail addresses separated by commas."
        >
          <Input value={draft.recipients} onChange={(_, data) => update({ recipients: data.value })} />
        </Field>
      )}
    </div>
  )
}
