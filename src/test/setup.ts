// Vitest setup: a clean DOM after each test when a test uses jsdom. Waiting for the screen (findBy*, waitFor)
// gives up after 10 s rather than Testing Library's 1 s: a wait asserts nothing about time, and a busy machine
// can take more than a second to render a screen that is right.
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  if (typeof document !== 'undefined') cleanup()
})
