// Whether this browser tab writes the console's shared browser storage (keys dpm-console:*). Only one tab
// does (dpm/tab-leadership elects it); the others follow what it writes and change nothing themselves.
// A leaf module, so that every store that persists (the DPM server, the wizard draft, the clock, the
// simulated estate) can ask it without importing one another. See docs/decisions/003-one-writing-tab.md.

let writing = true
const listeners = new Set<(writing: boolean) => void>()

export const isThisTabWriting = (): boolean => writing

export function setThisTabWriting(value: boolean): void {
  if (value === writing) return
  writing = value
  for (const listener of listeners) listener(value)
}

/** Called whenever this tab starts or stops writing; returns a function that unsubscribes. */
export function onTabWritingChange(listener: (writing: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The message for a change refused in a tab that follows another one. */
export const READ_ONLY_TAB_MESSAGE =
  'This tab is read-only: DPM Console is open in another tab, which makes the changes. Choose "Use this tab" to make changes here.'
