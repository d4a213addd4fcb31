// A guided tour is data: steps that narrate in DPM's words, say what Do it does, and point at where to look.
import type { TourId } from '../../dpm/tour-ids'
import type { ElementQuery } from './ui-driver'

export interface TourStep {
  title: string
  /** What happens, in DPM's words (dpm-reference.md). */
  narration: string
  /** What the presenter does; Do it does the same. A step without one only points at something. */
  doIt?: { label: string; run: () => Promise<void> }
  /** Where to look once the step is done: the highlight is drawn around it. */
  look?: { label: string; at: ElementQuery }
}

export interface Tour {
  id: TourId
  title: string
  /** The seed's own sentence for the scenario. */
  summary: string
  steps: TourStep[]
}
