// The estate survives a reload as a recipe, not a snapshot: the preset, its parameters and the log of
// operations, replayed on load (the large preset's 40,000 databases would not fit in localStorage).
// A stored value that cannot be read never stops the console: it starts from the default preset and keeps
// the unreadable text aside for a human to look at. It is stored in one record with the DPM server state and
// the clock (browser-storage/world-record).
import { z } from 'zod'
import {
  type LargePresetParams,
  largePresetParamsSchema,
  type PresetName,
  presetNameSchema,
} from '../agent-api/lab-schemas'
import { readWorldSlice, setAsideWorldSlice, writeWorldSlice } from '../browser-storage/world-record'
import { recordChange } from './change-log'
import type { Estate } from './estate-model'
import { applyOperation, estateOperationSchema } from './estate-operations'
import { createPreset } from './presets/create-preset'
import { DEFAULT_LARGE_PARAMS } from './presets/large-preset'

/**
 * 2: the presets have Always On availability groups. A version-1 record is read as it was written: its large
 * preset is generated without them (they take computers and databases from the generated ones, which a
 * version-1 log may name); the default preset's groups are on computers of their own, so a version-1 default
 * world gains them. Saved again, such a record keeps its version, so it keeps rebuilding the same world.
 */
export const ESTATE_RECORD_VERSION = 2

export const estateRecordSchema = z.object({
  version: z.union([z.literal(1), z.literal(ESTATE_RECORD_VERSION)]),
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

export function newRecord(
  preset: PresetName,
  params: Partial<LargePresetParams> | undefined,
  firstSeq: number,
  startedAt: number,
): EstateRecord {
  // The large preset's parameters are stored in full, so a later change of the defaults keeps this world.
  const fullParams = preset === 'large' ? { ...DEFAULT_LARGE_PARAMS, ...params } : undefined
  return { version: ESTATE_RECORD_VERSION, preset, params: fullParams, firstSeq, startedAt, log: [] }
}

/** Regenerates the preset and replays the log; throws when the log does not replay. */
export function buildWorld(record: EstateRecord): World {
  const estate = createPreset(record.preset, record.params, { availabilityGroups: record.version >= 2 })
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

/** Stores the estate's recipe, with the DPM server state and the clock (browser-storage/world-record). */
export function saveWorld(record: EstateRecord): void {
  writeWorldSlice('estate', () => record)
}

/** The stored world, a fresh default one when there is none or when it cannot be read (set aside, with a notice). */
export function loadWorld(now: number): World {
  const stored = readWorldSlice('estate')
  if (stored === undefined) return buildWorld(newRecord('default', undefined, 1, now))
  try {
    return buildWorld(checkRecord(stored))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    setAsideWorldSlice('estate', 'lab estate', reason, 'the console started from the default preset')
    const world = buildWorld(newRecord('default', undefined, 1, now))
    saveWorld(world.record)
    return world
  }
}

function checkRecord(stored: unknown): EstateRecord {
  // A value stored before the world record that was not JSON stays text.
  if (typeof stored === 'string') throw new Error('it is not JSON')
  const parsed = estateRecordSchema.safeParse(stored)
  if (parsed.success) return structuredClone(parsed.data)
  const issue = parsed.error.issues[0]
  throw new Error(`${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'unexpected shape'}`)
}
