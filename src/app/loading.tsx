import { lazy, Suspense } from 'react'

// The spinner's code loads only when something is slow to load; its words show meanwhile.
const LoadingSpinner = lazy(() => import('./loading-spinner').then((m) => ({ default: m.LoadingSpinner })))

export function Loading({ label }: { label: string }) {
  return (
    <Suspense fallback={<span role="status">{label}</span>}>
      <LoadingSpinner label={label} />
    </Suspense>
  )
}
