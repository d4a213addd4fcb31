// The estate survives a reload as a recipe, not a snapshot: the preset, its parameters and the log of
// operations, replayed on load (the large preset's 40,000 databases would not fit in localStorage).
// A stored value that cannot be read never stops the console: it starts from the default preset and keeps
// the unreadable text aside for a human to look at.
import { z } from 'zod'
import {
  type LargePresetParams,
  largePresetParamsSchema,
  type PresetName,
  presetNameSchema,
} from '../agent-api/lab-schemas'
import { recordChange } from './change-log'
import type { Estate } from './estate-model'
import { applyOperation, estateOperationSchema } from './estate-operations'
import { createPreset } from './presets/create-preset'
import { DEFAULT_LARGE_PARAMS } from './presets/large-preset'

export const ESTATE_STORAGE_KEY = 'dpm-console:estate'
export const UNREADABLE_ESTATE_KEY = 'dpm-console:estate:unreadable'

export const estateRecordSchema = z.object({
  version: z.literal(1),
  preset: presetNameSchema,
  params: largePresetParamsSchema.optional(),
  /** The seq of the reset that began this world: seqs keep growing across resets, so DPM never misses one. */
  firstSeq: z.number().int().min(1),
  startedAt: z.number(),
  log: z.array(z.object({ at: z.number(), operation: estateOperationSchema })),
})
export type EstateRecord = z.infer<typeof estateRecordSchema>

export interface World {
  estate: Estate
  record: EstateRecord
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

export function newRecord(
  preset: PresetName,
  params: Partial<LargePresetParams> | undefined,
  firstSeq: number,
  startedAt: number,
): EstateRecord {
  // The large preset's parameters are stored in full, so a later change of the defaults keeps this world.
  const fullParams = preset === 'large' ? { ...DEFAULT_LARGE_PARAMS, ...params } : undefined
  return { version: 1, preset, params: fullParams, firstSeq, startedAt, log: [] }
}

/** Regenerates the preset and replays the log; throws when the log does not replay. */
export function buildWorld(record: EstateRecord): World {
  const estate = createPreset(record.preset, record.params)
  estate.seq = record.firstSeq - 1
  recordChange(estate, {
    at: record.startedAt,
    kind: 'reset',
    summary: `The estate was reset to the ${record.preset} preset.`,
  })
  record.log.forEach(({ at, operation }, index) => {
    try {
      applyOperation(estate, operation, at)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(`operation ${index + 1} (${operation.kind}) no longer applies: ${reason}`)
    }
  })
  return { estate, record }
}

export function saveWorld(storage: StorageLike | undefined, record: EstateRecord): void {
  try {
    storage?.setItem(ESTATE_STORAGE_KEY, JSON.stringify(record))
  } catch {
    // Storage full or blocked: the estate lives on in memory until the page closes.
  }
}

/** The stored world, a fresh default one when there is none, or a fresh one plus a notice when it is unreadable. */
export function loadWorld(storage: StorageLike | undefined, now: number): { world: World; notice?: string } {
  let raw: string | null = null
  try {
    raw = storage?.getItem(ESTATE_STORAGE_KEY) ?? null
  } catch {
    raw = null
  }
  if (raw === null) return { world: buildWorld(newRecord('default', undefined, 1, now)) }
  try {
    return { world: buildWorld(parseRecord(raw)) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    try {
      storage?.setItem(UNREADABLE_ESTATE_KEY, raw)
    } catch {
      // Nowhere to keep it: the notice still tells what happened.
    }
    const world = buildWorld(newRecord('default', undefined, 1, now))
    saveWorld(storage, world.record)
    return {
      world,
      notice: `The saved lab estate could not be read (${reason}), so the console started from the default preset. The unreadable copy is kept in browser storage under "${UNREADABLE_ESTATE_KEY}".`,
    }
  }
}

function parseRecord(raw: string): EstateRecord {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new Error('it is not JSON')
  }
  const parsed = estateRecordSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new Error(`${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'unexpected shape'}`)
}
