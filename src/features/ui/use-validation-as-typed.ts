// Validation as typed: a field says what is wrong while the admin types, next to it, not only once Next or OK
// is pressed, and says nothing more as soon as it is right. A field that starts empty (a name to choose, a
// selection to make) stays quiet until the admin has changed it or pressed Next/OK: a form does not open in
// red. Whatever is wrong is computed from the current value by a pure rule; this hook only decides when to
// show it.
import { useCallback, useState } from 'react'

export interface ValidationAsTyped<F extends string> {
  /** Call from the field's onChange. */
  changed: (field: F) => void
  /** `message` when it should show now (the value is not empty, was changed, or Next/OK was pressed). */
  message: <M>(field: F, value: string | readonly unknown[], message: M | undefined) => M | undefined
}

/** `submitted`: Next (or OK) was pressed and refused; every message shows then. */
export function useValidationAsTyped<F extends string>(submitted: boolean): ValidationAsTyped<F> {
  const [changedFields, setChangedFields] = useState<ReadonlySet<F>>(() => new Set())
  const changed = useCallback(
    (field: F) => setChangedFields((fields) => (fields.has(field) ? fields : new Set([...fields, field]))),
    [],
  )
  return {
    changed,
    message: (field, value, message) =>
      submitted || value.length > 0 || changedFields.has(field) ? message : undefined,
  }
}
