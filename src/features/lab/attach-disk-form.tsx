// Attach a disk to the DPM server (the lab's simulated hardware): Management > Disks finds it on Rescan, and
// Add puts it in the storage pool.
import { Button, Field, Input } from '@fluentui/react-components'
import { useState } from 'react'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { parseDiskSize } from './attach-disk'
import { dpmLab } from './lab-controller'
import { LabFormOutcome, useLabFormStyles } from './lab-form-parts'
import { useLabAction } from './lab-queries'

export function AttachDiskForm() {
  const styles = useLabFormStyles()
  const [size, setSize] = useState('')
  const [attempted, setAttempted] = useState(false)
  const asTyped = useValidationAsTyped<'size'>(attempted)
  const parsed = parseDiskSize(size)
  // The lab's one way to act: the lab's views read the estate again after it.
  const attach = useLabAction()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if ('sizeGb' in parsed) attach.mutate(() => dpmLab.attachDisk(parsed.sizeGb))
  }

  return (
    <form className={styles.form} aria-label="Attach a disk to the DPM server" onSubmit={submit}>
      <Field
        label="Disk size (GB)"
        validationMessage={asTyped.message('size', size, 'error' in parsed ? parsed.error : undefined)}
      >
        <Input
          value={size}
          inputMode="numeric"
          onChange={(_, data) => {
            asTyped.changed('size')
            attach.reset()
            setSize(data.value)
          }}
        />
      </Field>
      <div>
        <Button type="submit" disabled={attach.isPending}>
          Attach disk
        </Button>
      </div>
      {/* Typing resets the outcome, so the size in the box is the size attached. */}
      <LabFormOutcome
        error={attach.error?.message}
        done={
          attach.isSuccess &&
          'sizeGb' in parsed &&
          `A ${parsed.sizeGb} GB disk was attached to the DPM server: Rescan in Management > Disks finds it.`
        }
      />
    </form>
  )
}
