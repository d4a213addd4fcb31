// Vitest setup: a clean DOM after each test when a test uses jsdom. Waiting for the screen (findBy*, waitFor)
// gives up after 10 s rather than Testing Library's 1 s: a wait asserts nothing about time, and a busy machine
// can take more than a second to render a screen that is right. Testing Library (and React with it) is loaded
// only by the files that run in jsdom: the pure domain tests have no DOM and need neither.
import { afterEach } from 'vitest'

if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react')
  configure({ asyncUtilTimeout: 10_000 })
  afterEach(() => cleanup())
}
