// DPM's Protection tab: the toolbar, the protection groups with their members and status, and the details
// of the selected row.
import { lazy, Suspense, useMemo, useState } from 'react'
import type { BackupKind } from '../../domain/engine/alert-actions'
import { loadProtectionActions, type ProtectionActions } from '../../dpm/load-protection-actions'
import { useServer } from '../../dpm/use-server'
import { AdminActionError } from '../ui/admin-action-error'
import { useAdminAction } from '../ui/use-admin-action'
import { ProtectionDetails } from './protection-details'
import { ProtectionGrid } from './protection-grid'
import styles from './protection-screen.module.css'
import { protectedMembers, resolveSelection, retainedMembers } from './protection-selection'
import { ProtectionToolbar } from './protection-toolbar'
import { indexMembers, protectionTreeRows, runningJobs } from './protection-tree-view'

// The dialogs load on first use, as the engine's actions do: the tab's first paint needs neither.
const StopProtectionDialog = lazy(() =>
  import('./stop-protection-dialog').then((m) => ({ default: m.StopProtectionDialog })),
)
const RemoveInactiveDialog = lazy(() =>
  import('./remove-inactive-dialog').then((m) => ({ default: m.RemoveInactiveDialog })),
)
const ConfirmDialog = lazy(() => import('../ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })))

type OpenDialog = 'stop' | 'consistency-check' | 'remove-inactive'

// DPM's own confirmation before a consistency check.
const CONSISTENCY_CHECK_QUESTION =
  'Consistency check is a time intensive operation and its duration depends on the size of the data source. Do you want to perform the consistency check?'

const RECOVERY_POINT_TITLES: Record<BackupKind, string> = {
  'express-full': 'Express full backup',
  synchronization: 'Synchronization',
}

export function ProtectionScreen() {
  const groups = useServer((state) => state.groups)
  const dataSources = useServer((state) => state.dataSources)
  const recoveryPoints = useServer((state) => state.recoveryPoints)
  const jobs = useServer((state) => state.jobs)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [selectedKey, setSelectedKey] = useState<string>()
  const [dialog, setDialog] = useState<OpenDialog>()
  const action = useAdminAction()

  const index = useMemo(() => indexMembers(dataSources), [dataSources])
  const rows = useMemo(() => protectionTreeRows(groups, index, collapsed), [groups, index, collapsed])
  const running = useMemo(() => runningJobs(jobs), [jobs])
  const selection = resolveSelection(selectedKey, { groups, dataSources }, index)
  const targets = protectedMembers(selection)
  const retained = retainedMembers(selection)

  const toggle = (groupId: string) =>
    setCollapsed((current) => {
      const next = new Set(current)
      if (!next.delete(groupId)) next.add(groupId)
      return next
    })

  const forEachTarget = (
    title: string,
    start: (actions: ProtectionActions, dataSourceId: string) => Promise<unknown>,
  ) =>
    action.run(title, async () => {
      const actions = await loadProtectionActions()
      for (const ds of targets) await start(actions, ds.id)
    })

  return (
    <div className={styles.screen}>
      <div className={styles.toolbar}>
        <ProtectionToolbar
          selection={selection}
          busy={action.pending}
          onStopProtection={() => setDialog('stop')}
          onConsistencyCheck={() => setDialog('consistency-check')}
          onCreateRecoveryPoint={(kind) =>
            void forEachTarget(RECOVERY_POINT_TITLES[kind], (actions, id) =>
              actions.createRecoveryPoint(id, kind),
            )
          }
          onRemoveInactive={() => setDialog('remove-inactive')}
        />
      </div>
      <div className={styles.body}>
        <AdminActionError action={action} />
        <ProtectionGrid
          rows={rows}
          index={index}
          running={running}
          selectedKey={selection ? selectedKey : undefined}
          onSelect={setSelectedKey}
          onToggle={toggle}
        />
      </div>
      <ProtectionDetails
        selection={selection}
        groups={groups}
        recoveryPoints={recoveryPoints}
        running={running}
      />
      <Suspense fallback={null}>
        {dialog === 'stop' && targets.length > 0 && (
          <StopProtectionDialog members={targets} onClose={() => setDialog(undefined)} />
        )}
        {dialog === 'remove-inactive' && retained.length > 0 && (
          <RemoveInactiveDialog
            members={retained}
            recoveryPointCount={retained.reduce((sum, ds) => sum + recoveryPoints.of(ds.id).length, 0)}
            onClose={() => setDialog(undefined)}
          />
        )}
        {dialog === 'consistency-check' && targets.length > 0 && (
          <ConfirmDialog
            open
            title="Perform consistency check"
            message={CONSISTENCY_CHECK_QUESTION}
            confirmLabel="Yes"
            onConfirm={() => {
              setDialog(undefined)
              void forEachTarget('Consistency check', (actions, id) => actions.runConsistencyCheck(id))
            }}
            onCancel={() => setDialog(undefined)}
          />
        )}
      </Suspense>
    </div>
  )
}
