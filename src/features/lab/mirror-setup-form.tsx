// Make a database the mirror of another: pick the principal database and the instance its mirror copy goes
// to. A database of the same name there becomes the mirror copy (S4: a protected database gets mirrored; S8:
// a protected database becomes the mirror of another protected one). Both fields are checked as typed.
import { Button, Field, Input } from '@fluentui/react-components'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { searchDatabases } from '../../agent-api/agents'
import { splitDatabasePath } from '../../domain/estate/estate'
import { labKeys } from '../../dpm/query-keys'
import { useDebouncedValue } from '../ui/use-debounced-value'
import { useValidationAsTyped } from '../ui/use-validation-as-typed'
import { dpmLab } from './lab-controller'
import { LabFormOutcome, useLabFormStyles } from './lab-form-parts'
import { useLabAction } from './lab-queries'
import { checkMirrorSetup, mirrorCandidates } from './mirror-setup'

const SUGGESTIONS = 20

function useDatabaseSuggestions(text: string) {
  const deferred = useDebouncedValue(text.trim())
  const name = splitDatabasePath(deferred).database || deferred
  return useQuery({
    queryKey: labKeys.databaseSearch(name),
    queryFn: () => searchDatabases(name, { limit: SUGGESTIONS }),
    enabled: name.length >= 2,
  })
}

interface SuggestingFieldProps {
  label: string
  hint: string
  value: string
  message: string | undefined
  suggestions: readonly string[]
  onChange: (value: string) => void
}

/** A path typed in full, with the estate's matching paths offered as the admin types. */
function SuggestingField({ label, hint, value, message, suggestions, onChange }: SuggestingFieldProps) {
  const listId = useId()
  return (
    <>
      <Field label={label} validationMessage={message} hint={hint}>
        <Input value={value} list={listId} autoComplete="off" onChange={(_, data) => onChange(data.value)} />
      </Field>
      <datalist id={listId}>
        {suggestions.map((path) => (
          <option key={path} value={path} />
        ))}
      </datalist>
    </>
  )
}

export function MirrorSetupForm() {
  const styles = useLabFormStyles()
  const [principal, setPrincipal] = useState('')
  const [mirrorInstance, setMirrorInstance] = useState('')
  const [attempted, setAttempted] = useState(false)
  const asTyped = useValidationAsTyped<'principal' | 'mirrorInstance'>(attempted)
  const errors = checkMirrorSetup(principal, mirrorInstance)
  const suggestions = useDatabaseSuggestions(principal)
  const found = suggestions.data?.databases.map((db) => db.path) ?? []
  const establish = useLabAction()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if (Object.keys(errors).length === 0)
      establish.mutate(() => dpmLab.mirror(principal.trim(), mirrorInstance.trim()))
  }

  return (
    <form className={styles.form} aria-label="Make a database the mirror of another" onSubmit={submit}>
      <SuggestingField
        label="Principal database"
        hint="COMPUTER\INSTANCE\DATABASE"
        value={principal}
        message={asTyped.message('principal', principal, errors.principal)}
        suggestions={found}
        onChange={(value) => {
          asTyped.changed('principal')
          setPrincipal(value)
        }}
      />
      <SuggestingField
        label="Mirror instance"
        hint="COMPUTER\INSTANCE"
        value={mirrorInstance}
        message={asTyped.message('mirrorInstance', mirrorInstance, errors.mirrorInstance)}
        suggestions={mirrorCandidates(principal, found)}
        onChange={(value) => {
          asTyped.changed('mirrorInstance')
          setMirrorInstance(value)
        }}
      />
      <div>
        <Button type="submit" disabled={establish.isPending}>
          Make mirror
        </Button>
      </div>
      <LabFormOutcome
        error={establish.error?.message}
        done={establish.isSuccess && `Mirroring established: ${principal.trim()} is the principal.`}
      />
    </form>
  )
}
