// The agents as DPM's Management tab sees them, and the installation itself. Installing or removing an agent
// changes what every screen may show, so it refreshes DPM's whole agent cache.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { installAgents, uninstallAgents } from '../../agent-api/agents'
import { computersQuery } from '../../dpm/estate-inventory'
import { agentKeys, labKeys } from '../../dpm/query-keys'

export function useComputers() {
  return useQuery(computersQuery())
}

export function useAgentChange(action: 'install' | 'uninstall') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (computers: string[]) =>
      action === 'install' ? installAgents(computers) : uninstallAgents(computers),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: agentKeys.all }),
        queryClient.invalidateQueries({ queryKey: labKeys.all }),
      ])
    },
  })
}
