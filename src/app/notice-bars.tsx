import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { dismissNotice, noticesStore } from './notices'

/** What the console has to tell the admin about its own state, until dismissed. */
export function NoticeBars() {
  const notices = useStore(noticesStore, (state) => state.notices)
  return notices.map((notice) => (
    <MessageBar key={notice} intent="warning">
      <MessageBarBody>{notice}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => dismissNotice(notice)}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  ))
}
