// The guided tours: one per scenario of the seed that a presenter shows on the console, S2 to S9, and AG (a
// mirroring failover beside an availability group failover). S1 (agents on every partner and node) is a step
// of S3's tour; S10 has nothing to run (DPM only refuses it). `?tour=S7` starts one.

export const TOUR_IDS = ['S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'AG'] as const
export type TourId = (typeof TOUR_IDS)[number]

/** The tour a URL or a presenter names (`s7`, ` S7 `), or undefined when there is none by that name. */
export function parseTourId(text: string): TourId | undefined {
  const wanted = text.trim().toUpperCase()
  return TOUR_IDS.find((id) => id === wanted)
}

export function unknownTourMessage(text: string): string {
  return `There is no tour "${text}". Tours: ${TOUR_IDS.join(', ')}.`
}
