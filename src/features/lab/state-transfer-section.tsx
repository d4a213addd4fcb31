// Export state / Import state: the whole demo world (DPM server, estate, clock) as one JSON file. An import
// is checked completely and confirmed before it replaces anything; a bad file changes nothing. The world an
// import replaced is kept in the page, and Undo import puts it back.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useRef, useState } from 'react'
import { errorMessage } from '../../agent-api/error-message'
import {
  type CheckedStateFile,
  checkStateFile,
  importState,
  importStateKeepingCurrent,
  stateFileSizeProblem,
} from '../../dpm/state-transfer'
import { exportStateFile } from '../ui/export-state-file'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hidden: { display: 'none' },
})

type Outcome = { kind: 'error'; message: string } | { kind: 'done'; message: string; undo?: CheckedStateFile }

const describeFile = ({ file, server }: CheckedStateFile) =>
  `state exported at ${file.exportedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')}: ${file.estate.preset} preset with ${file.estate.log.length} lab operations, ${Object.keys(server.groups).length} protection groups`

export function StateTransferSection() {
  const styles = useStyles()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [pending, setPending] = useState<CheckedStateFile>()
  const [outcome, setOutcome] = useState<Outcome>()

  const onExport = async () => {
    setBusy(true)
    setOutcome(undefined)
    try {
      await exportStateFile()
    } catch (error) {
      setOutcome({ kind: 'error', message: `The state could not be exported: ${errorMessage(error)}` })
    } finally {
      setBusy(false)
    }
  }

  const onFileChosen = async (chosen: File | undefined) => {
    if (input.current) input.current.value = '' // the same file can be chosen again after a fix
    if (!chosen) return
    setOutcome(undefined)
    setPending(undefined)
    try {
      // Refused before it is read: a file of gigabytes would hold the page up reading it.
      const sizeProblem = stateFileSizeProblem(chosen.size)
      if (sizeProblem) throw new Error(sizeProblem)
      setPending(checkStateFile(await chosen.text()))
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: `${chosen.name} could not be imported. ${errorMessage(error)} Nothing was changed.`,
      })
    }
  }

  const onImport = async (checked: CheckedStateFile) => {
    setBusy(true)
    try {
      const replaced = await importStateKeepingCurrent(checked)
      const imported = `Imported the ${describeFile(checked)}.`
      setOutcome(
        'kept' in replaced
          ? { kind: 'done', message: imported, undo: replaced.kept }
          : {
              kind: 'done',
              message: `${imported} The world before it could not be kept, so the import cannot be undone: ${replaced.notKept}`,
            },
      )
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: `The state could not be imported: ${errorMessage(error)} Nothing was changed.`,
      })
    } finally {
      setPending(undefined)
      setBusy(false)
    }
  }

  const onUndo = async (kept: CheckedStateFile) => {
    setBusy(true)
    try {
      await importState(kept)
      setOutcome({ kind: 'done', message: 'The import was undone: the world from before it is back.' })
    } catch (error) {
      setOutcome({ kind: 'error', message: `The import could not be undone: ${errorMessage(error)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-label="State">
      <h3>State</h3>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void onExport()}>
          Export state
        </Button>
        <Button disabled={busy} onClick={() => input.current?.click()}>
          Import state
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept="application/json,.json"
          aria-label="State file"
          onChange={(event) => void onFileChosen(event.target.files?.[0])}
        />
      </div>
      {pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Import the {describeFile(pending)}? It replaces the DPM server state, the estate and the clock.
            The current world is kept until this page is closed or reloaded: Undo import puts it back.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy} onClick={() => void onImport(pending)}>
              Import
            </Button>
            <Button disabled={busy} onClick={() => setPending(undefined)}>
              Cancel
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'error' && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'done' && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
          {outcome.undo && (
            <MessageBarActions>
              <Button disabled={busy} onClick={() => outcome.undo && void onUndo(outcome.undo)}>
                Undo import
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </section>
  )
}
