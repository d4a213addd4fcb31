// Whether this browser tab writes the console's shared browser storage (keys dpm-console:*), and the election
// that decides it. Only one tab writes; the others follow what it writes and change nothing themselves. The
// election runs first thing as the console starts, before anything is read or written (a URL parameter
// included), so no tab ever writes while it does not know its role: until it is decided, a tab does not write.
// A leaf module, so that every store that persists (the DPM server, the wizard draft, the clock, the
// simulated estate) can ask it without importing one another. See docs/decisions/003-one-writing-tab.md.

const LOCK_NAME = 'dpm-console:writer'
const CHANNEL_NAME = 'dpm-console:tabs'
const HAND_OVER = 'hand-over'

/** Where there are no Web Locks (Node, an old browser) there is no election: one tab is all there is. */
const electionPossible = () =>
  typeof window !== 'undefined' && typeof navigator !== 'undefined' && Boolean(navigator.locks)

let writing = !electionPossible()
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

let election: Promise<void> | undefined
let roleDecided = false
let releaseLock: (() => void) | undefined
let channel: BroadcastChannel | undefined
let electedFirst = false
let prepareTakeOver: () => Promise<void> = async () => {}

/** How long a starting tab waits for the writer's lock before it follows the tab that holds it. */
const ELECTION_WAIT_MS = 1_000

/**
 * Decides whether this tab writes: when the writer's lock comes (no other tab holds it: this tab writes), or
 * when it has not come within a moment (another tab writes: this one follows it and stays in line). A reloaded
 * page asks before its previous page has let go of the lock, hence the moment. Every caller waits for the same
 * election.
 */
export function electWritingTab(): Promise<void> {
  election ??= new Promise<void>((decided) => {
    if (!electionPossible()) {
      electedFirst = true
      return decided()
    }
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL_NAME)
      channel.onmessage = (event) => event.data === HAND_OVER && handOver()
    }
    const wait = setTimeout(() => {
      roleDecided = true
      setThisTabWriting(false)
      decided()
    }, ELECTION_WAIT_MS)
    requestLock(() => {
      clearTimeout(wait)
      decided()
    })
  })
  return election
}

/** Whether this tab won the first election: no tab wrote before it since the console was last open. */
export const wasElectedFirst = (): boolean => electedFirst

/** What a following tab does before it writes (read what the writing tab stored last). */
export function beforeTakingOver(prepare: () => Promise<void>): void {
  prepareTakeOver = prepare
}

/** Waits in line for the writer's lock and writes while holding it. */
function requestLock(granted?: () => void): void {
  navigator.locks
    .request(LOCK_NAME, async () => {
      if (roleDecided) {
        // Taking over from another tab: it wrote what it had before it let go, so start from that.
        await prepareTakeOver()
      } else {
        roleDecided = true
        electedFirst = true
      }
      setThisTabWriting(true)
      granted?.()
      await new Promise<void>((resolve) => {
        releaseLock = resolve
      })
    })
    .catch(() => {
      // The lock request failed (the page is going away): stay as we are.
      granted?.()
    })
}

/** Another tab asked to write: stop writing (pending writes go out first) and queue behind it. */
function handOver(): void {
  const release = releaseLock
  if (!release) return
  releaseLock = undefined
  setThisTabWriting(false)
  release()
  requestLock()
}

/** "Use this tab": asks the writing tab to hand over; this tab is next in line. */
export function writeFromThisTab(): void {
  channel?.postMessage(HAND_OVER)
}

/**
 * Makes this tab the writer (a URL parameter that changes the world): asks the writing tab to hand over and
 * waits. False when it did not within `timeoutMs` (a frozen tab, or a third tab was next in line).
 */
export async function takeOverWriting(timeoutMs = 5_000): Promise<boolean> {
  await electWritingTab()
  if (writing) return true
  return new Promise<boolean>((resolve) => {
    const unsubscribe = onTabWritingChange((now) => {
      if (!now) return
      clearTimeout(timeout)
      unsubscribe()
      resolve(true)
    })
    const timeout = setTimeout(() => {
      unsubscribe()
      resolve(false)
    }, timeoutMs)
    writeFromThisTab()
  })
}
