// The entry: it fetches the workspace the console opens on together with the console's own code, not after
// it has run (downloading and running the console's code is most of its startup).
import './app/global.css'
import 'virtual:fluent-theme.css'
import { createRoot } from 'react-dom/client'
import { tabFromPath } from './app/navigation'
import { preloadScreen } from './app/screen-loaders'
import { loadStoredStateReadersIfNeeded } from './dpm/stored-state'

const screen = preloadScreen(tabFromPath(window.location.pathname))
const rootElement = document.getElementById('root')
// The console's stores read what is stored as its code runs: the code that reads it must be there first.
const start = loadStoredStateReadersIfNeeded().then(() => import('./app/start-console'))
// React's DOM renderer is the largest part of the start, and running it for the first time the slowest: the
// entry does it while the browser is still reading the console's own code.
const root = rootElement && createRoot(rootElement)
start.then(
  ({ startConsole }) => startConsole(screen, root),
  (error: unknown) => {
    // No screen can say it (their code is what failed to load): the page does, instead of staying blank.
    if (rootElement) {
      rootElement.setAttribute('role', 'alert')
      rootElement.textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)} Reload the page to try again.`
    }
  },
)
