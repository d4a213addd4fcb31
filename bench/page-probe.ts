// Runs inside the page (installed with addInitScript, before any script of the page). Two measures:
// - from an input event, or from navigation, to the first paint that shows an expected result. A condition is
//   checked once per frame, in requestAnimationFrame, so the frame where it first holds is the one that paints
//   the result; the time is taken right after that frame (a message posted from its animation callback);
// - what the user feels of an input: the Event Timing API's duration of each event (the measure behind INP),
//   from the input's hardware timestamp to the paint after its handlers ran, the time it waited behind a busy
//   main thread included. The browser reports only events of 16 ms or more (its lowest durationThreshold).

export type PaintCondition =
  /**
   * The page's first screen: the Navigation tablist and either the Protection tab's New button and Protection
   * groups grid or Monitoring's Alerts grid (the floor page shows all of them).
   */
  | { kind: 'startup' }
  /** Available members shows at least one row. */
  | { kind: 'tree-rows' }
  /** The row of `path` is expanded and shows its databases. */
  | { kind: 'expanded'; path: string }
  /** The Search members box shows `value`. */
  | { kind: 'search-value'; value: string }
  /** Available members shows database rows and every one of them matches `text`. */
  | { kind: 'search-results'; text: string }
  /** Mirror details shows the database `name`. */
  | { kind: 'mirror-details'; name: string }

export interface PaintTiming {
  /** performance.now() of the first input event after arming (0: navigation). */
  inputAt: number
  /** performance.now() right after the frame that painted the result. */
  paintedAt: number
}

export interface BenchProbe {
  /** Waits for `condition` after the next input event, or from `inputAt` on when given. */
  arm(condition: PaintCondition, inputAt?: number): void
  /** The timing of the armed condition, once it was painted. */
  result(): Promise<PaintTiming>
  /** performance.now() when the last `input` event (a character typed) was dispatched; 0 before any. */
  lastInputAt(): number
  /** Milestones of the page's start, in performance.now() time: where a slow startup spends its time. */
  milestones(): StartupMilestones
  /**
   * The longest Event Timing duration of the events that started at or after `since` and before `until`
   * (performance.now() time), once the browser has reported them; 0 when none took 16 ms or more.
   */
  longestEvent(since: number, until?: number): Promise<number>
}

export interface StartupMilestones {
  domContentLoaded?: number
  /** A service worker (the console's mock agents) took control of the page. */
  serviceWorkerControl?: number
}

declare global {
  interface Window {
    __benchProbe?: BenchProbe
  }
}

