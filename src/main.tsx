// The entry: it fetches the workspace the console opens on together with the console's own code, not after
// it has run (downloading and running the console's code is most of its startup).
import './app/global.css'
import { tabFromPath } from './app/navigation'
import { preloadScreen } from './app/screen-loaders'

const screen = preloadScreen(tabFromPath(window.location.pathname))
import('./app/start-console').then(
  ({ startConsole }) => startConsole(screen),
  (error: unknown) => {
    // No screen can say it (their code is what failed to load): the page does, instead of staying blank.
    const root = document.getElementById('root')
    if (root) {
      root.setAttribute('role', 'alert')
      root.textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)} Reload the page to try again.`
    }
  },
)
