// Characters a name may not bring in, wherever a name enters the console (the wizards, the lab, the agent
// API, an imported file): control characters (line breaks and tabs included), the Unicode line and paragraph
// separators, and the bidirectional formatting characters that reorder how text is shown (embeddings,
// overrides, isolates, marks). A name with them could break out of a line of a generated script, or show one
// name while it holds another. Names that are already in an estate are shown as they are, as text.
const UNSAFE_CHARACTER = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
const UNSAFE_CHARACTERS = new RegExp(UNSAFE_CHARACTER.source, 'gu')

/** U+202E */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Whether one character is a control, line-separator or bidirectional formatting character. */
export function isUnsafeNameCharacter(character: string): boolean {
  return UNSAFE_CHARACTER.test(character)
}

/** The unsafe characters of a name, each once, in order of appearance ("U+000A", "U+202E"). */
export function unsafeNameCharacters(name: string): string[] {
  return [...new Set(Array.from(name.matchAll(UNSAFE_CHARACTERS), (match) => codePointLabel(match[0])))]
}

/**
 * Why a name cannot be accepted because of its characters, or undefined. `what` starts the sentence as it is
 * given: "The protection group name", "A computer name", or an argument's name ("computer").
 */
export function nameCharactersProblem(name: string, what: string): string | undefined {
  const found = unsafeNameCharacters(name)
  if (found.length === 0) return undefined
  return `${what} cannot contain control characters, line breaks or bidirectional text controls (found: ${found.join(', ')}).`
}
