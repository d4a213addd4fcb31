// Export state / Import state: the whole demo world in one versioned JSON file: the DPM server state (in its
// stored, versioned form), the estate as its preset plus operation log (from the lab API) and the clock.
// A file is checked completely before anything changes; a bad one changes nothing.
import { z } from 'zod'
import { getLabWorldRecord, importLabWorldRecord } from '../agent-api/lab'
import { labWorldRecord } from '../agent-api/lab-schemas'
import { writeTogether } from '../browser-storage/world-record'
import type { DpmServerState } from '../domain/protection/protection'
import { serverStateProblems, simTimeProblem } from '../domain/world/world-limits'
import { CLOCK_SPEEDS, clockStore, setClockMode } from '../sim-clock/clock'
import { describeIssue } from './describe-issue'
import { queryClient } from './query-client'
import { labKeys } from './query-keys'
import { packServerState, SERVER_STATE_VERSION } from './server-persistence'
import { getServer, replaceServer } from './server-store'
import { readStoredServer } from './stored-state-reading'
import { resetDpmWorld } from './world-reset'

export const STATE_FILE_FORMAT = 'dpm-console-state'
export const STATE_FILE_VERSION = 1

const stateFileSchema = z.object({
  format: z.literal(STATE_FILE_FORMAT, { error: `expected "format": "${STATE_FILE_FORMAT}"` }),
  version: z.literal(STATE_FILE_VERSION, {
    error: `this console reads state files of version ${STATE_FILE_VERSION}`,
  }),
  exportedAt: z.string(),
  clock: z.object({
    now: z.number().finite(),
    mode: z.enum(['manual', 'running']),
    speed: z.literal(CLOCK_SPEEDS),
  }),
  /** The DPM server state as it is stored in the browser, with its own schema version (migrated on import). */
  server: z.object({ version: z.number().int(), state: z.unknown() }),
  estate: labWorldRecord,
})
export type StateFile = z.infer<typeof stateFileSchema>

export interface CheckedStateFile {
  file: StateFile
  server: DpmServerState
}

export async function exportState(): Promise<StateFile> {
  const estate = await getLabWorldRecord()
  const { now, mode, speed } = clockStore.getState()
  return {
    format: STATE_FILE_FORMAT,
    version: STATE_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    clock: { now, mode, speed },
    server: { version: SERVER_STATE_VERSION, state: packServerState(getServer()) },
    estate,
  }
}

/** A file name that sorts by simulated time. */
export function stateFileName(file: StateFile): string {
  return `dpm-console-state-${file.exportedAt.replace(/[:.]/g, '-')}.json`
}

/**
 * The largest file Import state reads: the browser keeps the whole world in a storage of a few megabytes, so a
 * larger one could not be saved after it was imported.
 */
export const MAX_STATE_FILE_BYTES = 8 * 1024 * 1024

/** Why a file of `bytes` is not read, or undefined when it is not too large. */
export function stateFileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_STATE_FILE_BYTES) return undefined
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  return `The file has ${mb(bytes)}; Import state reads files of up to ${mb(MAX_STATE_FILE_BYTES)}.`
}

/** Checks a file's text completely; throws an Error that says what is wrong with it. */
export function checkStateFile(text: string): CheckedStateFile {
  // A character takes one to three bytes in the file; its length is what the browser's storage counts.
  const sizeProblem = stateFileSizeProblem(text.length)
  if (sizeProblem) throw new Error(sizeProblem)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error('The file is not JSON.')
  }
  const parsed = stateFileSchema.safeParse(json)
  if (!parsed.success)
    throw new Error(`The file is not a DPM Console state file: ${describeIssue(parsed.error)}.`)
  const file = parsed.data
  const clockProblem = simTimeProblem(file.clock.now)
  if (clockProblem)
    throw new Error(`The clock in the file, ${file.clock.now}, cannot be used: ${clockProblem}.`)
  const estateTimes = [file.estate.startedAt, ...file.estate.log.map((entry) => entry.at)]
  const estateTime = estateTimes.find((time) => simTimeProblem(time) !== undefined)
  if (estateTime !== undefined) {
    throw new Error(`The estate in the file has the time ${estateTime}: ${simTimeProblem(estateTime)}.`)
  }
  let server: DpmServerState
  try {
    server = readStoredServer(file.server.state, file.server.version)
  } catch (error) {
    throw new Error(
      `The DPM server state in the file cannot be read: ${error instanceof Error ? error.message : error}.`,
    )
  }
  const problems = serverStateProblems(server)
  if (problems.length > 0) {
    throw new Error(`The DPM server state in the file cannot be used: ${problems.join('; ')}.`)
  }
  return { file, server }
}

/**
 * Replaces the world with the file's. The estate goes first: the agents rebuild it from the log and refuse
 * (changing nothing) when it does not replay; only then do the DPM server state and the clock change.
 */
export async function importState({ file, server }: CheckedStateFile): Promise<void> {
  // Stored in one write, once all three parts are in (browser-storage/world-record).
  await writeTogether(async () => {
    await importLabWorldRecord(file.estate)
    resetDpmWorld(file.clock.now)
    replaceServer(server)
    setClockMode(file.clock.mode, file.clock.speed)
  })
  await queryClient.invalidateQueries({ queryKey: labKeys.all })
}

/** What importing a file replaced: the world before it, ready to import back (Undo import), or why it is not. */
export type KeptWorld = { kept: CheckedStateFile } | { notKept: string }

/**
 * Imports a checked file after keeping the current world, so that Undo import can put it back. A current world
 * that would not pass the checks of a file (a damaged one) is not kept: the import goes on, and says so.
 */
export async function importStateKeepingCurrent(checked: CheckedStateFile): Promise<KeptWorld> {
  let before: KeptWorld
  try {
    before = { kept: checkStateFile(JSON.stringify(await exportState())) }
  } catch (error) {
    before = { notKept: error instanceof Error ? error.message : String(error) }
  }
  await importState(checked)
  return before
}
