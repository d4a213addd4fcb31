// Fluent's dialogs share one focus manager (tabster), created by its first user and disposed with its last.
// Disposed just as a dialog closes, it leaves the rest of the page aria-hidden (microsoft/tabster#530,
// microsoft/fluentui#35139): screen readers, and tests' getByRole, no longer see the console. Fluent's
// TabList used to keep it alive by chance; this does it on purpose, with a user of its own, in a React root of
// its own that lives as long as the page.
import { useFocusFinders } from '@fluentui/react-components'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

function FocusManagerUser() {
  useFocusFinders()
  return null
}

/** Creates the focus manager now (its user mounts synchronously) and keeps it for the page's life. */
export function keepFocusManagerAlive(): void {
  const root = createRoot(document.createElement('div'))
  flushSync(() => root.render(<FocusManagerUser />))
}
