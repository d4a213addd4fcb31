export function AgentInstallHost() {
  return null
}
