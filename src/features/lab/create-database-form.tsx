// Create a database on an instance, as a DBA would: what auto protection picks up at its next daily run.
import { Button, Field, Input } from '@fluentui/react-components'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { checkNewDatabase, type NewDatabaseErrors, refusalErrors } from './create-database'
import { dpmLab } from './lab-controller'
import { LabFormOutcome, useLabFormStyles } from './lab-form-parts'

type FieldName = keyof NewDatabaseErrors

export function CreateDatabaseForm() {
  const styles = useLabFormStyles()
  const [instance, setInstance] = useState('')
  const [name, setName] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [refused, setRefused] = useState<NewDatabaseErrors>({})
  const asTyped = useValidationAsTyped<FieldName>(attempted)
  const errors = checkNewDatabase(instance, name)
  const create = useMutation({
    mutationFn: (request: { instance: string; name: string }) =>
      dpmLab.createDatabase(request.instance, request.name),
    onError: (error) => setRefused(refusalErrors(error) ?? {}),
  })
  const formError =
    create.isError && refusalErrors(create.error) === undefined ? create.error.message : undefined

  const change = (field: FieldName, value: string, set: (value: string) => void) => {
    asTyped.changed(field)
    setRefused((current) => ({ ...current, [field]: undefined }))
    create.reset()
    set(value)
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if (Object.keys(errors).length === 0) create.mutate({ instance: instance.trim(), name })
  }

  return (
    <form className={styles.form} aria-label="Create a database" onSubmit={submit}>
      <Field
        label="Instance"
        hint="COMPUTER\INSTANCE"
        validationMessage={asTyped.message('instance', instance, errors.instance) ?? refused.instance}
      >
        <Input value={instance} onChange={(_, data) => change('instance', data.value, setInstance)} />
      </Field>
      <Field
        label="Database name"
        validationMessage={asTyped.message('name', name, errors.name) ?? refused.name}
      >
        <Input value={name} onChange={(_, data) => change('name', data.value, setName)} />
      </Field>
      <div>
        <Button type="submit" disabled={create.isPending}>
          Create database
        </Button>
      </div>
      <LabFormOutcome
        error={formError}
        done={
          create.isSuccess &&
          `${create.variables.instance}\\${create.variables.name} was created. Auto protection adds it to a protection group that selected the instance as a whole, at its next run (daily at 00:00).`
        }
      />
    </form>
  )
}
