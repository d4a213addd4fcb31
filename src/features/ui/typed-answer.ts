// A typed confirmation (a database name or DELETE, a preset or RESET), checked as typed: what is typed so far
// is wrong only once it can no longer become one of the answers.

/** Whether `typed`, spaces around ignored, is one of `answers` or the start of one (callers fold case). */
export function mayBecomeAnswer(typed: string, answers: readonly string[]): boolean {
  const text = typed.trim()
  return answers.some((answer) => answer.startsWith(text))
}
