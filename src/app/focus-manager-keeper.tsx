// Fluent's dialogs share one focus manager (tabster), created by its first user and disposed with its last.
// Disposed just as a dialog closes, it leaves the rest of the page aria-hidden (microsoft/tabster#530,
// microsoft/fluentui#35139): screen readers, and tests' getByRole, no longer see the console. Fluent's
// TabList used to keep it alive by chance; this does it on purpose, for the console's life. It mounts after
// the first paint, which needs no focus manager, or at once when a reload may bring back an open dialog.
import { useFocusFinders } from '@fluentui/react-components'

export function FocusManagerKeeper() {
  useFocusFinders()
  return null
}
