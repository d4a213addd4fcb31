import { lazy, Suspense } from 'react'
import type { AdminAction } from './use-admin-action'

// Its message bar loads with the first failure: screens paint without it.
const AdminActionFailureBar = lazy(() =>
  import('./admin-action-failure-bar').then((m) => ({ default: m.AdminActionFailureBar })),
)

/** The failure of an admin action, next to where it was started, with Retry. */
export function AdminActionError({ action }: { action: AdminAction }) {
  if (!action.failure) return null
  return (
    <Suspense fallback={null}>
      <AdminActionFailureBar action={action} />
    </Suspense>
  )
}
