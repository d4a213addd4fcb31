// The one live estate of this page (or test process): loaded lazily from browser storage, changed only
// through applyOperation at the simulated time, and saved after every change. In Node it lives in memory.
import type { LargePresetParams, PresetName } from '../agent-api/lab-schemas'
import type { EstateChange } from '../agent-api/schemas'
import { takeStorageNotices } from '../browser-storage/storage-health'
import { isThisTabWriting, onTabWritingChange, READ_ONLY_TAB_MESSAGE } from '../browser-storage/tab-writer'
import { WORLD_STORAGE_KEY } from '../browser-storage/world-record'
import { simNow } from '../sim-clock/clock'
import type { Estate } from './estate-model'
import { applyOperation, type EstateOperation } from './estate-operations'
import {
  buildWorld,
  type EstateRecord,
  loadWorld,
  newRecord,
  saveWorld,
  type World,
} from './estate-persistence'
import { LabError } from './lab-error'

let world: World | undefined

function currentWorld(): World {
  world ??= loadWorld(simNow())
  return world
}

export function currentEstate(): Estate {
  return currentWorld().estate
}

/** Starts a new world from a preset; change seqs continue from the old world's. */
export function resetEstate(preset: PresetName, params?: Partial<LargePresetParams>): Estate {
  requireWritingTab()
  const firstSeq = currentEstate().seq + 1
  world = buildWorld(newRecord(preset, params, firstSeq, simNow()))
  saveWorld(world.record)
  return world.estate
}

/** The current world's recipe (Export state). */
export function currentRecord(): EstateRecord {
  return currentWorld().record
}

/** Replaces the world with one rebuilt from a recipe (Import state); throws, changing nothing, when it does not replay. */
export function importWorld(record: EstateRecord): Estate {
  requireWritingTab()
  const imported = buildWorld(structuredClone(record))
  world = imported
  saveWorld(imported.record)
  return imported.estate
}

/** Reads the stored world again: another tab changed it (see dpm/tab-leadership). */
export function reloadWorldFromStorage(): void {
  world = undefined
  currentWorld()
}

// A tab that follows another one changes nothing: the writing tab's estate is the one in storage.
function requireWritingTab(): void {
  if (!isThisTabWriting()) throw new LabError('ReadOnlyTab', READ_ONLY_TAB_MESSAGE, 409)
}

/**
 * Starts following the stored estate (as the mock agents start in the browser): the writing tab saved a
 * change, or this tab stopped writing and drops what it did meanwhile.
 */
export function startFollowingStoredEstate(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === WORLD_STORAGE_KEY && world) reloadWorldFromStorage()
  })
  onTabWritingChange((writing) => {
    if (!writing && world) reloadWorldFromStorage()
  })
}

/** Applies an operation now (simulated time), logs and saves it; throws a LabError when refused. */
export function performOperation(operation: EstateOperation): EstateChange | undefined {
  requireWritingTab()
  const { estate, record } = currentWorld()
  const at = simNow()
  const change = applyOperation(estate, operation, at)
  if (change) {
    record.log.push({ at, operation })
    saveWorld(record)
  }
  return change
}

/** Messages for the console to show once at startup (an unreadable saved estate); taking them clears them. */
export function takeStartupNotices(): string[] {
  currentWorld()
  return takeStorageNotices()
}
