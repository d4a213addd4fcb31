import { describe, expect, it, vi } from 'vitest'
import { navigateTree, rangeKeepingIndex, type TreePosition } from './tree-navigation'

const at = (overrides: Partial<TreePosition>): TreePosition => ({
  index: 3,
  count: 10,
  expanded: undefined,
  parentIndex: () => 1,
  ...overrides,
})

function press(key: string, position: TreePosition) {
  const moves = { moveTo: vi.fn(), expand: vi.fn() }
  const handled = navigateTree(key, position, moves)
  return { handled, moveTo: moves.moveTo.mock.calls, expand: moves.expand.mock.calls }
}

describe('navigateTree', () => {
  it('moves down, up, to the first and to the last row', () => {
    expect(press('ArrowDown', at({})).moveTo).toEqual([[4]])
    expect(press('ArrowUp', at({})).moveTo).toEqual([[2]])
    expect(press('Home', at({})).moveTo).toEqual([[0]])
    expect(press('End', at({})).moveTo).toEqual([[9]])
  })

  it('Right opens a closed row, moves into an open one and does nothing on a leaf', () => {
    expect(press('ArrowRight', at({ expanded: false }))).toEqual({
      handled: true,
      moveTo: [],
      expand: [[true]],
    })
    expect(press('ArrowRight', at({ expanded: true }))).toEqual({ handled: true, moveTo: [[4]], expand: [] })
    expect(press('ArrowRight', at({ expanded: undefined }))).toEqual({
      handled: true,
      moveTo: [],
      expand: [],
    })
  })

  it('Left closes an open row, otherwise goes to the parent, and stays on a top row', () => {
    const parentIndex = vi.fn(() => 1)
    expect(press('ArrowLeft', at({ expanded: true, parentIndex }))).toEqual({
      handled: true,
      moveTo: [],
      expand: [[false]],
    })
    expect(parentIndex).not.toHaveBeenCalled()
    expect(press('ArrowLeft', at({ expanded: false })).moveTo).toEqual([[1]])
    expect(press('ArrowLeft', at({ parentIndex: () => undefined }))).toEqual({
      handled: true,
      moveTo: [],
      expand: [],
    })
  })

  it('leaves every other key to the tree', () => {
    for (const key of ['Enter', ' ', 'PageDown', 'a']) {
      expect(press(key, at({ expanded: false }))).toEqual({ handled: false, moveTo: [], expand: [] })
    }
  })
})

describe('rangeKeepingIndex', () => {
  const range = { startIndex: 20, endIndex: 25, overscan: 2, count: 100 }

  it('adds the kept row, in order, when it is scrolled away', () => {
    expect(rangeKeepingIndex(range, 3)).toEqual([3, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27])
  })

  it('does not repeat a row already in range, nor keep one past the end', () => {
    expect(rangeKeepingIndex(range, 21)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27])
    expect(rangeKeepingIndex({ ...range, count: 28 }, 40)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27])
  })
})
