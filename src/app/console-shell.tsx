// The console frame, as DPM's: navigation tabs across the top, the selected workspace, and a status bar
// with the simulated time and the Lab. Each workspace is loaded on first use, so startup pays for one.
import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components'
import { lazy, Suspense, useState } from 'react'
import { AgentInstallHost } from '../features/management/agent-install-host'
import { ProtectionWizardHost } from '../features/protection-wizard/protection-wizard-host'
import { ScreenBoundary } from '../features/ui/screen-boundary'
import { CONSOLE_TABS, type ConsoleTab, navigateTo, TAB_LABELS, useConsoleTab } from './navigation'
import { StatusBar } from './status-bar'
import { TabBadge } from './tab-badge'

const screens: Record<ConsoleTab, React.LazyExoticComponent<() => React.ReactNode>> = {
  monitoring: lazy(() =>
    import('../features/monitoring/monitoring-screen').then((m) => ({ default: m.MonitoringScreen })),
  ),
  protection: lazy(() =>
    import('../features/protection/protection-screen').then((m) => ({ default: m.ProtectionScreen })),
  ),
  recovery: lazy(() =>
    import('../features/recovery/recovery-screen').then((m) => ({ default: m.RecoveryScreen })),
  ),
  reporting: lazy(() =>
    import('../features/reporting/reporting-screen').then((m) => ({ default: m.ReportingScreen })),
  ),
  management: lazy(() =>
    import('../features/management/management-screen').then((m) => ({ default: m.ManagementScreen })),
  ),
}

const LabPanel = lazy(() => import('../features/lab/lab-panel').then((m) => ({ default: m.LabPanel })))

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, whiteSpace: 'nowrap' },
  body: { flex: 1, display: 'flex', minHeight: 0 },
  workspace: { flex: 1, minWidth: 0, overflow: 'auto', display: 'flex', flexDirection: 'column' },
})

export function ConsoleShell({ notices = [] }: { notices?: string[] }) {
  const styles = useStyles()
  const tab = useConsoleTab()
  const [labOpen, setLabOpen] = useState(false)
  const Screen = screens[tab]
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <span className={styles.title}>DPM Administrator Console</span>
        <TabList
          aria-label="Navigation"
          reserveSelectedTabSpace={false}
          selectedValue={tab}
          onTabSelect={(_, data) => navigateTo(data.value as ConsoleTab)}
        >
          {CONSOLE_TABS.map((value) => (
            <Tab key={value} value={value}>
              {TAB_LABELS[value]}
              {value === 'monitoring' && <TabBadge />}
            </Tab>
          ))}
        </TabList>
      </header>
      <div className={styles.body}>
        <main className={styles.workspace} aria-label={TAB_LABELS[tab]}>
          {notices.map((notice) => (
            <MessageBar key={notice} intent="warning">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ))}
          <ScreenBoundary key={tab} name={TAB_LABELS[tab]}>
            <Suspense fallback={<Spinner label={`Loading ${TAB_LABELS[tab]}...`} />}>
              <Screen />
            </Suspense>
          </ScreenBoundary>
        </main>
        {labOpen && (
          <ScreenBoundary name="Lab">
            <Suspense fallback={<Spinner label="Loading the lab..." />}>
              <LabPanel onClose={() => setLabOpen(false)} />
            </Suspense>
          </ScreenBoundary>
        )}
      </div>
      <ScreenBoundary name="Create New Protection Group">
        <ProtectionWizardHost />
      </ScreenBoundary>
      <ScreenBoundary name="Protection Agent Installation">
        <AgentInstallHost />
      </ScreenBoundary>
      <StatusBar labOpen={labOpen} onToggleLab={() => setLabOpen((open) => !open)} />
    </div>
  )
}
