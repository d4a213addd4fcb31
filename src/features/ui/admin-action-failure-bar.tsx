import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components'
import type { AdminAction } from './use-admin-action'

/** The failure of an admin action, with Retry and Dismiss. */
export function AdminActionFailureBar({ action }: { action: AdminAction }) {
  const { failure } = action
  if (!failure) return null
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{failure.title} failed</MessageBarTitle>
        {failure.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={failure.retry} disabled={action.pending}>
          Retry
        </Button>
        <Button appearance="transparent" onClick={action.dismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
