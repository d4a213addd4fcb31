// Fault injection for tests and demos: latency on every agent request, an error rate that fails a
// deterministic share of agent requests and backup jobs, and unreachable computers.
import type { Faults } from '../agent-api/lab-schemas'
import type { BackupSeries, EstateChange } from '../agent-api/schemas'
import { recordChange } from './change-log'
import { hashToUnit } from './deterministic-random'
import { databasesOnHost, type Estate, key, requireComputer } from './estate-model'

/** Replaces the faults in force: what `faults` leaves out is cleared, so `{}` heals the estate. */
export function setFaults(estate: Estate, faults: Faults, at: number): EstateChange {
  const unreachable = [...new Set((faults.unreachable ?? []).map((name) => canonicalHost(estate, name)))]
  const before = estate.faults.unreachable
  // An agent that stops answering keeps the time of its last answer (Management > Agents, Last Contact).
  const wasUnreachable = new Set(before.map(key))
  for (const name of unreachable) {
    const computer = estate.computers.get(key(name))
    if (computer && !wasUnreachable.has(key(name))) computer.agentLastContact = at
  }
  estate.faults = { latencyMs: faults.latencyMs ?? 0, errorRate: faults.errorRate ?? 0, unreachable }
  estate.unreachable = new Set(unreachable.map(key))
  estate.agentRequestCount = 0
  const touched = [...new Set([...before, ...unreachable])]
  return recordChange(estate, {
    at,
    kind: 'faults',
    summary: describeFaults(estate.faults),
    computers: touched,
    databases: touched.flatMap((host) => databasesOnHost(estate, host).map((db) => db.path)),
  })
}

/** A computer or virtual server as the estate spells it; throws for an unknown name. */
export function canonicalHost(estate: Estate, name: string): string {
  const cluster = estate.virtualServers.get(key(name))
  return (
    cluster?.virtualServers.find((server) => key(server) === key(name)) ?? requireComputer(estate, name).name
  )
}

function describeFaults({ latencyMs, errorRate, unreachable }: Required<Faults>): string {
  const parts = [
    latencyMs > 0 ? `latency ${latencyMs} ms` : '',
    errorRate > 0 ? `error rate ${Math.round(errorRate * 100)} %` : '',
    unreachable.length > 0 ? `unreachable: ${unreachable.join(', ')}` : '',
  ].filter(Boolean)
  return parts.length > 0 ? `Faults: ${parts.join('; ')}.` : 'Faults cleared.'
}

/** Whether this agent request fails: the n-th request since the faults were set always gives the same answer. */
export function agentRequestFails(estate: Estate): boolean {
  if (estate.faults.errorRate <= 0) return false
  estate.agentRequestCount++
  return hashToUnit(`request:${estate.agentRequestCount}`) < estate.faults.errorRate
}

/**
 * Whether a backup job fails: a function of the job (its database, kind and time, and an admin job's id), so
 * a retry at another time, or another admin request at the same time, may pass.
 */
export function backupJobFails(estate: Estate, job: Omit<BackupSeries, 'at'> & { at: number }): boolean {
  return (
    estate.faults.errorRate > 0 &&
    hashToUnit(`job:${job.path}|${job.kind}|${job.job ?? ''}@${job.at}`) < estate.faults.errorRate
  )
}
