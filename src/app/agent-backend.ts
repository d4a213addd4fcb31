// The agent backend: what answers the agent API (src/agent-api) for this console. The console starts with
// the embedded mock agents (src/mock-agents, the simulated estate served by MSW in the page). This module
// is the one seam between the console and them: nothing else outside src/mock-agents imports them (a rule
// of biome.jsonc), so a real agent gateway would take their place here and nowhere else.

/**
 * Starts the embedded mock agents, loaded on demand (their code is not part of the first paint). Resolves
 * with the notices of their start (the estate's stored state set aside, storage full) once they answer.
 */
export async function startAgentBackend(): Promise<string[]> {
  const { startMockAgents } = await import('../mock-agents/start-in-browser')
  await startMockAgents()
  const { takeStartupNotices } = await import('../mock-agents/estate-store')
  return takeStartupNotices()
}
