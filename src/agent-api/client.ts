// A typed fetch for the agent API: every response is validated, and every failure becomes an AgentApiError
// that says what went wrong (network, the agent's own error, a response of the wrong shape, a timeout).
import type { z } from 'zod'
import { errorMessage } from './error-message'
import { agentsReady } from './readiness'
import { agentErrorSchema } from './schemas'

export type AgentApiErrorKind = 'transport' | 'agent' | 'schema' | 'timeout'

export class AgentApiError extends Error {
  override readonly name = 'AgentApiError'
  constructor(
    readonly kind: AgentApiErrorKind,
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE'
  body?: unknown
  timeoutMs?: number
  signal?: AbortSignal
  /** Goes to the agents as soon as they have started, ahead of the requests held after it (readiness.ts). */
  first?: boolean
}

const DEFAULT_TIMEOUT_MS = 15_000

/** Absolute URLs in Node (msw/node needs them); relative in the browser. */
function resolveUrl(path: string): string {
  if (typeof window !== 'undefined' && window.location?.origin?.startsWith('http')) return path
  return new URL(path, 'http://localhost').toString()
}

export async function agentRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  { method = 'GET', body, timeoutMs = DEFAULT_TIMEOUT_MS, signal, first }: RequestOptions = {},
): Promise<z.infer<T>> {
  await agentsReady({ first })
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(resolveUrl(path), {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: combined,
    })
  } catch (error) {
    if (timeout.aborted) {
      throw new AgentApiError('timeout', `The agent did not answer within ${Math.round(timeoutMs / 1000)} s.`)
    }
    if (signal?.aborted) throw error
    throw new AgentApiError('transport', `The agent could not be reached: ${errorMessage(error)}`)
  }
  const json = await readJson(response)
  if (!response.ok) {
    const parsed = agentErrorSchema.safeParse(json)
    if (parsed.success)
      throw new AgentApiError('agent', parsed.data.message, parsed.data.code, response.status)
    throw new AgentApiError(
      'transport',
      `The agent answered HTTP ${response.status}.`,
      undefined,
      response.status,
    )
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'response'
    throw new AgentApiError(
      'schema',
      `The agent's answer does not match the contract at ${where}: ${issue?.message}`,
    )
  }
  return parsed.data
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
