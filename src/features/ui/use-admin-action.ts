// An admin action started from a screen (a consistency check, stop protection, retry a job): whether it is
// running, and the agent's error with a way to run it again, so that a failure is shown where it matters.
import { useCallback, useRef, useState } from 'react'
import { errorMessage } from '../../agent-api/error-message'

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

export function useAdminAction(): AdminAction {
  const [pending, setPending] = useState(false)
  const [failure, setFailure] = useState<AdminActionFailure>()
  const running = useRef(false)

  const run = useCallback(async (title: string, action: () => Promise<unknown>): Promise<boolean> => {
    // A double click must not start the same job twice.
    if (running.current) return false
    running.current = true
    setPending(true)
    setFailure(undefined)
    try {
      await action()
      return true
    } catch (error) {
      setFailure({ title, message: errorMessage(error), retry: () => void run(title, action) })
      return false
    } finally {
      running.current = false
      setPending(false)
    }
  }, [])

  const dismiss = useCallback(() => setFailure(undefined), [])
  return { pending, failure, run, dismiss }
}
