import { describe, expect, it } from 'vitest'
import { mayBecomeAnswer } from './typed-answer'

describe('mayBecomeAnswer', () => {
  it('accepts nothing yet, the start of an answer and a whole answer, spaces around ignored', () => {
    for (const typed of ['', 'S', 'Sales', ' SalesDB ', 'DEL', 'DELETE'])
      expect(mayBecomeAnswer(typed, ['SalesDB', 'DELETE']), typed).toBe(true)
  })

  it('refuses what no answer starts with', () => {
    for (const typed of ['x', 'Salex', 'SalesDB2', 'delete', 'Sales DB'])
      expect(mayBecomeAnswer(typed, ['SalesDB', 'DELETE']), typed).toBe(false)
  })
})
