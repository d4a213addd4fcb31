// `?tour=S7` of the startup parameters: opens that tour, or says which tours there are.
import { parseTourId, unknownTourMessage } from '../../dpm/tour-ids'
import { startTour } from './tour-store'

/** Opens the named tour; returns a notice for the console when there is no tour by that name. */
export function startTourFromUrl(name: string): string | undefined {
  const tourId = parseTourId(name)
  if (!tourId) return unknownTourMessage(name)
  startTour(tourId)
  return undefined
}
