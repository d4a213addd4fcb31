import { makeStyles, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { NavigationPaneScreen } from '../ui/navigation-pane-screen'
import type { TabChoice } from '../ui/tabs'
import { AgentsTable } from './agents-table'
import { DisksView } from './disks-view'

const useStyles = makeStyles({ panel: { padding: tokens.spacingHorizontalM, overflow: 'auto' } })

type ManagementView = 'agents' | 'disks'
const VIEWS: TabChoice<ManagementView>[] = [
  { value: 'agents', label: 'Agents' },
  { value: 'disks', label: 'Disks' },
]

/** DPM's Management workspace: the protection agents of the estate, and the DPM server's storage pool. */
export function ManagementScreen() {
  const styles = useStyles()
  const [view, setView] = useState<ManagementView>('agents')
  return (
    <NavigationPaneScreen
      label="Management"
      tabsLabel="Management views"
      idPrefix="management"
      tabs={VIEWS}
      selected={view}
      onSelect={setView}
      options={null}
      panelClassName={styles.panel}
    >
      {view === 'agents' ? <AgentsTable /> : <DisksView />}
    </NavigationPaneScreen>
  )
}
