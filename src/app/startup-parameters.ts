// URL parameters of the UI contract: ?preset=NAME resets the world (the large preset takes its size:
// &computers=&databases=&sessions=&seed=, and &recovery=full for databases in the FULL recovery model only),
// ?clock=manual|running, ?speed=1|60|600, ?at=ISO sets the simulated time (ISO 8601 only), ?tour=S7 opens a
// guided tour. They are applied once and then removed from the address, so that a reload keeps the state
// instead of resetting it again. The code a preset or a tour needs loads only when asked for.

import { errorMessage } from '../agent-api/error-message'
import type { LargePresetParams } from '../agent-api/lab-schemas'
import { type PresetName, presetNamed } from '../agent-api/preset-names'
import { holdAgentRequestsAfter } from '../agent-api/readiness'
import { takeOverWriting } from '../browser-storage/tab-writer'
import { writeTogether } from '../browser-storage/world-record'
import { formatUtc } from '../domain/world/time'
import { parseSimTimeText, serverHasHistory } from '../domain/world/world-limits'
import { getServer } from '../dpm/server-store'
import { resetDpmWorld } from '../dpm/world-reset'
import { CLOCK_SPEEDS, type ClockSpeed, resetSimTime, setClockMode, simNow } from '../sim-clock/clock'
import { afterFirstPaint } from './first-paint'
import { showNotices } from './notices'

const SIZE_PARAMS = ['computers', 'databases', 'sessions', 'seed'] as const
const HANDLED = ['preset', 'clock', 'speed', 'at', 'tour', ...SIZE_PARAMS, 'recovery'] as const

/** The parameters that change the world (stored state): only the tab that writes applies them. */
const WORLD_CHANGING = ['preset', 'at', 'clock', 'speed'] as const

export async function applyStartupParameters(): Promise<string[]> {
  const url = new URL(window.location.href)
  const params = url.searchParams
  const notices: string[] = []

  // A tab that follows another one takes the writing over first (the other tab follows from then on): the
  // address asked for this world, in this tab. The changes go out in one write (browser-storage/world-record).
  const given = WORLD_CHANGING.filter((name) => params.has(name))
  if (given.length > 0) {
    if (await takeOverWriting()) await writeTogether(() => applyWorldParameters(params, notices))
    else notices.push(notWrittenNotice(given))
  }

  // ?tour=S7 opens that guided tour (after the preset, so a tour can start on a fresh world).
  const tour = params.get('tour')
  const tourNotice =
    tour === null ? undefined : (await import('../features/tours/start-tour-from-url')).startTourFromUrl(tour)
  if (tourNotice) notices.push(tourNotice)

  if (HANDLED.some((name) => params.has(name))) {
    for (const name of HANDLED) params.delete(name)
    window.history.replaceState(null, '', `${url.pathname}${params.size ? `?${params}` : ''}${url.hash}`)
  }
  return notices
}

/** ?preset=, ?at=, ?speed= and ?clock=, in that order; what is refused is said in `notices`. */
async function applyWorldParameters(params: URLSearchParams, notices: string[]): Promise<void> {
  const preset = params.get('preset')
  let newWorld = false
  if (preset !== null) {
    try {
      const name = presetNamed(preset)
      resetWorldAtStart(name, await largePresetParams(params)).catch((error: unknown) =>
        showNotices([`The estate could not be reset to the preset: ${errorMessage(error)}`]),
      )
      newWorld = true
    } catch (error) {
      notices.push(`${error instanceof Error ? error.message : String(error)} The current estate was kept.`)
    }
  }

  const at = params.get('at')
  const atNotice = at === null ? undefined : await applyAt(at, newWorld)
  if (atNotice) notices.push(atNotice)

  const speedParam = params.get('speed')
  const speed = CLOCK_SPEEDS.find((s) => String(s) === speedParam)
  if (speedParam !== null && speed === undefined) {
    notices.push(`Clock speed "${speedParam}" is not one of ${CLOCK_SPEEDS.join(', ')}.`)
  }
  const clock = params.get('clock')
  if (clock === 'manual' || clock === 'running') setClockMode(clock, speed as ClockSpeed | undefined)
  else if (clock !== null) notices.push(`Clock mode "${clock}" is not manual or running.`)
  else if (speed !== undefined) setClockMode('running', speed)
}

const notWrittenNotice = (given: readonly string[]) =>
  `The address asks to change the world (${given.map((name) => `?${name}=`).join(', ')}), but DPM Console is open in another tab, which makes the changes and did not hand them over: nothing was changed. Choose "Use this tab", then open the address again.`

/**
 * ?at= sets the simulated time. Moving it back is refused in a world that has history (DPM would hold jobs,
 * recovery points and estate changes from its future), unless a ?preset= in the same address started a new one.
 */
async function applyAt(text: string, newWorld: boolean): Promise<string | undefined> {
  const time = parseSimTimeText(text)
  if (time instanceof Error) return `The time in ?at= was not applied: ${time.message}; the clock was kept.`
  if (time < simNow() && !newWorld && (await worldHasHistory())) {
    return `The clock was kept at ${formatUtc(simNow())}: ?at=${text} would move it back in a world that has history. Add ?preset= to the address to start a new world at that time.`
  }
  resetSimTime(time)
  return undefined
}

async function worldHasHistory(): Promise<boolean> {
  if (serverHasHistory(getServer())) return true
  const { getLabWorldRecord } = await import('../agent-api/lab')
  return (await getLabWorldRecord()).log.length > 0
}

/**
 * The reset a `?preset=` address asks for: the DPM world and the clock at once, so that the first render shows
 * them, and the estate as the agents' first request once they have started (after the first paint): every
 * other agent request waits for it (agent-api/readiness). The lab's code loads after the first paint too.
 * Resolves once both are done.
 */
function resetWorldAtStart(preset: PresetName, params?: Partial<LargePresetParams>): Promise<void> {
  const estate = afterFirstPaint()
    .then(() => import('../agent-api/lab'))
    .then(({ resetLab }) => resetLab({ preset, params }, { first: true }))
  holdAgentRequestsAfter(estate)
  // One write for both, once the estate is reset (browser-storage/world-record).
  return writeTogether(async () => {
    resetDpmWorld()
    await estate
  })
}

/** The large preset's size and recovery models from the URL; a bad value is refused before anything is reset. */
async function largePresetParams(params: URLSearchParams) {
  const given: Record<string, unknown> = Object.fromEntries(
    SIZE_PARAMS.filter((name) => params.has(name)).map((name) => [name, Number(params.get(name))]),
  )
  const recovery = params.get('recovery')
  if (recovery !== null) given.recovery = recovery
  if (Object.keys(given).length === 0) return undefined
  const { largePresetParamsSchema } = await import('../agent-api/lab-schemas')
  const parsed = largePresetParamsSchema.partial().safeParse(given)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const what = issue?.path[0] === 'recovery' ? 'recovery models' : 'size'
    throw new Error(`The preset ${what} "${issue?.path.join('.')}" in the URL is invalid: ${issue?.message}.`)
  }
  return parsed.data
}

/**
 * ?at= without a ?preset= asks the agents whether the estate has history before the first render: they must
 * start at once. (A ?preset= resets the estate once they have started, after the first paint.)
 */
export function startupNeedsAgents(): boolean {
  const params = new URLSearchParams(window.location.search)
  return params.has('at') && !params.has('preset')
}
