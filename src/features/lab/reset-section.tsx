// Presets and reset: a reset throws away the whole world (the estate, every protection group, job and alert),
// so it asks for the preset's name (or RESET) typed out first, and points out a mistyped answer as typed.
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { type PresetName, presetNameSchema } from '../../agent-api/lab-schemas'
import { Dialog, DialogSurface } from '../ui/dialog'
import { mayBecomeAnswer } from '../ui/typed-answer'
import { resetWorld } from './lab-controller'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
})

/** The typed confirmation: the preset's name or RESET, in any case, spaces around ignored. */
export function confirmsReset(typed: string, preset: PresetName): boolean {
  const text = typed.trim().toLowerCase()
  return text === preset || text === 'reset'
}

/** The confirmation's message: after a refused Reset, or as soon as the text cannot become an answer. */
function resetMessage(typed: string, preset: PresetName, refused: boolean): string | undefined {
  if (confirmsReset(typed, preset)) return undefined
  if (refused) return `Type ${preset} or RESET to reset; nothing was reset.`
  return mayBecomeAnswer(typed.toLowerCase(), [preset, 'reset']) ? undefined : `Type ${preset} or RESET.`
}

interface Props {
  summary?: string
  run: (action: () => Promise<unknown>) => void
  busy: boolean
}

export function ResetSection({ summary, run, busy }: Props) {
  const styles = useStyles()
  const [preset, setPreset] = useState<PresetName>('default')
  const [asking, setAsking] = useState(false)
  const [typed, setTyped] = useState('')
  const [refused, setRefused] = useState(false)

  const close = () => {
    setAsking(false)
    setTyped('')
    setRefused(false)
  }
  const confirm = () => {
    if (!confirmsReset(typed, preset)) {
      setRefused(true)
      return
    }
    close()
    run(() => resetWorld(preset))
  }

  return (
    <div className={styles.row}>
      <Select aria-label="Preset" value={preset} onChange={(_, data) => setPreset(data.value as PresetName)}>
        {presetNameSchema.options.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </Select>
      <Button disabled={busy} onClick={() => setAsking(true)}>
        Reset
      </Button>
      {summary && <span data-testid="lab-estate-summary">{summary}</span>}
      {/* Mounted only while asking, as ConfirmDialog (confirm-dialog.tsx) explains. */}
      {asking && (
        <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && close()}>
          <DialogSurface>
            <form
              onSubmit={(event) => {
                event.preventDefault()
                confirm()
              }}
            >
              <DialogBody>
                <DialogTitle>Reset the lab</DialogTitle>
                <DialogContent>
                  <p>
                    The estate is rebuilt from the {preset} preset; every protection group, recovery point,
                    job and alert of the DPM server is deleted and the clock goes back to its start.
                  </p>
                  <Field
                    label={`To confirm, type ${preset} or RESET`}
                    validationMessage={resetMessage(typed, preset, refused)}
                  >
                    <Input value={typed} autoComplete="off" onChange={(_, data) => setTyped(data.value)} />
                  </Field>
                </DialogContent>
                <DialogActions>
                  <Button type="submit" appearance="primary">
                    Reset
                  </Button>
                  <Button onClick={close}>Cancel</Button>
                </DialogActions>
              </DialogBody>
            </form>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  )
}
