// The Protection tab's actions, acting on the selected row as in DPM's ribbon.
import { Button } from '@fluentui/react-components'
import { lazy, Suspense, useState } from 'react'
import type { BackupKind } from '../../domain/engine/alert-actions'
import { openProtectionWizard } from '../../dpm/protection-wizard-store'
import { ActionToolbar } from '../ui/action-toolbar'
import { usePainted } from '../ui/use-painted'
import {
  groupToModify,
  type ProtectionSelection,
  protectedMembers,
  retainedMembers,
} from './protection-selection'
import styles from './protection-toolbar.module.css'
import type { RecoveryPointMenuProps } from './recovery-point-menu'

// The menu and its positioning engine load just after the tab has painted: the first paint does not wait for them.
const RecoveryPointMenu = lazy(() =>
  import('./recovery-point-menu').then((m) => ({ default: m.RecoveryPointMenu })),
)

/** The menu once its code is there; until then a button that opens it as soon as it is. */
function CreateRecoveryPoint({ disabled, onCreate }: RecoveryPointMenuProps) {
  const painted = usePainted()
  const [clicked, setClicked] = useState(false)
  const waiting = (
    <Button appearance="subtle" disabled={disabled} aria-haspopup="menu" onClick={() => setClicked(true)}>
      Create recovery point
    </Button>
  )
  if (!painted && !clicked) return waiting
  return (
    <Suspense fallback={waiting}>
      <RecoveryPointMenu disabled={disabled} openAtOnce={clicked} onCreate={onCreate} />
    </Suspense>
  )
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
  const modifyGroupId = groupToModify(selection)
  const noneProtected = protectedMembers(selection).length === 0
  return (
    <ActionToolbar label="Protection actions">
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
      <hr aria-orientation="vertical" className={styles.separator} />
      <Button appearance="subtle" disabled={noneProtected} onClick={onStopProtection}>
        Stop protection
      </Button>
      <Button appearance="subtle" disabled={noneProtected || busy} onClick={onConsistencyCheck}>
        Consistency check
      </Button>
      <CreateRecoveryPoint disabled={noneProtected || busy} onCreate={onCreateRecoveryPoint} />
      <hr aria-orientation="vertical" className={styles.separator} />
      <Button
        appearance="subtle"
        disabled={retainedMembers(selection).length === 0}
        onClick={onRemoveInactive}
      >
        Remove inactive protection
      </Button>
    </ActionToolbar>
  )
}
