// An admin action started from a screen (a consistency check, stop protection, retry a job): whether it is
// running, and the agent's error with a way to run it again, so that a failure is shown where it matters.
// A TanStack Query mutation, as every action of the console (the lab's, the agent installation's).
import { useMutation } from '@tanstack/react-query'
import { useCallback, useMemo, useRef } from 'react'
import { errorMessage } from '../../agent-api/error-message'
import { queryClient } from '../../dpm/query-client'

export interface AdminActionFailure {
  title: string
  message: string
  retry: () => void
}

export interface AdminAction {
  pending: boolean
  failure?: AdminActionFailure
  /** Runs `action`; resolves to whether it succeeded (a failure is kept in `failure`). */
  run: (title: string, action: () => Promise<unknown>) => Promise<boolean>
  dismiss: () => void
}

interface AdminActionRun {
  title: string
  action: () => Promise<unknown>
}

export function useAdminAction(): AdminAction {
  // DPM's own client: the screens' admin actions do not depend on where a QueryClientProvider is.
  const { mutateAsync, reset, isPending, error, variables } = useMutation(
    { mutationFn: ({ action }: AdminActionRun) => action() },
    queryClient,
  )
  // A double click must not start the same job twice: the mutation's pending state shows only after a render.
  const running = useRef(false)

  const run = useCallback(
    async (title: string, action: () => Promise<unknown>): Promise<boolean> => {
      if (running.current) return false
      running.current = true
      try {
        await mutateAsync({ title, action })
        return true
      } catch {
        return false
      } finally {
        running.current = false
      }
    },
    [mutateAsync],
  )

  const failure = useMemo<AdminActionFailure | undefined>(
    () =>
      error && variables
        ? {
            title: variables.title,
            message: errorMessage(error),
            retry: () => void run(variables.title, variables.action),
          }
        : undefined,
    [error, variables, run],
  )
  return { pending: isPending, failure, run, dismiss: reset }
}
