// Every guided tour by its scenario.
import type { TourId } from '../../dpm/tour-ids'
import type { Tour } from './tour-types'
import { agTour } from './tours/ag'
import { s2Tour } from './tours/s2'
import { s3Tour } from './tours/s3'
import { s4Tour } from './tours/s4'
import { s5Tour } from './tours/s5'
import { s6Tour } from './tours/s6'
import { s7Tour } from './tours/s7'
import { s8Tour } from './tours/s8'
import { s9Tour } from './tours/s9'

export const TOURS: Record<TourId, Tour> = {
  S2: s2Tour,
  S3: s3Tour,
  S4: s4Tour,
  S5: s5Tour,
  S6: s6Tour,
  S7: s7Tour,
  S8: s8Tour,
  S9: s9Tour,
  AG: agTour,
}
