// A destructive action (deleting replicas and their recovery points) asks the admin to type what is deleted.
// Checked as typed: a mistyped answer is pointed out at once, not only when the admin confirms.
import { Field, Input } from '@fluentui/react-components'
import { mayBecomeAnswer } from '../ui/typed-answer'

interface Props {
  /** Accepted answers, e.g. the database name and DELETE. */
  accepted: string[]
  value: string
  onChange: (value: string) => void
  /** The admin tried to confirm with a wrong answer: say that nothing was deleted. */
  showError: boolean
}

export const isConfirmed = (value: string, accepted: readonly string[]) => accepted.includes(value.trim())

export function TypedConfirmation({ accepted, value, onChange, showError }: Props) {
  const answers = accepted.map((answer) => `"${answer}"`).join(' or ')
  const message = isConfirmed(value, accepted)
    ? undefined
    : showError
      ? `Type ${answers} exactly to delete the data; nothing was deleted.`
      : mayBecomeAnswer(value, accepted)
        ? undefined
        : `Type ${answers} exactly.`
  return (
    <Field
      label={`To confirm, type ${answers}`}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Input value={value} onChange={(_, data) => onChange(data.value)} autoComplete="off" />
    </Field>
  )
}
