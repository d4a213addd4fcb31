import { describe, expect, it } from 'vitest'
import { groupedRows, groupItems } from './grouping-view'

const items = [
  { id: 'a', color: 'red' },
  { id: 'b', color: 'blue' },
  { id: 'c', color: 'red' },
  { id: 'd', color: 'green' },
]

describe('groupItems', () => {
  it('puts known keys in their order, the others by label, items in their original order', () => {
    const groups = groupItems(
      items,
      (item) => item.color,
      (key) => key.toUpperCase(),
      ['red'],
    )
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['RED', ['a', 'c']],
      ['BLUE', ['b']],
      ['GREEN', ['d']],
    ])
  })
})

describe('groupedRows', () => {
  it('lists each heading with its count and hides the items of collapsed groups', () => {
    const groups = groupItems(items, (item) => item.color)
    const rows = groupedRows(groups, new Set(['green']), (item) => item.id)
    expect(rows.map((row) => (row.kind === 'group' ? `${row.label}(${row.count})` : row.key))).toEqual([
      'blue(1)',
      'b',
      'green(1)',
      'red(2)',
      'a',
      'c',
    ])
    expect(rows.find((row) => row.key === 'group:green')).toMatchObject({ expanded: false })
  })
})
