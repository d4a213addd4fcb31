// Shows the open tour's panel; its code (the tours and their steps) loads only when a tour opens.
import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { tourStore } from './tour-store'

const TourPanel = lazy(() => import('./tour-panel').then((m) => ({ default: m.TourPanel })))

export function TourMount() {
  const open = useStore(tourStore, (state) => state.tourId !== undefined)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <TourPanel />
    </Suspense>
  )
}
