// The console renders before its embedded mock agents have started (installing a service worker takes a few
// hundred milliseconds, and most screens need no agent data to show). Agent requests made meanwhile wait
// here instead of failing; with a real agent gateway nothing is held.
let ready: Promise<void> = Promise.resolve()

export function holdAgentRequestsUntil(started: Promise<unknown>): void {
  ready = started.then(
    () => undefined,
    () => undefined,
  )
}

export function agentsReady(): Promise<void> {
  return ready
}
