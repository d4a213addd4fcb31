// A destructive action (deleting replicas and their recovery points) asks the admin to type what is deleted.
import { Field, Input } from '@fluentui/react-components'

interface Props {
  /** Accepted answers, e.g. the database name and DELETE. */
  accepted: string[]
  value: string
  onChange: (value: string) => void
  /** Show the error: the admin tried to confirm with a wrong answer. */
  showError: boolean
}

export const isConfirmed = (value: string, accepted: readonly string[]) => accepted.includes(value.trim())

export function TypedConfirmation({ accepted, value, onChange, showError }: Props) {
  const answers = accepted.map((answer) => `"${answer}"`).join(' or ')
  return (
    <Field
      label={`To confirm, type ${answers}`}
      validationState={showError && !isConfirmed(value, accepted) ? 'error' : 'none'}
      validationMessage={
        showError && !isConfirmed(value, accepted)
          ? `Type ${answers} exactly to delete the data; nothing was deleted.`
          : undefined
      }
    >
      <Input value={value} onChange={(_, data) => onChange(data.value)} autoComplete="off" />
    </Field>
  )
}
