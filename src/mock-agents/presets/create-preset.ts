// Builds the estate of a preset. `params` only shapes the large preset.
import type { LargePresetParams, PresetName } from '../../agent-api/lab-schemas'
import { createEstate, type Estate } from '../estate-model'
import { defaultEstate } from './default-preset'
import { hostileEstate } from './hostile-preset'
import { largeEstate } from './large-preset'

/**
 * `availabilityGroups: false` builds the large preset as a version-1 estate record knew it (estate-persistence);
 * the default preset's groups add computers of their own, so it always has them.
 */
export function createPreset(
  preset: PresetName,
  params?: Partial<LargePresetParams>,
  { availabilityGroups = true } = {},
): Estate {
  switch (preset) {
    case 'default':
      return defaultEstate()
    case 'empty':
      return createEstate('empty')
    case 'large':
      return largeEstate(params, { availabilityGroups })
    case 'hostile':
      return hostileEstate()
  }
}
