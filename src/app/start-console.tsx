import { FluentProvider } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { holdAgentRequestsUntil } from '../agent-api/readiness'
import { takeStorageNotices } from '../browser-storage/storage-health'
import { electWritingTab, isThisTabWriting } from '../browser-storage/tab-writer'
import { startWorldRecord } from '../browser-storage/world-record'
import { queryClient } from '../dpm/query-client'
import { readStoredState } from '../dpm/read-stored-state'
import { somethingStored } from '../dpm/stored-state'
import { installLabFacade } from '../features/lab/lab-facade'
import { startSavingClock } from '../sim-clock/clock'
import { startAgentBackend } from './agent-backend'
import { ConsoleShell } from './console-shell'
import { afterFirstPaint } from './first-paint'
import { keepFocusManager } from './focus-manager'
import { startNavigation } from './navigation'
import { showNotices } from './notices'
import { RootBoundary } from './root-boundary'
import { applyStartupParameters, startupNeedsAgents } from './startup-parameters'

const NO_THEME_TO_COMPUTE = {}

const startAgents = () => startAgentBackend().then(showNotices)
const loadTabLeadership = () => import('../dpm/tab-leadership')

/** Starts the console in `root` once the workspace it opens on (`screen`) is loaded. */
export async function startConsole(screen: Promise<void>, root: Root | null): Promise<void> {
  // A reload may bring back an open dialog: known from what was stored before this start wrote anything.
  const reloaded = somethingStored()
  // Importing a module starts nothing: each service is started here, in this order (docs/architecture.md,
  // Startup). The world record and the clock save from the first change on; Back and Forward are followed.
  startWorldRecord()
  startSavingClock()
  startNavigation()
  // Whether this tab writes is known before anything is read or written (docs/decisions/003-one-writing-tab.md);
  // a tab that follows another one follows its writes from the start (the writing tab after its first paint).
  await electWritingTab()
  const following = !isThisTabWriting()
  if (following) void (await loadTabLeadership()).startTabLeadership()
  // The agent backend (the embedded mock agents, agent-backend.ts). Agent requests wait for it
  // (agent-api/readiness), so it starts after the first paint, which needs no agent data (a ?preset= resets
  // the estate then, before any other request), unless an ?at= must ask it about the estate's history.
  holdAgentRequestsUntil(startupNeedsAgents() ? startAgents() : afterFirstPaint().then(startAgents))
  // window.dpmLab acts on the DPM state: it appears once the stored state is read into the stores.
  await readStoredState()
  installLabFacade()
  showNotices(takeStorageNotices())
  // Applied before the first render, so a test sees the world it asked for.
  const [, notices] = await Promise.all([screen, applyStartupParameters()])
  showNotices(notices)
  // A dialog open in the first render (brought back by a reload) must not be the focus manager's first user,
  // or the focus manager goes with it as it closes (focus-manager-keeper.tsx). A fresh start opens none
  // (a ?preset= address writes the clock and the new world before the first render: it is no reload).
  if (reloaded) await keepFocusManager()
  if (!root) throw new Error('The page has no #root element.')
  // The theme's variables come in a static style sheet (build-support/fluent-theme): the provider computes none.
  root.render(
    <StrictMode>
      <RootBoundary>
        <FluentProvider theme={NO_THEME_TO_COMPUTE} style={{ height: '100%' }}>
          <QueryClientProvider client={queryClient}>
            <ConsoleShell />
          </QueryClientProvider>
        </FluentProvider>
      </RootBoundary>
    </StrictMode>,
  )
  await afterFirstPaint()
  if (!following) void loadTabLeadership().then((leadership) => leadership.startTabLeadership())
  // Dialogs can open from now on: the focus manager's keeper loads, without holding up the clock's runner.
  void keepFocusManager()
  // The clock's running mode (?clock=running, the lab's clock controls) advances simulated time from the first
  // paint on: its code (the scheduler, the agents' client) is not needed to draw the first screen.
  const { startClockRunner } = await import('../dpm/clock-runner')
  startClockRunner()
}
