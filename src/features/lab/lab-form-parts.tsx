// What every lab form shares: its column layout, and what its last action came to (an error as an alert next
// to the form, or what it did as a status), so each form states only its own fields and words.
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

export const useLabFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
})

/** The outcome under a lab form: `error` when the last action failed, else `done` when it did something. */
export function LabFormOutcome({ error, done }: { error?: string; done?: ReactNode }) {
  if (error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    )
  }
  return done ? <p role="status">{done}</p> : null
}
