// The entry: it fetches the workspace the console opens on together with the console's own code, not after
// it has run (downloading and running the console's code is most of its startup).
import './app/global.css'
import { tabFromPath } from './app/navigation'
import { preloadScreen } from './app/screen-loaders'

const screen = preloadScreen(tabFromPath(window.location.pathname))
void import('./app/start-console').then(({ startConsole }) => startConsole(screen))
