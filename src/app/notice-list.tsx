import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { dismissNotice } from './notices'

export function NoticeList({ notices }: { notices: readonly string[] }) {
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
