import { describe, expect, it } from 'vitest'
import { HOSTILE_TEXT_NAMES } from './hostile-names-test-support'
import { nameCharactersProblem, unsafeNameCharacters } from './name-characters'

describe('the characters a name may not bring in', () => {
  it.each([
    ['a line feed', HOSTILE_TEXT_NAMES.lineFeed, ['U+000A']],
    ['a carriage return and line feed', HOSTILE_TEXT_NAMES.carriageReturn, ['U+000D', 'U+000A']],
    ['a tab', 'Sales\tDB', ['U+0009']],
    ['a null', 'Sales\u0000', ['U+0000']],
    ['delete and a C1 control (next line)', '\u007FSales\u0085', ['U+007F', 'U+0085']],
    ['the line and paragraph separators', 'a\u2028b\u2029', ['U+2028', 'U+2029']],
    ['a right-to-left override', HOSTILE_TEXT_NAMES.rightToLeftOverride, ['U+202E']],
    ['embeddings and the pop', '\u202Aa\u202Bb\u202Cc\u202D', ['U+202A', 'U+202B', 'U+202C', 'U+202D']],
    ['isolates', HOSTILE_TEXT_NAMES.isolates, ['U+2066', 'U+2069']],
    ['the first strong isolate and the right-to-left isolate', '\u2068a\u2067', ['U+2068', 'U+2067']],
    ['the direction marks', '\u200Ea\u200F\u061C', ['U+200E', 'U+200F', 'U+061C']],
  ])('finds %s, each once', (_what, name, found) => {
    expect(unsafeNameCharacters(`${name}${name}`)).toEqual(found)
  })

  it.each([
    'SalesDB',
    HOSTILE_TEXT_NAMES.rightQuote,
    HOSTILE_TEXT_NAMES.subexpression,
    HOSTILE_TEXT_NAMES.fullWidthEquals,
    'قاعدة_البيانات_الرئيسية',
    'Sales 💾🚀 DB',
    'Z\u0351\u0337a\u0336\u0322l\u0338\u0359g\u0335o\u0334 DB',
    'Sales DB',
  ])('lets %s through: quotes, signs, right-to-left letters, emoji and combining marks are text', (name) => {
    expect(unsafeNameCharacters(name)).toEqual([])
    expect(nameCharactersProblem(name, 'The database name')).toBeUndefined()
  })

  it('says what cannot be in the name and which characters it found', () => {
    expect(nameCharactersProblem('SQL-\u202EREVRES\n', 'A computer name')).toBe(
      'A computer name cannot contain control characters, line breaks or bidirectional text controls (found: U+202E, U+000A).',
    )
  })
})
