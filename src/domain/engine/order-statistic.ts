// The k-th smallest of many numbers without sorting them all: the job history keeps the newest 5,000 of the
// 200,000 jobs a day of 15-minute synchronizations at 2,000 databases finishes, and needs only the end time
// that divides them (a sort of every end took longer than the rest of the bound).

/** The k-th smallest value (0 is the smallest) of `values`, which it reorders (quickselect, Hoare's scheme). */
export function kthSmallest(values: Float64Array, k: number): number {
  if (k < 0 || k >= values.length) throw new RangeError(`k is ${k} for ${values.length} values`)
  let low = 0
  let high = values.length - 1
  while (low < high) {
    // The median of three as the pivot: sorted or reversed input (a run's ends are in time order) stays linear.
    const middle = (low + high) >>> 1
    const pivot = medianOf(values[low] as number, values[middle] as number, values[high] as number)
    let i = low
    let j = high
    while (i <= j) {
      while ((values[i] as number) < pivot) i++
      while ((values[j] as number) > pivot) j--
      if (i <= j) {
        const swap = values[i] as number
        values[i] = values[j] as number
        values[j] = swap
        i++
        j--
      }
    }
    // [low, j] <= pivot <= [i, high]; between them, values equal to the pivot.
    if (k <= j) high = j
    else if (k >= i) low = i
    else return pivot
  }
  return values[k] as number
}

const medianOf = (a: number, b: number, c: number): number =>
  Math.max(Math.min(a, b), Math.min(Math.max(a, b), c))
