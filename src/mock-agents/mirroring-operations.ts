// Database mirroring with SQL Server's semantics: manual failover, forced service when the principal is
// lost, failback, removing mirroring and setting it up. Each operation checks everything before it changes
// anything, accepts either partner's copy as `db`, and records one change naming both copies.
import type { MirroringSession } from '../agent-api/lab-schemas'
import type { EstateChange } from '../agent-api/schemas'
import { computerOfInstance, instancePathOf, joinPath } from '../domain/estate/estate'
import { groupOfDatabase } from './availability-groups'
import { recordChange } from './change-log'
import {
  addDatabase,
  addSession,
  type Estate,
  findDatabase,
  key,
  removeSession,
  requireDatabase,
  requireInstance,
  sessionCopies,
  sessionOfDatabase,
} from './estate-model'
import { LabError } from './lab-error'

function requireSession(estate: Estate, db: string): MirroringSession {
  const database = requireDatabase(estate, db)
  const session = sessionOfDatabase(estate, database.path)
  if (session) return session
  throw new LabError(
    'NotMirrored',
    `${database.path} is not mirrored: it is in no database mirroring session.`,
  )
}

function swapRoles(session: MirroringSession): void {
  ;[session.principal, session.mirror] = [session.mirror, session.principal]
  ;[session.principalAddress, session.mirrorAddress] = [session.mirrorAddress, session.principalAddress]
}

function recordSessionChange(
  estate: Estate,
  session: MirroringSession,
  at: number,
  kind: string,
  summary: string,
): EstateChange {
  return recordChange(estate, {
    at,
    kind,
    summary,
    databases: sessionCopies(session),
    computers: [session.principal, session.mirror].map(computerOfInstance),
  })
}

/** A manual failover (ALTER DATABASE ... SET PARTNER FAILOVER): needs SYNCHRONIZED and FULL safety. */
export function failover(estate: Estate, db: string, at: number): EstateChange {
  const session = requireSession(estate, db)
  if (session.safety !== 'FULL') {
    throw new LabError(
      'SafetyOff',
      `A manual failover of ${session.database} needs transaction safety FULL (high safety); the session runs with safety OFF (high performance).`,
    )
  }
  if (session.state !== 'SYNCHRONIZED') {
    throw new LabError(
      'NotSynchronized',
      `A manual failover of ${session.database} needs the session SYNCHRONIZED; it is ${session.state}.`,
    )
  }
  swapRoles(session)
  return recordSessionChange(
    estate,
    session,
    at,
    'failover',
    `${session.database}: manual failover, ${session.principal} is now the principal.`,
  )
}

// S7: the principal fails and the mirror takes over (forced service); the old principal is lost until failback.
export function principalFails(estate: Estate, db: string, at: number): EstateChange {
  const session = requireSession(estate, db)
  if (session.formerPrincipalLost) {
    throw new LabError(
      'PrincipalLost',
      `The former principal of ${session.database} (${session.mirror}) is already lost; fail back first.`,
    )
  }
  const lost = session.principal
  swapRoles(session)
  session.state = 'DISCONNECTED'
  session.formerPrincipalLost = true
  return recordSessionChange(
    estate,
    session,
    at,
    'principal-fails',
    `${session.database}: principal ${lost} failed, the mirror ${session.principal} took over as principal.`,
  )
}

/** The original principal becomes the principal again and the partners resynchronize. */
export function failback(estate: Estate, db: string, at: number): EstateChange {
  const session = requireSession(estate, db)
  if (key(session.principal) === key(session.originalPrincipal)) {
    throw new LabError(
      'AlreadyPrincipal',
      `${session.originalPrincipal} is already the principal of ${session.database}: there is nothing to fail back.`,
    )
  }
  swapRoles(session)
  session.state = session.safety === 'FULL' ? 'SYNCHRONIZED' : 'SYNCHRONIZING'
  session.formerPrincipalLost = false
  return recordSessionChange(
    estate,
    session,
    at,
    'failback',
    `${session.database}: failed back, ${session.principal} is the principal again.`,
  )
}

// S5: removing mirroring (SET PARTNER OFF) leaves the principal copy ONLINE and the mirror copy RESTORING.
export function breakMirror(estate: Estate, db: string, at: number): EstateChange {
  const session = requireSession(estate, db)
  const [principalCopy, mirrorCopy] = sessionCopies(session).map((path) => requireDatabase(estate, path))
  if (principalCopy) principalCopy.state = 'ONLINE'
  if (mirrorCopy) mirrorCopy.state = 'RESTORING'
  removeSession(estate, session)
  return recordSessionChange(
    estate,
    session,
    at,
    'mirroring-removed',
    `${session.database}: mirroring between ${session.principal} and ${session.mirror} was removed.`,
  )
}

/**
 * Sets up mirroring of a database onto another instance (high safety, no witness, SYNCHRONIZED).
 * S8: when the target already holds a database of that name, that database becomes the mirror copy.
 * S10: a target on the same computer (another instance) is allowed here: SQL Server allows it, DPM does not.
 */
export function establishMirroring(
  estate: Estate,
  principalPath: string,
  mirrorInstancePath: string,
  at: number,
): EstateChange {
  const principal = requireDatabase(estate, principalPath)
  const target = requireInstance(estate, mirrorInstancePath)
  const principalInstance = requireInstance(estate, instancePathOf(principal.path))
  if (sessionOfDatabase(estate, principal.path)) {
    throw new LabError('AlreadyMirrored', `${principal.path} is already in a database mirroring session.`)
  }
  const group = groupOfDatabase(estate, principal.path)
  if (group) {
    throw new LabError(
      'InAvailabilityGroup',
      `${principal.name} is a database of availability group ${group.name}: SQL Server does not mirror a database of an availability group.`,
    )
  }
  if (principal.state !== 'ONLINE') {
    throw new LabError(
      'DatabaseNotOnline',
      `${principal.path} is ${principal.state}: only an ONLINE database can be the principal of a mirroring session.`,
    )
  }
  if (principal.recoveryModel !== 'FULL') {
    throw new LabError(
      'RecoveryModelNotFull',
      `${principal.path} uses the ${principal.recoveryModel} recovery model: database mirroring needs FULL.`,
    )
  }
  if (key(target.path) === key(principalInstance.path)) {
    throw new LabError(
      'SameInstance',
      `${principal.name} cannot be mirrored onto its own instance ${target.path}: choose another instance.`,
    )
  }
  const mirrorPath = joinPath(target.path, principal.name)
  const existing = findDatabase(estate, mirrorPath)
  if (existing && sessionOfDatabase(estate, existing.path)) {
    throw new LabError(
      'AlreadyMirrored',
      `${existing.path} is already in a database mirroring session, so it cannot become the mirror of ${principal.path}.`,
    )
  }
  if (existing) existing.state = 'RESTORING'
  else {
    addDatabase(estate, target.path, {
      name: principal.name,
      state: 'RESTORING',
      recoveryModel: principal.recoveryModel,
      sizeMb: principal.sizeMb,
      logSizeMb: principal.logSizeMb,
    })
  }
  const session = addSession(estate, {
    database: principal.name,
    principal: principalInstance.path,
    mirror: target.path,
    safety: 'FULL',
  })
  return recordSessionChange(
    estate,
    session,
    at,
    'mirroring-established',
    `${session.database}: mirroring established, principal ${session.principal}, mirror ${session.mirror}${existing ? ' (the existing database became the mirror copy)' : ''}.`,
  )
}
