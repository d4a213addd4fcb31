// Specify Alternate Recovery Location: an instance and a database name, or a network folder (a UNC path).
// Each field is checked as it is typed; the agents' answers (Next) come back as errors beside the fields.
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
import {
  parseNetworkFolder,
  validateDatabaseName,
  validateInstancePath,
} from '../../domain/recovery/recovery'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import type { LocationErrors } from './check-destination'
import { InstancePicker } from './instance-picker'
import type { RecoveryDraft } from './recovery-draft'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '520px' },
})

interface Props {
  draft: RecoveryDraft
  update: (change: Partial<RecoveryDraft>) => void
  /** What the agents answered to Next; the wizard clears it when a field changes. */
  errors: LocationErrors
  /** Next was refused on this page. */
  attempted: boolean
  onRetry: () => void
}

export function RecoveryLocationPage({ draft, update, errors, attempted, onRetry }: Props) {
  const styles = useStyles()
  const asTyped = useValidationAsTyped<'folder' | 'instance' | 'databaseName'>(attempted)
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
    const folderError = asTyped.message('folder', draft.folder, 'error' in typed ? typed.error : undefined)
    return (
      <div className={styles.page}>
        <Field
          label="Network folder"
          required
          hint="The folder on a computer with a protection agent, as \\server\share\folder."
          validationMessage={folderError ?? errors.folder}
        >
          <Input
            value={draft.folder}
            onChange={(_, data) => {
              asTyped.changed('folder')
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
        onChange={(instance) => {
          asTyped.changed('instance')
          update({ instance })
        }}
        error={
          asTyped.message('instance', draft.instance, validateInstancePath(draft.instance)) ?? errors.instance
        }
      />
      <Field
        label="Database name"
        required
        hint="A database of that name must not exist on the instance."
        validationMessage={
          asTyped.message('databaseName', draft.databaseName, validateDatabaseName(draft.databaseName)) ??
          errors.databaseName
        }
      >
        <Input
          value={draft.databaseName}
          onChange={(_, data) => {
            asTyped.changed('databaseName')
            update({ databaseName: data.value })
          }}
        />
      </Field>
      {agentError}
    </div>
  )
}
