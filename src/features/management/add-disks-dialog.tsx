// Add Disks to Storage Pool: the disks the last rescan found that are not in the pool yet.
import {
  Button,
  Checkbox,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { StorageDisk } from '../../domain/protection/protection'
import { Dialog, DialogSurface } from '../ui/dialog'
import { formatMegabytes } from '../ui/format'

export function AddDisksDialog({
  available,
  onAdd,
  onCancel,
}: {
  available: readonly StorageDisk[]
  onAdd: (disks: StorageDisk[]) => void
  onCancel: () => void
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (name: string, checked: boolean) =>
    setChosen((current) => {
      const next = new Set(current)
      if (checked) next.add(name)
      else next.delete(name)
      return next
    })
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Add Disks to Storage Pool</DialogTitle>
          <DialogContent>
            {available.length === 0 ? (
              <p>
                No disks are available: every disk the last rescan found is in the storage pool. Attach a disk
                to the DPM server (Lab), then Rescan.
              </p>
            ) : (
              <fieldset style={{ border: 'none', padding: 0 }}>
                <legend>Available disks</legend>
                {available.map((disk) => (
                  <Checkbox
                    key={disk.name}
                    label={`${disk.name} (${formatMegabytes(disk.sizeMb)})`}
                    checked={chosen.has(disk.name)}
                    onChange={(_, data) => toggle(disk.name, data.checked === true)}
                  />
                ))}
              </fieldset>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={chosen.size === 0}
              onClick={() => onAdd(available.filter((disk) => chosen.has(disk.name)))}
            >
              Add
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
