// The Recovery tab: browse the protected data (computer > instance > database, retained data sources
// included), pick a recovery point of the selected database, and Recover through the Recovery Wizard.
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { protectedDataTree } from '../../domain/recovery/recovery'
import { useServer } from '../../dpm/use-server'
import { ProtectedDataTree } from './protected-data-tree'
import { RecoveryPointPicker } from './recovery-point-picker'
import { RecoveryWizard } from './recovery-wizard'
import { closeRecoveryWizard, openRecoveryWizard, recoveryWizardStore } from './recovery-wizard-store'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flex: 1,
    minHeight: 0,
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
  },
  navigation: { display: 'flex', flexDirection: 'column', width: '380px', minWidth: '260px' },
  details: {
    flex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflow: 'auto',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300 },
})

export function RecoveryScreen() {
  const styles = useStyles()
  const dataSources = useServer((state) => state.dataSources)
  const recoveryPoints = useServer((state) => state.recoveryPoints)
  const groups = useServer((state) => state.groups)
  const tree = useMemo(
    () => protectedDataTree(Object.values(dataSources), recoveryPoints),
    [dataSources, recoveryPoints],
  )
  const wizard = useStore(recoveryWizardStore, (state) => state.open)
  // A wizard left open (a reload) comes back with its database selected in the tree.
  const [selectedId, setSelectedId] = useState(() => recoveryWizardStore.getState().open?.dataSourceId)
  const selected = selectedId ? dataSources[selectedId] : undefined
  const points = useMemo(
    () => (selectedId ? recoveryPoints.of(selectedId).toArray() : []),
    [recoveryPoints, selectedId],
  )
  const groupName = selected?.groupId ? groups[selected.groupId]?.name : undefined
  const wizardSource = wizard && dataSources[wizard.dataSourceId]

  return (
    <div className={styles.root}>
      <nav className={styles.navigation} aria-label="Recoverable data">
        <h2 className={styles.subheading}>Protected data</h2>
        <ProtectedDataTree tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
      </nav>
      <section className={styles.details} aria-label="Recovery points">
        {selected ? (
          <>
            <h2 className={styles.heading}>{selected.path}</h2>
            <Text>
              {groupName ? `Protection group: ${groupName}` : 'Inactive protection: replica retained on disk'}
              {selected.mirror && ` · Mirrored: ${selected.mirror.partners.join(' and ')}`}
            </Text>
            <h3 className={styles.subheading}>Recovery points</h3>
            <RecoveryPointPicker
              key={selected.id}
              dataSource={selected}
              points={points}
              onRecover={(point) => openRecoveryWizard(selected, point)}
            />
          </>
        ) : (
          <Text>Select a database in Protected data to see its recovery points.</Text>
        )}
      </section>
      {wizard && wizardSource && (
        <RecoveryWizard
          key={`${wizardSource.id}:${wizard.point.kind}:${wizard.point.at}`}
          dataSource={wizardSource}
          groupName={wizardSource.groupId ? groups[wizardSource.groupId]?.name : undefined}
          wizard={wizard}
          onClose={closeRecoveryWizard}
        />
      )}
    </div>
  )
}
