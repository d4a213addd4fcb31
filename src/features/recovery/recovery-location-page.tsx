// Specify Alternate Recovery Location: an instance and a database name, or a network folder (a UNC path,
// checked as it is typed). The agents' answers come back as errors beside the fields.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { parseNetworkFolder } from '../../domain/recovery'
import type { LocationErrors } from './check-destination'
import { InstancePicker } from './instance-picker'
import type { RecoveryDraft } from './recovery-draft'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '520px' },
})

interface Props {
  draft: RecoveryDraft
  update: (change: Partial<RecoveryDraft>) => void
  errors: LocationErrors
  onRetry: () => void
}

export function RecoveryLocationPage({ draft, update, errors, onRetry }: Props) {
  const styles = useStyles()
  const [folderTyped, setFolderTyped] = useState(false)
  const agentError = errors.agent && (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{errors.agent}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Retry</Button>
      </MessageBarActions>
    </MessageBar>
  )
  if (draft.type === 'network-folder') {
    const typed = parseNetworkFolder(draft.folder)
    const asTyped = folderTyped && 'error' in typed ? typed.error : undefined
    return (
      <div className={styles.page}>
        <Field
          label="Network folder"
          required
          hint="The folder on a computer with a protection agent, as \\server\share\folder."
          validationMessage={asTyped ?? errors.folder}
        >
          <Input
            value={draft.folder}
            onChange={(_, data) => {
              setFolderTyped(true)
              update({ folder: data.value })
            }}
          />
        </Field>
        {agentError}
      </div>
    )
  }
  return (
    <div className={styles.page}>
      <InstancePicker
        value={draft.instance}
        onChange={(instance) => update({ instance })}
        error={errors.instance}
      />
      <Field
        label="Database name"
        required
        hint="A database of that name must not exist on the instance."
        validationMessage={errors.databaseName}
      >
        <Input value={draft.databaseName} onChange={(_, data) => update({ databaseName: data.value })} />
      </Field>
      {agentError}
    </div>
  )
}
