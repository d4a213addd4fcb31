import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components'

/** Cancel on a draft with choices in it asks first. */
export function ConfirmDiscard({
  open,
  onKeep,
  onDiscard,
}: {
  open: boolean
  onKeep: () => void
  onDiscard: () => void
}) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard this protection group?</DialogTitle>
          <DialogContent>
            The choices made in the Create New Protection Group wizard will be lost. Nothing has been
            protected yet.
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
