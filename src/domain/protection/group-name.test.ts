import { describe, expect, it } from 'vitest'
import { defaultGroupName, validateGroupName } from './group-name'

const existing = [
  { id: 'pg-1', name: 'Sales databases' },
  { id: 'pg-2', name: 'Finance' },
]
const rules = (name: string, ownGroupId?: string) =>
  validateGroupName(name, existing, ownGroupId).map((problem) => problem.rule)

describe('validateGroupName', () => {
  it('accepts a plain name', () => {
    expect(validateGroupName('Mirrored SQL', existing)).toEqual([])
  })

  it('requires a name, spaces alone do not count', () => {
    expect(rules('')).toEqual(['required'])
    expect(rules('   ')).toEqual(['required'])
    expect(validateGroupName('', existing)[0]?.message).toBe('Enter a name for the protection group.')
  })

  it('refuses leading or trailing spaces', () => {
    expect(rules(' Sales')).toEqual(['edge-spaces'])
    expect(rules('Sales ')).toEqual(['edge-spaces'])
  })

  it('allows 64 characters and refuses 65, saying how many', () => {
    expect(rules('a'.repeat(64))).toEqual([])
    const [problem] = validateGroupName('a'.repeat(65), existing)
    expect(problem?.rule).toBe('too-long')
    expect(problem?.message).toContain('at most 64 characters; this one has 65')
  })

  it.each(['|', '/', '(', ')', '.'])('refuses the character %s and names it', (character) => {
    const [problem] = validateGroupName(`SQL${character}PG`, existing)
    expect(problem?.rule).toBe('forbidden-characters')
    expect(problem?.message).toContain(`(found: ${character})`)
  })

  it('refuses control, line-break and bidirectional characters, naming them', () => {
    expect(validateGroupName('Sales\u202Egnp', existing)).toEqual([
      {
        rule: 'unsafe-characters',
        message:
          'The protection group name cannot contain control characters, line breaks or bidirectional text controls (found: U+202E).',
      },
    ])
    expect(rules('Sales\nDBs')).toEqual(['unsafe-characters'])
    expect(rules('Sales\tDBs')).toEqual(['unsafe-characters'])
  })

  it('refuses a name already used on the server, ignoring case and edge spaces', () => {
    expect(rules('finance')).toEqual(['not-unique'])
    expect(validateGroupName('FINANCE', existing)[0]?.message).toBe(
      'A protection group named "Finance" already exists on this DPM server.',
    )
  })

  it('lets a modified group keep its own name', () => {
    expect(rules('Finance', 'pg-2')).toEqual([])
    expect(rules('Finance', 'pg-1')).toEqual(['not-unique'])
  })

  it('reports every rule broken, each with its own message', () => {
    const problems = validateGroupName(` ${'x'.repeat(70)}.`, existing)
    expect(problems.map((p) => p.rule)).toEqual(['edge-spaces', 'too-long', 'forbidden-characters'])
    expect(new Set(problems.map((p) => p.message)).size).toBe(3)
  })
})

describe('defaultGroupName', () => {
  it('is Protection Group 1 on a DPM server without groups', () => {
    expect(defaultGroupName([])).toBe('Protection Group 1')
  })

  it('takes the next free number, a gap first, whatever the case of the names taken', () => {
    const taken = (names: string[]) => names.map((name, index) => ({ id: `pg-${index}`, name }))
    expect(defaultGroupName(taken(['Protection Group 1', 'Sales']))).toBe('Protection Group 2')
    expect(defaultGroupName(taken(['protection group 1', 'Protection Group 3']))).toBe('Protection Group 2')
  })

  it('is a name the wizard accepts', () => {
    expect(validateGroupName(defaultGroupName(existing), existing)).toEqual([])
  })
})
