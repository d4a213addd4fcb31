import { Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import type { ReplicaCreationMethod } from '../../domain/protection/protection'
import { updateWizardDraft } from '../../dpm/protection-wizard-store'
import { formatSimTime } from '../ui/format'
import { useSimNow } from '../ui/use-sim-now'
import { messagesOf, type PageProps } from './page-props'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '620px' },
  nested: {
    marginLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
})

const HOUR = 3_600_000

/** datetime-local text for a simulated time, read and written as UTC. */
const toInput = (time: number) => (Number.isFinite(time) ? new Date(time).toISOString().slice(0, 16) : '')
const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/
// A cleared or half typed field reads as '': no date (Date.parse would make something of ':00Z').
const fromInput = (text: string) => (DATETIME_LOCAL.test(text) ? Date.parse(`${text}Z`) : Number.NaN)

export function ReplicaCreationPage({ draft, problems }: PageProps) {
  const styles = useStyles()
  const now = useSimNow()
  const creation = draft.policy.replicaCreation
  const set = (replicaCreation: ReplicaCreationMethod) =>
    updateWizardDraft((d) => ({ ...d, policy: { ...d.policy, replicaCreation }, dirty: true }))
  const nextHour = Math.ceil((now + 1) / HOUR) * HOUR
  return (
    <div className={styles.form}>
      <Text>DPM creates a replica of every data source before protection starts.</Text>
      <RadioGroup
        aria-label="Replica creation method"
        value={creation.method === 'manual' ? 'manual' : 'network'}
        onChange={(_, data) => set(data.value === 'manual' ? { method: 'manual' } : { method: 'now' })}
      >
        <Radio value="network" label="Automatically over the network" />
        {creation.method !== 'manual' && (
          <div className={styles.nested}>
            <RadioGroup
              aria-label="When"
              value={creation.method}
              onChange={(_, data) =>
                set(data.value === 'later' ? { method: 'later', at: nextHour } : { method: 'now' })
              }
            >
              <Radio value="now" label="Now" />
              <Radio value="later" label="Later" />
            </RadioGroup>
            {creation.method === 'later' && (
              <Field
                label="Date and time (UTC, simulated clock)"
                hint={`The simulated time is now ${formatSimTime(now)}.`}
                validationMessage={messagesOf(problems, 'later-at')}
              >
                <Input
                  type="datetime-local"
                  value={toInput(creation.at)}
                  onChange={(_, data) => set({ method: 'later', at: fromInput(data.value) })}
                />
              </Field>
            )}
          </div>
        )}
        <Radio value="manual" label="Manually" />
      </RadioGroup>
      {creation.method === 'manual' && (
        <Text>
          Copy the data to the replica yourself: DPM raises "Manual replica pending" until a synchronization
          with consistency check runs.
        </Text>
      )}
    </div>
  )
}
