// Specify Recovery Options: network bandwidth usage throttling and the e-mail notification, checked as typed.
import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { checkOptions, type RecoveryDraft } from './recovery-draft'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '520px' },
  nested: { marginInlineStart: '32px' },
})

interface Props {
  draft: RecoveryDraft
  update: (change: Partial<RecoveryDraft>) => void
  /** Next was refused on this page. */
  attempted: boolean
}

export function RecoveryOptionsPage({ draft, update, attempted }: Props) {
  const styles = useStyles()
  const asTyped = useValidationAsTyped<'throttle' | 'recipients'>(attempted)
  const errors = checkOptions(draft)
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
          validationMessage={asTyped.message('throttle', draft.throttleMbps, errors.throttle)}
          hint="The recovery uses at most this much of the network."
        >
          <Input
            inputMode="numeric"
            value={draft.throttleMbps}
            onChange={(_, data) => {
              asTyped.changed('throttle')
              update({ throttleMbps: data.value })
            }}
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
          validationMessage={asTyped.message('recipients', draft.recipients, errors.recipients)}
          hint="E-mail addresses separated by commas."
        >
          <Input
            value={draft.recipients}
            onChange={(_, data) => {
              asTyped.changed('recipients')
              update({ recipients: data.value })
            }}
          />
        </Field>
      )}
    </div>
  )
}
