/**
 * In a list where `before` holds for a first run of items and not after it, the index of the first item for
 * which it does not (the list's length when it holds for all): a binary search.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(items[middle] as T)) low = middle + 1
    else high = middle
  }
  return low
}
