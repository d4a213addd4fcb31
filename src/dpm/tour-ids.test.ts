import { describe, expect, it } from 'vitest'
import { parseTourId, TOUR_IDS, unknownTourMessage } from './tour-ids'

describe('tour names', () => {
  it('has one tour per scenario S2 to S9, and AG', () => {
    expect(TOUR_IDS).toEqual(['S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'AG'])
  })

  it('reads a name from the URL whatever its case and spaces', () => {
    expect(parseTourId('S7')).toBe('S7')
    expect(parseTourId(' s4 ')).toBe('S4')
    expect(parseTourId('ag')).toBe('AG')
  })

  // S1 and S10 have no tour of their own: they are prerequisites and refusals shown inside S3 and S2.
  it('refuses a scenario without a tour and anything else, naming the tours', () => {
    expect(parseTourId('S1')).toBeUndefined()
    expect(parseTourId('S10')).toBeUndefined()
    expect(parseTourId('')).toBeUndefined()
    expect(unknownTourMessage('S1')).toBe('There is no tour "S1". Tours: S2, S3, S4, S5, S6, S7, S8, S9, AG.')
  })
})
