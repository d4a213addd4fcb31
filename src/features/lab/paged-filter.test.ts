import { describe, expect, it } from 'vitest'
import { PAGE_SIZE, pageOf } from './paged-filter'

const computers = Array.from({ length: 2_000 }, (_, i) => `SQL-${String(i + 1).padStart(4, '0')}`)
const text = (name: string) => name

describe('a page of a long lab list', () => {
  it('shows at most one page of the large preset', () => {
    const page = pageOf(computers, '', 0, text)
    expect(page.rows).toHaveLength(PAGE_SIZE)
    expect([page.total, page.pageCount, page.from, page.to]).toEqual([2_000, 100, 1, 20])
  })

  it('filters case-insensitively before paging', () => {
    const page = pageOf(computers, ' sql-19', 0, text)
    expect(page.total).toBe(100)
    expect(page.rows[0]).toBe('SQL-1900')
  })

  it('clamps the page to the last one when the filter leaves fewer rows', () => {
    const page = pageOf(computers, 'SQL-000', 50, text)
    expect([page.page, page.pageCount, page.from, page.to]).toEqual([0, 1, 1, 9])
  })

  it('says when nothing matches', () => {
    const page = pageOf(computers, 'nothing', 3, text)
    expect([page.rows.length, page.total, page.from, page.to, page.pageCount]).toEqual([0, 0, 0, 0, 1])
  })
})
