// The lab's presets by name, without the lab's schemas: a ?preset= address is checked before the console's
// first render, which does not load them.
export const PRESET_NAMES = ['default', 'empty', 'large', 'hostile'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

/** The preset called `name`; throws, saying which presets there are, for any other name. */
export function presetNamed(name: string): PresetName {
  const found = PRESET_NAMES.find((preset) => preset === name)
  if (found === undefined) throw new Error(`Unknown preset "${name}". Presets: ${PRESET_NAMES.join(', ')}.`)
  return found
}
