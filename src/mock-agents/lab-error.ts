// A refusal of the simulated estate, as the agent or SQL Server would give it: a stable code for programs,
// a message that names the thing for people, and the HTTP status the mock agents answer with.

export type LabErrorStatus = 400 | 401 | 404 | 409 | 500 | 503

export class LabError extends Error {
  override readonly name = 'LabError'
  constructor(
    readonly code: string,
    message: string,
    readonly status: LabErrorStatus = 409,
  ) {
    super(message)
  }
}

export const notFound = (code: string, message: string) => new LabError(code, message, 404)
export const badRequest = (message: string) => new LabError('BadRequest', message, 400)
