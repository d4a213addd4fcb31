// Starts the embedded mock agents in the browser: MSW's service worker when it can register, otherwise
// the same handlers answer in the page (a browser or a test that blocks service workers still gets a
// working console).
import type { RequestHandler } from 'msw'

export type MockAgentsMode = 'service-worker' | 'in-page'

export async function startMockAgents(): Promise<MockAgentsMode> {
  // Both load at once: the worker's code does not need the handlers to download.
  const [{ handlers }, browser, { startFollowingStoredEstate }] = await Promise.all([
    import('./handlers'),
    import('msw/browser').catch(() => undefined),
    import('./estate-store'),
  ])
  startFollowingStoredEstate()
  try {
    if (!browser) throw new Error('msw/browser could not be loaded')
    const { setupWorker } = browser
    await setupWorker(...handlers).start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      // Below the base path the console was built with (`/dpm/mockServiceWorker.js`, scope `/dpm/`): the
      // worker controls the console's pages, and only them.
      serviceWorker: {
        url: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
        options: { scope: import.meta.env.BASE_URL },
      },
    })
    return 'service-worker'
  } catch {
    await answerInPage(handlers)
    return 'in-page'
  }
}

async function answerInPage(handlers: RequestHandler[]): Promise<void> {
  const { getResponse } = await import('msw')
  const networkFetch = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const request = new Request(input, init)
    const mocked = await getResponse(handlers, request.clone())
    return mocked ?? networkFetch(input, init)
  }
}
