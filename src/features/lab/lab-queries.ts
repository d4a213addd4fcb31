import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { getLabEstate, getLabFaults, getLabFiles } from '../../agent-api/lab'
import { labKeys } from '../../dpm/query-keys'

export function useLabEstate() {
  return useQuery({ queryKey: labKeys.estate(), queryFn: getLabEstate, staleTime: 0 })
}

/** The files recoveries copied to network folders, read again each time the lab panel opens. */
export function useLabFiles() {
  return useQuery({ queryKey: labKeys.files(), queryFn: () => getLabFiles(), staleTime: 0 })
}

/** The faults in force; every lab change (they invalidate `labKeys.all`) reads them again. */
export function useLabFaults() {
  return useQuery({ queryKey: labKeys.faults(), queryFn: getLabFaults })
}

/** A lab action: runs it, then shows the estate as it now is. The error stays on screen until the next try. */
export function useLabAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: () => Promise<unknown>) => action(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: labKeys.all }),
  })
}
