import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/global.css'
import { ConsoleShell, preloadScreen } from './app/console-shell'
import { tabFromPath } from './app/navigation'
import { queryClient } from './dpm/query-client'
import { takeStorageNotices } from './dpm/safe-storage'

async function start() {
  // Loaded while the mock agents start, not before: the workspace the console opens on, the lab and the
  // scheduler (startup parameters and the running clock need them, the first paint does not wait for them).
  const firstScreen = preloadScreen(tabFromPath(window.location.pathname))
  const lab = import('./features/lab/lab-controller')
  const startup = import('./app/startup-parameters')
  const clockRunner = import('./dpm/clock-runner')
  // The mock agents are the console's embedded default backend: they must answer before the first render.
  const { startMockAgents } = await import('./mock-agents/start-in-browser')
  await startMockAgents()
  ;(await lab).installLab()
  const { takeStartupNotices } = await import('./mock-agents/estate-store')
  const { applyStartupParameters } = await startup
  const notices = [...takeStartupNotices(), ...takeStorageNotices(), ...(await applyStartupParameters())]
  // The clock's running mode (?clock=running, the lab's clock controls) advances simulated time from here on.
  ;(await clockRunner).startClockRunner()
  await firstScreen
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element.')
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <QueryClientProvider client={queryClient}>
          <ConsoleShell notices={notices} />
        </QueryClientProvider>
      </FluentProvider>
    </StrictMode>,
  )
}

void start()
