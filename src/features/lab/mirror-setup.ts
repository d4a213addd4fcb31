// The lab's "make a database the mirror of another" form (the S4 and S8 set-ups), checked before it is sent.
import { isInstancePath, splitDatabasePath } from '../../domain/estate/estate'
import { nameCharactersProblem } from '../../domain/estate/name-characters'

export interface MirrorSetupErrors {
  principal?: string
  mirrorInstance?: string
}

/** Field errors of the form as typed; none means the lab can be asked (it may still refuse, with its reason). */
export function checkMirrorSetup(principal: string, mirrorInstance: string): MirrorSetupErrors {
  const errors: MirrorSetupErrors = {}
  const db = splitDatabasePath(principal.trim())
  const principalProblem =
    !db.computer || !db.instance || !db.database
      ? 'Enter the principal database as COMPUTER\\INSTANCE\\DATABASE.'
      : nameCharactersProblem(principal, 'The principal database')
  if (principalProblem) errors.principal = principalProblem
  const mirrorProblem = !isInstancePath(mirrorInstance)
    ? 'Enter the mirror instance as COMPUTER\\INSTANCE.'
    : nameCharactersProblem(mirrorInstance, 'The mirror instance')
  if (mirrorProblem) errors.mirrorInstance = mirrorProblem
  else if (
    !errors.principal &&
    `${db.computer}\\${db.instance}`.toLowerCase() === mirrorInstance.trim().toLowerCase()
  )
    errors.mirrorInstance = 'The mirror must be on another instance than the principal.'
  return errors
}

/** Instances that hold a database of this name, other than the principal's: where its mirror copy can go. */
export function mirrorCandidates(principal: string, databasePaths: readonly string[]): string[] {
  const { computer, instance, database } = splitDatabasePath(principal.trim())
  const own = `${computer}\\${instance}`.toLowerCase()
  const instances = databasePaths
    .map(splitDatabasePath)
    .filter((db) => db.database.toLowerCase() === database.toLowerCase())
    .map((db) => `${db.computer}\\${db.instance}`)
  return [...new Set(instances)].filter((path) => path.toLowerCase() !== own)
}