/** Self-contained (Playwright sends its source to the page): no imports, no outer names. */
export function installProbe(): void {
  const INPUT_EVENTS = ['keydown', 'pointerdown', 'input']
  const treeRows = (level?: number) =>
    document.querySelectorAll<HTMLElement>(
      `[role="tree"][aria-label="Available members"] [role="treeitem"]${level ? `[aria-level="${level}"]` : ''}`,
    )
  const holds = (condition: PaintCondition): boolean => {
    switch (condition.kind) {
      case 'startup': {
        const navigation = document.querySelector('[role="tablist"][aria-label="Navigation"] [role="tab"]')
        const alerts = document.querySelector('[role="grid"][aria-label="Alerts"]')
        const toolbar = document.querySelector('[role="toolbar"][aria-label="Protection actions"]')
        const grid = document.querySelector(
          '[role="treegrid"][aria-label="Protection groups"], [role="grid"][aria-label="Protection groups"]',
        )
        const newButton = [...(toolbar?.querySelectorAll('button') ?? [])].some(
          (button) => button.textContent?.trim() === 'New',
        )
        return navigation !== null && ((newButton && grid !== null) || alerts !== null)
      }
      case 'tree-rows':
        return treeRows().length > 0
      case 'expanded': {
        const row = document.querySelector(`[data-testid="${CSS.escape(`member:${condition.path}`)}"]`)
        const children = [...treeRows(4)].some((item) =>
          item.dataset.testid?.startsWith(`member:${condition.path}\\`),
        )
        return row?.getAttribute('aria-expanded') === 'true' && children
      }
      case 'search-value': {
        const box = document.querySelector<HTMLInputElement>('input[aria-label="Search members"]')
        return box?.value === condition.value
      }
      case 'search-results': {
        const databases = [...treeRows(4)]
        const text = condition.text.toLowerCase()
        return (
          databases.length > 0 &&
          databases.every((row) => row.dataset.testid?.toLowerCase().includes(text) === true)
        )
      }
      case 'mirror-details': {
        const details = document.querySelector('[data-testid="mirror-details"]')
        return details?.textContent?.includes(condition.name) === true
      }
    }
  }

  let armed: { condition: PaintCondition; inputAt?: number; done: (timing: PaintTiming) => void } | undefined
  let outcome: Promise<PaintTiming> = Promise.reject(new Error('Nothing was armed.'))
  outcome.catch(() => undefined)

  let lastInputAt = 0
  for (const type of INPUT_EVENTS) {
    window.addEventListener(
      type,
      (event) => {
        if (armed && armed.inputAt === undefined) armed.inputAt = event.timeStamp
        if (type === 'input') lastInputAt = performance.now()
      },
      true,
    )
  }

  const afterPaint = (callback: () => void) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = callback
    channel.port2.postMessage(undefined)
  }
  const check = () => {
    const current = armed
    if (!current) return
    // A condition is looked for from its input on (an `inputAt` given in the future: from then on).
    if (current.inputAt !== undefined && performance.now() >= current.inputAt && holds(current.condition)) {
      armed = undefined
      const inputAt = current.inputAt
      afterPaint(() => current.done({ inputAt, paintedAt: performance.now() }))
      return
    }
    requestAnimationFrame(check)
  }

  const events: { startTime: number; duration: number }[] = []
  const record = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) events.push({ startTime: entry.startTime, duration: entry.duration })
  }
  const observer = new PerformanceObserver((list) => record(list.getEntries()))
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  // The browser reports an event's timing once the compositor says the frame after its handlers was shown:
  // two frames and a task at the soonest, often later on a busy machine. An input whose events all took less
  // than 16 ms is never reported: after REPORT_WAIT_MS without an entry, none is coming.
  const REPORT_WAIT_MS = 1000
  const nextFrames = () =>
    new Promise<void>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
    )
  const within = (since: number, until: number) =>
    events.filter((event) => event.startTime >= since && event.startTime < until)
  const reported = async (since: number, until: number) => {
    const deadline = performance.now() + REPORT_WAIT_MS
    do {
      await nextFrames()
      record(observer.takeRecords())
    } while (within(since, until).length === 0 && performance.now() < deadline)
    // The other events of the same input (pointerdown, pointerup, click) come with the first or in the frame after.
    await nextFrames()
    record(observer.takeRecords())
  }

  const milestones: StartupMilestones = {}
  document.addEventListener('DOMContentLoaded', () => {
    milestones.domContentLoaded = performance.now()
  })
  navigator.serviceWorker?.addEventListener('controllerchange', () => {
    milestones.serviceWorkerControl ??= performance.now()
  })

  const probe: BenchProbe = {
    arm(condition, inputAt) {
      outcome = new Promise((resolve) => {
        armed = { condition, inputAt, done: resolve }
      })
      requestAnimationFrame(check)
    },
    result: () => outcome,
    lastInputAt: () => lastInputAt,
    milestones: () => ({ ...milestones }),
    async longestEvent(since, until = Number.POSITIVE_INFINITY) {
      await reported(since, until)
      return Math.max(0, ...within(since, until).map((event) => event.duration))
    },
  }
  window.__benchProbe = probe
  // Startup is measured from navigation (performance.now() counts from it).
  probe.arm({ kind: 'startup' }, 0)
}
