import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { getLabEstate, getLabFaults, getLabFiles } from '../../agent-api/lab'

export const labEstateQueryKey = ['lab', 'estate'] as const
export const labFaultsQueryKey = ['lab', 'faults'] as const

export function useLabEstate() {
  return useQuery({ queryKey: labEstateQueryKey, queryFn: getLabEstate, staleTime: 0 })
}

/** The files recoveries copied to network folders, read again each time the lab panel opens. */
export function useLabFiles() {
  return useQuery({ queryKey: ['lab', 'files'], queryFn: () => getLabFiles(), staleTime: 0 })
}

/** The faults in force; every lab change (they invalidate ['lab']) reads them again. */
export function useLabFaults() {
  return useQuery({ queryKey: labFaultsQueryKey, queryFn: getLabFaults })
}

/** A lab action: runs it, then shows the estate as it now is. The error stays on screen until the next try. */
export function useLabAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: () => Promise<unknown>) => action(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lab'] }),
  })
}
