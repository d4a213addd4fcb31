/**
 * In a list where `before` holds for a first run of items and not after it, the index of the first item for
 * which it does not (the list's length when it holds for all): a binary search. `from` and `to` search a range
 * of the list only (`to` when it holds for all of it).
 */
export function partitionPoint<T>(
  items: readonly T[],
  before: (item: T) => boolean,
  from = 0,
  to = items.length,
): number {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(items[middle] as T)) low = middle + 1
    else high = middle
  }
  return low
}
