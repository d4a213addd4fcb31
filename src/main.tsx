import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/global.css'
import { holdAgentRequestsUntil } from './agent-api/readiness'
import { ConsoleShell, preloadScreen } from './app/console-shell'
import { tabFromPath } from './app/navigation'
import { showNotices } from './app/notices'
import { applyStartupParameters } from './app/startup-parameters'
import { queryClient } from './dpm/query-client'
import { takeStorageNotices } from './dpm/safe-storage'
import { installLabFacade } from './features/lab/lab-facade'

async function start() {
  // The mock agents are the console's embedded default backend. They start alongside the first render:
  // agent requests wait for them (agent-api/readiness), screens that need no agent data show at once.
  const agents = import('./mock-agents/start-in-browser').then(async ({ startMockAgents }) => {
    await startMockAgents()
    const { takeStartupNotices } = await import('./mock-agents/estate-store')
    showNotices(takeStartupNotices())
  })
  holdAgentRequestsUntil(agents)
  installLabFacade()
  showNotices(takeStorageNotices())
  // Applied before the first render (?preset= waits for the agents), so a test sees the world it asked for.
  const [, notices] = await Promise.all([
    preloadScreen(tabFromPath(window.location.pathname)),
    applyStartupParameters(),
  ])
  showNotices(notices)
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element.')
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <QueryClientProvider client={queryClient}>
          <ConsoleShell />
        </QueryClientProvider>
      </FluentProvider>
    </StrictMode>,
  )
  // The clock's running mode (?clock=running, the lab's clock controls) advances simulated time from here on.
  const { startClockRunner } = await import('./dpm/clock-runner')
  startClockRunner()
}

void start()
