// The lab's long lists (2,000 computers and mirroring sessions in the large preset) are filtered and shown a
// page at a time: a page never renders more than PAGE_SIZE rows.

export const PAGE_SIZE = 20

export interface Page<T> {
  rows: T[]
  /** Rows that match the filter. */
  total: number
  /** Zero-based, clamped to the last page. */
  page: number
  pageCount: number
  /** One-based positions of the first and last row shown (0 when none). */
  from: number
  to: number
}

/** The rows whose text (`textOf`) contains `filter`, case-insensitively, cut to one page. */
export function pageOf<T>(
  items: readonly T[],
  filter: string,
  page: number,
  textOf: (item: T) => string,
  pageSize = PAGE_SIZE,
): Page<T> {
  const wanted = filter.trim().toLowerCase()
  const matching = wanted === '' ? items : items.filter((item) => textOf(item).toLowerCase().includes(wanted))
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize))
  const current = Math.min(Math.max(0, page), pageCount - 1)
  const start = current * pageSize
  const rows = matching.slice(start, start + pageSize)
  return {
    rows,
    total: matching.length,
    page: current,
    pageCount,
    from: rows.length === 0 ? 0 : start + 1,
    to: start + rows.length,
  }
}
