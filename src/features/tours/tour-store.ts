// Which tour is open and how far the presenter got. Started by `?tour=S7` (startup parameters) or from the lab.
import { createStore } from 'zustand/vanilla'
import type { TourId } from '../../dpm/tour-ids'

export type StepStatus = 'ready' | 'running' | 'done' | 'failed'

export interface TourState {
  tourId?: TourId
  step: number
  status: StepStatus
  error?: string
}

const CLOSED: TourState = { tourId: undefined, step: 0, status: 'ready', error: undefined }

export const tourStore = createStore<TourState>()(() => CLOSED)

export function startTour(tourId: TourId): void {
  tourStore.setState({ ...CLOSED, tourId })
}

export function endTour(): void {
  tourStore.setState(CLOSED)
}

/** Moves to another step; it starts undone, whatever the presenter did there before. */
export function goToStep(step: number): void {
  tourStore.setState({ step, status: 'ready', error: undefined })
}

/** Runs a step's Do it; a failure stays on the step with its message, to try again. */
export async function runStep(action: () => Promise<void>): Promise<void> {
  const { step, tourId } = tourStore.getState()
  tourStore.setState({ status: 'running', error: undefined })
  const stillHere = () => tourStore.getState().step === step && tourStore.getState().tourId === tourId
  try {
    await action()
    if (stillHere()) tourStore.setState({ status: 'done' })
  } catch (error) {
    if (stillHere())
      tourStore.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
  }
}
