// The Protection tab's actions, acting on the selected row as in DPM's ribbon.
import {
  Button,
  Divider,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { KeyboardEvent } from 'react'
import type { BackupKind } from '../../domain/alert-view'
import { openProtectionWizard } from '../../dpm/protection-wizard-store'
import {
  groupToModify,
  type ProtectionSelection,
  protectedMembers,
  retainedMembers,
} from './protection-selection'

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingHorizontalXS,
  },
  divider: { flexGrow: 0, height: '20px' },
})

/**
 * Left and Right move between the enabled buttons, as in a toolbar. (Fluent's Toolbar is not used: its focus
 * management adds hidden focusable elements that axe reports.)
 */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
  if (!step) return
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (index === -1) return
  event.preventDefault()
  buttons[(index + step + buttons.length) % buttons.length]?.focus()
}

interface Props {
  selection?: ProtectionSelection
  busy: boolean
  onStopProtection: () => void
  onConsistencyCheck: () => void
  onCreateRecoveryPoint: (kind: BackupKind) => void
  onRemoveInactive: () => void
}

export function ProtectionToolbar({
  selection,
  busy,
  onStopProtection,
  onConsistencyCheck,
  onCreateRecoveryPoint,
  onRemoveInactive,
}: Props) {
  const styles = useStyles()
  const modifyGroupId = groupToModify(selection)
  const noneProtected = protectedMembers(selection).length === 0
  return (
    <div role="toolbar" aria-label="Protection actions" className={styles.toolbar} onKeyDown={moveFocus}>
      <Button appearance="subtle" onClick={() => openProtectionWizard({ mode: 'create' })}>
        New
      </Button>
      <Button
        appearance="subtle"
        disabled={modifyGroupId === undefined}
        onClick={() => modifyGroupId && openProtectionWizard({ mode: 'modify', groupId: modifyGroupId })}
      >
        Modify
      </Button>
      <Divider vertical className={styles.divider} />
      <Button appearance="subtle" disabled={noneProtected} onClick={onStopProtection}>
        Stop protection
      </Button>
      <Button appearance="subtle" disabled={noneProtected || busy} onClick={onConsistencyCheck}>
        Consistency check
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" disabled={noneProtected || busy} aria-haspopup="menu">
            Create recovery point
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => onCreateRecoveryPoint('express-full')}>Express full backup</MenuItem>
            <MenuItem onClick={() => onCreateRecoveryPoint('synchronization')}>Synchronize</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Divider vertical className={styles.divider} />
      <Button
        appearance="subtle"
        disabled={retainedMembers(selection).length === 0}
        onClick={onRemoveInactive}
      >
        Remove inactive protection
      </Button>
    </div>
  )
}
