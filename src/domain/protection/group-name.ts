// Protection group name rules of the Select Data Protection Method page. DPM: unique on the DPM server, at
// most 64 characters, none of | / ( ) . ; this console also refuses an empty name, edge spaces and control or
// bidirectional formatting characters (design, name-characters.ts).
import { nameCharactersProblem } from '../estate/name-characters'

export const GROUP_NAME_MAX_LENGTH = 64
export const GROUP_NAME_FORBIDDEN_CHARACTERS = ['|', '/', '(', ')', '.'] as const

export type GroupNameRule =
  | 'required'
  | 'edge-spaces'
  | 'too-long'
  | 'forbidden-characters'
  | 'unsafe-characters'
  | 'not-unique'

export interface GroupNameProblem {
  rule: GroupNameRule
  message: string
}

export interface ExistingGroup {
  id: string
  name: string
}

/** DPM's name for a new group: "Protection Group N", N the lowest number no group's name has taken. */
export function defaultGroupName(existing: Iterable<ExistingGroup>): string {
  const taken = new Set(Array.from(existing, (group) => group.name.trim().toLowerCase()))
  let number = 1
  while (taken.has(`protection group ${number}`)) number += 1
  return `Protection Group ${number}`
}

/** Every rule the name breaks, each with its own message; empty when the name is valid. */
export function validateGroupName(
  name: string,
  existing: Iterable<ExistingGroup>,
  /** Modify: the group being modified keeps its own name. */
  ownGroupId?: string,
): GroupNameProblem[] {
  if (name.trim() === '') return [{ rule: 'required', message: 'Enter a name for the protection group.' }]
  const problems: GroupNameProblem[] = []
  if (name !== name.trim()) {
    problems.push({
      rule: 'edge-spaces',
      message: 'The protection group name cannot begin or end with a space.',
    })
  }
  if (name.length > GROUP_NAME_MAX_LENGTH) {
    problems.push({
      rule: 'too-long',
      message: `The protection group name can have at most ${GROUP_NAME_MAX_LENGTH} characters; this one has ${name.length}.`,
    })
  }
  const found = GROUP_NAME_FORBIDDEN_CHARACTERS.filter((character) => name.includes(character))
  if (found.length > 0) {
    problems.push({
      rule: 'forbidden-characters',
      message: `The protection group name cannot contain the characters ${GROUP_NAME_FORBIDDEN_CHARACTERS.join(' ')} (found: ${found.join(' ')}).`,
    })
  }
  const unsafe = nameCharactersProblem(name, 'The protection group name')
  if (unsafe) problems.push({ rule: 'unsafe-characters', message: unsafe })
  const wanted = name.trim().toLowerCase()
  for (const group of existing) {
    if (group.id !== ownGroupId && group.name.trim().toLowerCase() === wanted) {
      problems.push({
        rule: 'not-unique',
        message: `A protection group named "${group.name}" already exists on this DPM server.`,
      })
      break
    }
  }
  return problems
}
