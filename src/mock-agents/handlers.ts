// Every route of the mock agents: the agent API and the lab. The same list serves the browser's service
// worker, the in-page fallback and msw/node in Vitest.
import type { RequestHandler } from 'msw'
import { agentHandlers } from './agent-handlers'
import { labHandlers } from './lab-handlers'

export const handlers: RequestHandler[] = [...agentHandlers, ...labHandlers]
