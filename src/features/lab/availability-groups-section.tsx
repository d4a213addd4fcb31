// Always On availability groups: each group's replicas as SQL Server reports them, and what a DBA or a
// failure does to them (fail over, lose the primary, a replica offline and back, the backup settings DPM
// honours). Every action goes through window.dpmLab, as a test's would.
import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { LabEstate } from '../../agent-api/lab-schemas'
import type { AvailabilityReplicaFacts, BackupPreference } from '../../domain/estate/estate'
import { BACKUP_PREFERENCE_LABEL } from '../../domain/protection/ag-backup-replica'
import {
  type AgAction,
  type AgFormErrors,
  type AgFormValues,
  agRefusalErrors,
  checkAgForm,
} from './availability-group-form'
import { dpmLab } from './lab-controller'
import { LabFormOutcome, useLabFormStyles } from './lab-form-parts'
import { useLabAction } from './lab-queries'

const replicaText = (replica: AvailabilityReplicaFacts) =>
  `${replica.computer}: ${replica.role.toLowerCase()}${replica.online ? '' : ' (offline)'}, ${
    replica.availabilityMode === 'SYNCHRONOUS_COMMIT' ? 'sync' : 'async'
  }, priority ${replica.backupPriority}${replica.excludedFromBackup ? ', excluded' : ''}`

const ACTIONS: { action: AgAction; label: string }[] = [
  { action: 'failover', label: 'Fail over' },
  { action: 'primary-fails', label: 'Primary fails' },
  { action: 'replica-offline', label: 'Replica offline' },
  { action: 'replica-online', label: 'Replica online' },
  { action: 'preference', label: 'Set backup preference' },
  { action: 'priority', label: 'Set backup priority' },
  { action: 'exclude', label: 'Exclude from backups' },
  { action: 'include', label: 'Include in backups' },
]

function perform(action: AgAction, values: AgFormValues, preference: BackupPreference): Promise<void> {
  const { ag, replica } = { ag: values.ag.trim(), replica: values.replica.trim() }
  switch (action) {
    case 'failover':
      return dpmLab.failoverAvailabilityGroup(ag, replica === '' ? undefined : replica)
    case 'primary-fails':
      return dpmLab.availabilityGroupPrimaryFails(ag)
    case 'replica-offline':
      return dpmLab.replicaOffline(ag, replica)
    case 'replica-online':
      return dpmLab.replicaOnline(ag, replica)
    case 'preference':
      return dpmLab.setBackupPreference(ag, preference)
    case 'priority':
      return dpmLab.setReplicaBackupPriority(ag, replica, Number(values.priority.trim()))
    case 'exclude':
    case 'include':
      return dpmLab.setReplicaExcludedFromBackup(ag, replica, action === 'exclude')
  }
}

export function AvailabilityGroupsSection({ estate }: { estate: LabEstate }) {
  const styles = useLabFormStyles()
  const groups = estate.availabilityGroups ?? []
  const [values, setValues] = useState<AgFormValues>({ ag: '', replica: '', priority: '' })
  const [preference, setPreference] = useState<BackupPreference>('SECONDARY')
  // The fields the last action was refused for (checked on the click, or by the lab), marked at each field.
  const [errors, setErrors] = useState<AgFormErrors>({})
  const act = useLabAction()
  const formError = act.isError && agRefusalErrors(act.error) === undefined ? act.error.message : undefined

  const change = (field: keyof AgFormValues, value: string) => {
    setErrors((current) => ({ ...current, [field]: undefined }))
    act.reset()
    setValues((current) => ({ ...current, [field]: value }))
  }

  const run = (action: AgAction) => {
    const problems = checkAgForm(action, values, groups)
    setErrors(problems)
    if (Object.keys(problems).length > 0) return
    act.mutate(() => perform(action, values, preference), {
      onError: (error) => setErrors(agRefusalErrors(error) ?? {}),
    })
  }

  if (groups.length === 0) return <p>No availability group in this estate.</p>
  return (
    <>
      <Table aria-label="Availability groups" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Group</TableHeaderCell>
            <TableHeaderCell>Backup preference</TableHeaderCell>
            <TableHeaderCell>Replicas</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((group) => (
            <TableRow
              key={`${group.cluster}\\${group.name}`}
              data-testid={`availability-group:${group.name}`}
            >
              <TableCell>
                {group.cluster}\{group.name} ({group.databases.join(', ')})
              </TableCell>
              <TableCell>{BACKUP_PREFERENCE_LABEL[group.backupPreference]}</TableCell>
              <TableCell>{group.replicas.map(replicaText).join('; ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <form
        className={styles.form}
        aria-label="Change an availability group"
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label="Availability group" hint="NAME or CLUSTER\NAME" validationMessage={errors.ag}>
          <Input value={values.ag} onChange={(_, data) => change('ag', data.value)} />
        </Field>
        <Field
          label="Replica"
          hint="Its node or COMPUTER\INSTANCE (Fail over: the target, optional)"
          validationMessage={errors.replica}
        >
          <Input value={values.replica} onChange={(_, data) => change('replica', data.value)} />
        </Field>
        <Field label="Backup preference">
          <Select value={preference} onChange={(_, data) => setPreference(data.value as BackupPreference)}>
            {Object.entries(BACKUP_PREFERENCE_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Backup priority" hint="0 to 100" validationMessage={errors.priority}>
          <Input
            value={values.priority}
            inputMode="numeric"
            onChange={(_, data) => change('priority', data.value)}
          />
        </Field>
        <div className={styles.row}>
          {ACTIONS.map(({ action, label }) => (
            <Button key={action} disabled={act.isPending} onClick={() => run(action)}>
              {label}
            </Button>
          ))}
        </div>
        <LabFormOutcome
          error={formError}
          done={act.isSuccess && 'Done: Refresh in the console shows what DPM sees now.'}
        />
      </form>
    </>
  )
}
