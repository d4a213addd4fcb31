// The console renders before its embedded mock agents have started (installing a service worker takes a few
// hundred milliseconds, and most screens need no agent data to show). Agent requests made meanwhile wait
// here instead of failing; with a real agent gateway nothing is held.
const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  )

let started: Promise<void> = Promise.resolve()
let ready: Promise<void> = Promise.resolve()

export function holdAgentRequestsUntil(agentsStarted: Promise<unknown>): void {
  started = settled(agentsStarted)
  ready = started
}

/**
 * Every other agent request waits for `first` too: a request made with `{ first: true }` (the startup's
 * reset of the estate), which goes to the agents as soon as they have started, so that no request reads the
 * estate it replaces.
 */
export function holdAgentRequestsAfter(first: Promise<unknown>): void {
  ready = settled(Promise.all([ready, first]))
}

export async function agentsReady({ first = false } = {}): Promise<void> {
  if (first) return started
  // A request made before the startup's reset was asked for waits for it too: what is held may grow meanwhile.
  let current: Promise<void>
  do {
    current = ready
    await current
  } while (current !== ready)
}
