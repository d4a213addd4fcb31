// The two replica set-ups the presets use: a synchronous-commit replica that can fail over automatically,
// and an asynchronous-commit one that fails over only manually (SQL Server allows nothing else for it).
import type { NewReplica } from '../availability-groups'

type Modes = Pick<NewReplica, 'availabilityMode' | 'failoverMode'>

export const SYNCHRONOUS_AUTOMATIC: Modes = {
  availabilityMode: 'SYNCHRONOUS_COMMIT',
  failoverMode: 'AUTOMATIC',
}
export const ASYNCHRONOUS_MANUAL: Modes = { availabilityMode: 'ASYNCHRONOUS_COMMIT', failoverMode: 'MANUAL' }
