// The agents as DPM's Management tab sees them, and their removal. Removing an agent changes what every screen
// may show, so it refreshes DPM's whole agent cache. (The installation is the wizard's: dpm/agent-install-store.)
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { uninstallAgents } from '../../agent-api/agents'
import { computersQuery, refreshAfterAgentChange } from '../../dpm/estate-inventory'

export function useComputers() {
  return useQuery(computersQuery())
}

export function useAgentRemoval() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (computers: string[]) => uninstallAgents(computers),
    onSettled: () => refreshAfterAgentChange(queryClient),
  })
}
