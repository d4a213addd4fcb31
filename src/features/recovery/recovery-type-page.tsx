// Select Recovery Type: DPM's four choices; one that does not apply stays visible, disabled, with why.
import { makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import {
  RECOVERY_TYPE_LABELS,
  type RecoveryType,
  type RecoveryTypeOption,
} from '../../domain/recovery/recovery'

const useStyles = makeStyles({
  reason: {
    display: 'block',
    marginInlineStart: '32px',
    marginBlockEnd: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
  },
})

export function RecoveryTypePage({
  options,
  value,
  onChange,
}: {
  options: RecoveryTypeOption[]
  value: RecoveryType
  onChange: (type: RecoveryType) => void
}) {
  const styles = useStyles()
  return (
    <RadioGroup
      aria-label="Recovery type"
      value={value}
      onChange={(_, data) => onChange(data.value as RecoveryType)}
    >
      {options.map((option) => {
        const reasonId = `recovery-type-reason-${option.type}`
        return (
          <div key={option.type}>
            <Radio
              value={option.type}
              label={RECOVERY_TYPE_LABELS[option.type]}
              disabled={!option.enabled}
              input={option.reason ? { 'aria-describedby': reasonId } : undefined}
            />
            {option.reason && (
              <Text id={reasonId} size={200} className={styles.reason}>
                {option.reason}
              </Text>
            )}
          </div>
        )
      })}
    </RadioGroup>
  )
}
