import { Button, DialogActions, DialogBody, DialogContent, DialogTitle } from '@fluentui/react-components'
import type { WizardTarget } from '../../dpm/protection-wizard-store'
import { Dialog, DialogSurface } from '../ui/dialog'
import { WIZARD_TITLES } from './wizard-pages'

/** Cancel on a draft with choices in it asks first. */
export function ConfirmDiscard({
  mode,
  open,
  onKeep,
  onDiscard,
}: {
  mode: WizardTarget['mode']
  open: boolean
  onKeep: () => void
  onDiscard: () => void
}) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {mode === 'modify'
              ? 'Discard the changes to this protection group?'
              : 'Discard this protection group?'}
          </DialogTitle>
          <DialogContent>
            The choices made in the {WIZARD_TITLES[mode]} wizard will be lost.{' '}
            {mode === 'modify' ? 'The protection group stays as it was.' : 'Nothing has been protected yet.'}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              Keep editing
            </Button>
            <Button onClick={onDiscard}>Discard</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
