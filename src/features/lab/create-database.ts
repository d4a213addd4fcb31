// The lab's "Create a database" form: checked as typed (the instance's form, the name's rules), and the lab's
// refusal (no such instance, a database of that name already there) shown next to the field it is about.
import { AgentApiError } from '../../agent-api/client'
import { isInstancePath } from '../../domain/estate/estate'
import { validateDatabaseName } from '../../domain/recovery/recovery'

export interface NewDatabaseErrors {
  instance?: string
  name?: string
}

export function checkNewDatabase(instance: string, name: string): NewDatabaseErrors {
  const errors: NewDatabaseErrors = {}
  if (!isInstancePath(instance)) errors.instance = 'Enter the instance as COMPUTER\\INSTANCE.'
  const nameProblem = validateDatabaseName(name)
  if (nameProblem) errors.name = nameProblem
  return errors
}

/** The field a refusal of the lab is about; anything else is shown for the whole form. */
export function refusalErrors(error: unknown): NewDatabaseErrors | undefined {
  if (!(error instanceof AgentApiError)) return undefined
  if (error.code === 'InstanceNotFound') return { instance: error.message }
  if (error.code === 'DatabaseExists' || error.code === 'BadRequest') return { name: error.message }
  return undefined
}
