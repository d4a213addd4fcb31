// The Recovery wizard's choices, as typed, and how they become a recovery DPM can run.

import { instancePathOf, splitDatabasePath } from '../../domain/estate/estate'
import type { DataSource } from '../../domain/protection/protection'
import {
  type DatabaseStateAfterRecovery,
  parseRecipients,
  type RecoveryPointChoice,
  type RecoverySpec,
  type RecoveryType,
  type RecoveryTypeOption,
  type RecoveryWizardPage,
  validateThrottle,
} from '../../domain/recovery/recovery'

export interface RecoveryDraft {
  type: RecoveryType
  instance: string
  databaseName: string
  folder: string
  state: DatabaseStateAfterRecovery
  throttle: boolean
  throttleMbps: string
  notify: boolean
  recipients: string
}

export function initialDraft(dataSource: DataSource, options: readonly RecoveryTypeOption[]): RecoveryDraft {
  const original = options.find((option) => option.type === 'original-instance')
  return {
    type: original?.enabled ? 'original-instance' : 'any-instance',
    instance: '',
    databaseName: splitDatabasePath(dataSource.path).database,
    folder: '',
    state: 'operational',
    throttle: false,
    throttleMbps: '100',
    notify: false,
    recipients: '',
  }
}

export interface OptionErrors {
  throttle?: string
  recipients?: string
}

export function checkOptions(draft: RecoveryDraft): OptionErrors {
  const throttle = draft.throttle ? validateThrottle(draft.throttleMbps) : undefined
  const recipients = draft.notify ? parseRecipients(draft.recipients) : undefined
  return {
    throttle: throttle && 'error' in throttle ? throttle.error : undefined,
    recipients: recipients && 'error' in recipients ? recipients.error : undefined,
  }
}

export const hasErrors = (errors: object) => Object.values(errors).some(Boolean)

/** The recovery to run; call it once every page checked out. */
export function recoverySpecOf(
  draft: RecoveryDraft,
  dataSource: DataSource,
  point: RecoveryPointChoice,
  pages: readonly RecoveryWizardPage[],
): RecoverySpec {
  if (draft.type === 'tape') throw new Error('No tape library is attached to this DPM server.')
  const throttle = draft.throttle ? validateThrottle(draft.throttleMbps) : undefined
  const recipients = draft.notify ? parseRecipients(draft.recipients) : undefined
  const destination: RecoverySpec['destination'] =
    draft.type === 'network-folder'
      ? { kind: 'folder', path: draft.folder.trim() }
      : draft.type === 'original-instance'
        ? {
            kind: 'instance',
            instancePath: instancePathOf(dataSource.path),
            databaseName: splitDatabasePath(dataSource.path).database,
            overwrite: true,
          }
        : {
            kind: 'instance',
            instancePath: draft.instance,
            databaseName: draft.databaseName,
            overwrite: false,
          }
  return {
    dataSourceId: dataSource.id,
    point,
    type: draft.type,
    destination,
    state: pages.includes('state') ? draft.state : 'operational',
    throttleMbps: throttle && 'mbps' in throttle ? throttle.mbps : undefined,
    notify: recipients && 'recipients' in recipients ? recipients.recipients : [],
  }
}
