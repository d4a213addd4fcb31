// How the lab states the injected faults, in the status bar and in the lab panel.
import type { Faults } from '../../agent-api/lab-schemas'
import { nameCharactersProblem } from '../../domain/estate/name-characters'

/** "latency 500 ms; error rate 20 %; unreachable: SQL-MIR01", or undefined when no fault is on. */
export function describeFaults({
  latencyMs = 0,
  errorRate = 0,
  unreachable = [],
}: Faults): string | undefined {
  const parts = [
    latencyMs > 0 ? `latency ${latencyMs} ms` : '',
    errorRate > 0 ? `error rate ${Math.round(errorRate * 100)} %` : '',
    unreachable.length > 0 ? `unreachable: ${unreachable.join(', ')}` : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join('; ') : undefined
}

export interface FaultsForm {
  latencyMs: string
  errorRatePercent: string
  unreachable: string
}

/** The form as it shows faults in force. */
export const faultsFormOf = (faults: Faults): FaultsForm => ({
  latencyMs: String(faults.latencyMs ?? 0),
  errorRatePercent: String(Math.round((faults.errorRate ?? 0) * 100)),
  unreachable: (faults.unreachable ?? []).join(', '),
})

/**
 * The form once the faults in force changed (through `window.dpmLab.faults`, Apply or Clear): it shows the new
 * faults, unless the admin typed something that is not applied yet (`edited`), which stays.
 */
export function faultsFormAfter(form: FaultsForm, edited: boolean, inForce: Faults): FaultsForm {
  return edited ? form : faultsFormOf(inForce)
}

export type FaultsFormErrors = Partial<Record<keyof FaultsForm, string>>

/**
 * The Faults form as typed, checked field by field: latency 0 to 60,000 ms, error rate 0 to 100 %, computers
 * that exist in the estate (`knownHosts`, lower-cased names of computers and virtual servers).
 */
export function parseFaultsForm(
  form: FaultsForm,
  knownHosts: ReadonlySet<string>,
): { faults: Faults } | { errors: FaultsFormErrors } {
  const errors: FaultsFormErrors = {}
  const latencyMs = Number(form.latencyMs.trim() || '0')
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 60_000)
    errors.latencyMs = 'Enter a whole number of milliseconds from 0 to 60000.'
  const percent = Number(form.errorRatePercent.trim() || '0')
  if (!Number.isFinite(percent) || percent < 0 || percent > 100)
    errors.errorRatePercent = 'Enter a percentage from 0 to 100.'
  const unreachable = [
    ...new Set(
      form.unreachable
        .split(/[,;\s]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ]
  const unknown = unreachable.filter((name) => !knownHosts.has(name.toLowerCase()))
  const unsafe = nameCharactersProblem(unreachable.join(''), 'A computer name')
  if (unsafe) errors.unreachable = unsafe
  else if (unknown.length > 0)
    errors.unreachable = `Not a computer of this estate: ${unknown.join(', ')}. Separate names with commas.`
  if (Object.keys(errors).length > 0) return { errors }
  return { faults: { latencyMs, errorRate: percent / 100, unreachable } }
}
