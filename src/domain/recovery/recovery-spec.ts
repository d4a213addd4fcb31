// What a recovery is asked to do, as the Recovery Wizard hands it over and a Recovery job records it (so that
// Retry runs it again). Plain types that the DPM server's records name, apart from the recovery rules.
import type { SimTime } from '../estate/estate'

export type RecoveryType = 'original-instance' | 'any-instance' | 'network-folder' | 'tape'

export type RecoveryPointChoice = { kind: 'point'; at: SimTime } | { kind: 'latest'; at: SimTime }

export type DatabaseStateAfterRecovery = 'operational' | 'non-operational'

export type RecoveryDestination =
  | { kind: 'instance'; instancePath: string; databaseName: string; overwrite: boolean }
  | { kind: 'folder'; path: string }

export interface RecoverySpec {
  dataSourceId: string
  point: RecoveryPointChoice
  type: Exclude<RecoveryType, 'tape'>
  destination: RecoveryDestination
  state: DatabaseStateAfterRecovery
  /** Network bandwidth usage throttling, in Mbps; undefined when off. */
  throttleMbps?: number
  /** E-mail notification recipients when the recovery completes. */
  notify: string[]
}
