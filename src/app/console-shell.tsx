// The console frame, as DPM's: navigation tabs across the top, the selected workspace, and a status bar
// with the simulated time and the Lab.
import { lazy, Suspense, useState } from 'react'
import { useStore } from 'zustand'
import { agentInstallWizardStore } from '../dpm/agent-install-store'
import { ProtectionWizardHost } from '../features/protection-wizard/protection-wizard-host'
import { ScreenBoundary } from '../features/ui/screen-boundary'
import { type TabChoice, Tabs } from '../features/ui/tabs'
import styles from './console-shell.module.css'
import { useNoteFirstPaint } from './first-paint'
import { Loading } from './loading'
import { CONSOLE_TABS, type ConsoleTab, navigateTo, TAB_LABELS, useConsoleTab } from './navigation'
import { NoticeBars } from './notice-bars'
import { preloadedScreen, type Screen, screenLoaders } from './screen-loaders'
import { StatusBar } from './status-bar'
import { TabBadge } from './tab-badge'

const screens = Object.fromEntries(CONSOLE_TABS.map((tab) => [tab, lazy(screenLoaders[tab])])) as Record<
  ConsoleTab,
  React.LazyExoticComponent<Screen>
>

// The agent installation opens from several screens but rarely at startup: its code loads when it opens.
const AgentInstallHost = lazy(() =>
  import('../features/management/agent-install-host').then((m) => ({ default: m.AgentInstallHost })),
)

function AgentInstallMount() {
  const open = useStore(agentInstallWizardStore, (state) => state.draft !== undefined)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <AgentInstallHost />
    </Suspense>
  )
}

const NAVIGATION_TABS: TabChoice<ConsoleTab>[] = CONSOLE_TABS.map((value) => ({
  value,
  label: TAB_LABELS[value],
  adornment: value === 'monitoring' ? <TabBadge /> : undefined,
}))
const WORKSPACE_ID = 'console-workspace'

const LabPanel = lazy(() => import('../features/lab/lab-panel').then((m) => ({ default: m.LabPanel })))

export function ConsoleShell() {
  const tab = useConsoleTab()
  const [labOpen, setLabOpen] = useState(false)
  const Screen = preloadedScreen(tab) ?? screens[tab]
  useNoteFirstPaint()
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <span className={styles.title}>DPM Administrator Console</span>
        <Tabs
          label="Navigation"
          orientation="horizontal"
          tabs={NAVIGATION_TABS}
          selected={tab}
          onSelect={navigateTo}
          tabId={(value) => `console-tab-${value}`}
          panelId={WORKSPACE_ID}
        />
      </header>
      <div className={styles.body}>
        <main id={WORKSPACE_ID} className={styles.workspace} aria-label={TAB_LABELS[tab]}>
          <NoticeBars />
          <ScreenBoundary key={tab} name={TAB_LABELS[tab]}>
            <Suspense fallback={<Loading label={`Loading ${TAB_LABELS[tab]}...`} />}>
              <Screen />
            </Suspense>
          </ScreenBoundary>
        </main>
        {labOpen && (
          <ScreenBoundary name="Lab">
            <Suspense fallback={<Loading label="Loading the lab..." />}>
              <LabPanel onClose={() => setLabOpen(false)} />
            </Suspense>
          </ScreenBoundary>
        )}
      </div>
      <ScreenBoundary name="Create New Protection Group">
        <ProtectionWizardHost />
      </ScreenBoundary>
      <ScreenBoundary name="Protection Agent Installation">
        <AgentInstallMount />
      </ScreenBoundary>
      <StatusBar labOpen={labOpen} onToggleLab={() => setLabOpen((open) => !open)} />
    </div>
  )
}
