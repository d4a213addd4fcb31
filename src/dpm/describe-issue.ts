import type { z } from 'zod/mini'

/** The first problem of a failed parse, as "where: what" for a person to read. */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unexpected shape'
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the value'
  return `${where}: ${issue.message}`
}
