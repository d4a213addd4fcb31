import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components'
import { useEffect, useState } from 'react'
import type { BackupKind } from '../../domain/engine/alert-actions'

export interface RecoveryPointMenuProps {
  disabled: boolean
  /** Open as it appears: the admin clicked the button before the menu's code had loaded. */
  openAtOnce?: boolean
  onCreate: (kind: BackupKind) => void
}

/** Create recovery point, as in DPM: an express full backup or a synchronization of the selected member. */
export function RecoveryPointMenu({ disabled, openAtOnce = false, onCreate }: RecoveryPointMenuProps) {
  const [open, setOpen] = useState(openAtOnce && !disabled)
  // The click may land as the menu's code arrives, once the menu is already there: it opens then too.
  useEffect(() => {
    if (openAtOnce && !disabled) setOpen(true)
  }, [openAtOnce, disabled])
  return (
    <Menu open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" disabled={disabled} aria-haspopup="menu">
          Create recovery point
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => onCreate('express-full')}>Express full backup</MenuItem>
          <MenuItem onClick={() => onCreate('synchronization')}>Synchronize</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}
