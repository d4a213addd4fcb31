// What every mock-agent route shares: JSON bodies validated with the contract's schemas (400 on bad input),
// refusals answered as { code, message } with their status, and the injected faults on agent requests.
import { delay, HttpResponse, type HttpResponseResolver, type JsonBodyType, type PathParams } from 'msw'
import type { z } from 'zod'
import type { AgentErrorBody } from '../agent-api/schemas'
import { currentEstate } from './estate-store'
import { agentRequestFails } from './fault-operations'
import { badRequest, LabError } from './lab-error'

type RouteInput = { request: Request; params: PathParams }
type Route = (input: RouteInput) => JsonBodyType | Promise<JsonBodyType>

export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let json: unknown
  try {
    json = await request.json()
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw badRequest(
    `Invalid request at ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'unexpected shape'}.`,
  )
}

/**
 * A JSON answer. Not HttpResponse.json: it sizes the text with a Blob for a Content-Length header that nothing
 * reads, a copy of every answer (a third of a second over a 7-day advance's backup answers).
 */
function jsonResponse(body: JsonBodyType): Response {
  return new HttpResponse(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
}

function errorResponse(error: unknown): Response {
  if (error instanceof LabError) {
    return HttpResponse.json<AgentErrorBody>(
      { code: error.code, message: error.message },
      { status: error.status },
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  return HttpResponse.json<AgentErrorBody>(
    { code: 'InternalError', message: `The mock agent failed unexpectedly: ${message}` },
    { status: 500 },
  )
}

/** A lab route: no injected faults (the lab is the presenter's remote control, not an agent). */
export function labRoute(route: Route): HttpResponseResolver {
  return async ({ request, params }) => {
    try {
      return jsonResponse(await route({ request, params }))
    } catch (error) {
      return errorResponse(error)
    }
  }
}

/**
 * An agent route: delayed by the injected latency, and failed by the injected error rate unless the route
 * applies the rate itself (per backup job) or is the change feed, which the DPM server always reads.
 */
export function agentRoute(route: Route, { requestErrors = true } = {}): HttpResponseResolver {
  return async ({ request, params }) => {
    const estate = currentEstate()
    if (estate.faults.latencyMs > 0) await delay(estate.faults.latencyMs)
    if (requestErrors && agentRequestFails(estate)) {
      return errorResponse(
        new LabError(
          'AgentError',
          'The protection agent returned an error (injected fault). Try again.',
          500,
        ),
      )
    }
    try {
      return jsonResponse(await route({ request, params }))
    } catch (error) {
      return errorResponse(error)
    }
  }
}

export function paramText(params: PathParams, name: string): string {
  const value = params[name]
  return typeof value === 'string' ? value : ''
}
