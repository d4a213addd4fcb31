// Builds the estate of a preset. `params` only shapes the large preset.
import type { LargePresetParams, PresetName } from '../../agent-api/lab-schemas'
import { createEstate, type Estate } from '../estate-model'
import { defaultEstate } from './default-preset'
import { hostileEstate } from './hostile-preset'
import { largeEstate } from './large-preset'

export function createPreset(preset: PresetName, params?: Partial<LargePresetParams>): Estate {
  switch (preset) {
    case 'default':
      return defaultEstate()
    case 'empty':
      return createEstate('empty')
    case 'large':
      return largeEstate(params)
    case 'hostile':
      return hostileEstate()
  }
}
