// Remove inactive protection: deletes retained replicas and their recovery points (destructive, so typed).
import { Button, DialogActions, DialogBody, DialogContent, DialogTitle } from '@fluentui/react-components'
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
  recoveryPointCount: number
  onClose: () => void
}

export function RemoveInactiveDialog({ members, recoveryPointCount, onClose }: Props) {
  const [answer, setAnswer] = useState('')
  const [tried, setTried] = useState(false)
  const action = useAdminAction()
  const accepted = members.length === 1 && members[0] ? [databaseName(members[0].path), 'DELETE'] : ['DELETE']

  const submit = async () => {
    setTried(true)
    if (!isConfirmed(answer, accepted)) return
    const ids = members.map((ds) => ds.id)
    if (await action.run('Remove inactive protection', () => stopProtectionOf(ids, 'delete'))) onClose()
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove inactive protection</DialogTitle>
          <DialogContent>
            <p>
              The retained replicas of these members and their {recoveryPointCount} recovery points will be
              deleted from disk. They can no longer be recovered.
            </p>
            <ul aria-label="Members to remove">
              {members.map((ds) => (
                <li key={ds.id}>{ds.path}</li>
              ))}
            </ul>
            <TypedConfirmation accepted={accepted} value={answer} onChange={setAnswer} showError={tried} />
            <AdminActionError action={action} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={submit} disabled={action.pending}>
              Remove
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
