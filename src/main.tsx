import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/global.css'
import { ConsoleShell } from './app/console-shell'
import { applyStartupParameters } from './app/startup-parameters'
import { queryClient } from './dpm/query-client'
import { takeStorageNotices } from './dpm/safe-storage'
import { installLab } from './features/lab/lab-controller'

async function start() {
  // The mock agents are the console's embedded default backend: they must answer before the first render.
  const { startMockAgents } = await import('./mock-agents/start-in-browser')
  await startMockAgents()
  installLab()
  const { takeStartupNotices } = await import('./mock-agents/estate-store')
  const notices = [...takeStartupNotices(), ...takeStorageNotices(), ...(await applyStartupParameters())]
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
