// The Lab: the presenter's and the tester's hands on the simulated SQL estate and the clock.
import {
  Button,
  Dropdown,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Option,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { type PresetName, presetNameSchema } from '../../agent-api/lab-schemas'
import { ClockControls } from './clock-controls'
import { resetWorld } from './lab-controller'
import { useLabAction, useLabEstate } from './lab-queries'
import { MirroringSessions } from './mirroring-sessions'

const useStyles = makeStyles({
  panel: {
    width: '560px',
    flexShrink: 0,
    overflow: 'auto',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

export function LabPanel({ onClose }: { onClose: () => void }) {
  const styles = useStyles()
  const estate = useLabEstate()
  const action = useLabAction()
  const [preset, setPreset] = useState<PresetName>('default')
  const run = (fn: () => Promise<unknown>) => action.mutate(fn)

  return (
    <aside className={styles.panel} aria-label="Lab">
      <div className={styles.header}>
        <h2>Lab</h2>
        <Button onClick={onClose}>Close</Button>
      </div>
      {action.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{action.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <h3>Clock</h3>
      <ClockControls run={run} busy={action.isPending} />
      <h3>Estate</h3>
      <div className={styles.row}>
        <Dropdown
          aria-label="Preset"
          value={preset}
          selectedOptions={[preset]}
          onOptionSelect={(_, data) => setPreset(data.optionValue as PresetName)}
        >
          {presetNameSchema.options.map((name) => (
            <Option key={name}>{name}</Option>
          ))}
        </Dropdown>
        <Button disabled={action.isPending} onClick={() => run(() => resetWorld(preset))}>
          Reset
        </Button>
        {estate.data && (
          <span>
            Preset {estate.data.preset}: {estate.data.computers.length} computers, {estate.data.databaseCount}{' '}
            databases
          </span>
        )}
      </div>
      <h3>Mirroring sessions</h3>
      {estate.isPending && <Spinner label="Reading the estate..." />}
      {estate.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{estate.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {estate.data && <MirroringSessions sessions={estate.data.sessions} run={run} busy={action.isPending} />}
    </aside>
  )
}
