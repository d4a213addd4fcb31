// DPM's Stop Protection: keep the replicas (Inactive protection, recovery points recoverable until they
// expire) or delete them from disk, which asks for a typed confirmation.
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { DataSource } from '../../domain/protection/protection'
import { stopProtectionOf } from '../../dpm/protection-actions'
import { AdminActionError } from '../ui/admin-action-error'
import { Dialog, DialogSurface } from '../ui/dialog'
import { useAdminAction } from '../ui/use-admin-action'
import { databaseName } from './protection-selection'
import { isConfirmed, TypedConfirmation } from './typed-confirmation'

interface Props {
  members: DataSource[]
  onClose: () => void
}

export function StopProtectionDialog({ members, onClose }: Props) {
  const [mode, setMode] = useState<'retain' | 'delete'>('retain')
  const [answer, setAnswer] = useState('')
  const [tried, setTried] = useState(false)
  const action = useAdminAction()
  const accepted = members.length === 1 && members[0] ? [databaseName(members[0].path), 'DELETE'] : ['DELETE']

  const submit = async () => {
    setTried(true)
    if (mode === 'delete' && !isConfirmed(answer, accepted)) return
    const ids = members.map((ds) => ds.id)
    if (await action.run('Stop protection', () => stopProtectionOf(ids, mode))) onClose()
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Stop Protection</DialogTitle>
          <DialogContent>
            <p>You have chosen to stop protection of:</p>
            <ul aria-label="Members to stop protecting">
              {members.map((ds) => (
                <li key={ds.id}>{ds.path}</li>
              ))}
            </ul>
            <RadioGroup
              aria-label="Replicas"
              value={mode}
              onChange={(_, data) => setMode(data.value as 'retain' | 'delete')}
            >
              <Radio value="retain" label="Retain replicas on disk" />
              <Radio value="delete" label="Delete data source replicas from disk" />
            </RadioGroup>
            <p>
              {mode === 'retain'
                ? 'The members move to Inactive protection; their recovery points stay recoverable until they expire. Protecting the same database again re-associates its replica.'
                : 'The replicas and all their recovery points are deleted. This cannot be undone.'}
            </p>
            {mode === 'delete' && (
              <TypedConfirmation accepted={accepted} value={answer} onChange={setAnswer} showError={tried} />
            )}
            <AdminActionError action={action} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={submit} disabled={action.pending}>
              Stop Protection
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
