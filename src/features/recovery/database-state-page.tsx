// Specify Database State: for a recovery point, the database can stay non-operational to take more logs.
import { Radio, RadioGroup } from '@fluentui/react-components'
import { DATABASE_STATE_LABELS, type DatabaseStateAfterRecovery } from '../../domain/recovery/recovery'

export function DatabaseStatePage({
  value,
  onChange,
}: {
  value: DatabaseStateAfterRecovery
  onChange: (state: DatabaseStateAfterRecovery) => void
}) {
  return (
    <RadioGroup
      aria-label="Database state"
      value={value}
      onChange={(_, data) => onChange(data.value as DatabaseStateAfterRecovery)}
    >
      <Radio value="operational" label={DATABASE_STATE_LABELS.operational} />
      <Radio value="non-operational" label={DATABASE_STATE_LABELS['non-operational']} />
    </RadioGroup>
  )
}
