// The one live estate of this page (or test process): loaded lazily from browser storage, changed only
// through applyOperation at the simulated time, and saved after every change. In Node it lives in memory.
import type { LargePresetParams, PresetName } from '../agent-api/lab-schemas'
import type { EstateChange } from '../agent-api/schemas'
import { simNow } from '../sim-clock/clock'
import type { Estate } from './estate-model'
import { applyOperation, type EstateOperation } from './estate-operations'
import {
  buildWorld,
  loadWorld,
  newRecord,
  type StorageLike,
  saveWorld,
  type World,
} from './estate-persistence'

let world: World | undefined
const startupNotices: string[] = []

function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined // storage blocked by the browser's settings
  }
}

function currentWorld(): World {
  if (!world) {
    const loaded = loadWorld(browserStorage(), simNow())
    world = loaded.world
    if (loaded.notice) startupNotices.push(loaded.notice)
  }
  return world
}

export function currentEstate(): Estate {
  return currentWorld().estate
}

/** Starts a new world from a preset; change seqs continue from the old world's. */
export function resetEstate(preset: PresetName, params?: Partial<LargePresetParams>): Estate {
  const firstSeq = currentEstate().seq + 1
  world = buildWorld(newRecord(preset, params, firstSeq, simNow()))
  saveWorld(browserStorage(), world.record)
  return world.estate
}

/** Applies an operation now (simulated time), logs and saves it; throws a LabError when refused. */
export function performOperation(operation: EstateOperation): EstateChange | undefined {
  const { estate, record } = currentWorld()
  const at = simNow()
  const change = applyOperation(estate, operation, at)
  if (change) {
    record.log.push({ at, operation })
    saveWorld(browserStorage(), record)
  }
  return change
}

/** Messages for the console to show once at startup (an unreadable saved estate); taking them clears them. */
export function takeStartupNotices(): string[] {
  currentWorld()
  return startupNotices.splice(0)
}
