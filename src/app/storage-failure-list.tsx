import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { useState } from 'react'
import { errorMessage } from '../agent-api/error-message'
import { exportStateFile } from '../features/ui/export-state-file'

/** What the browser's storage no longer saves, with Export state; shown until a write succeeds again. */
export function StorageFailureList({ failing }: { failing: readonly string[] }) {
  const [exportError, setExportError] = useState<string>()
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        Changes are not being saved: this browser's storage did not take the {failing.join(' and the ')} (it
        may be full). What changes now is lost when this page is closed or reloaded. Export state keeps a
        copy; the console saves again as soon as the storage takes it.
        {exportError && ` The state could not be exported: ${exportError}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={() =>
            exportStateFile().then(
              () => setExportError(undefined),
              (error) => setExportError(errorMessage(error)),
            )
          }
        >
          Export state
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
