// Each figure of the benchmark is the median of its runs, with the smallest and the largest.

export interface Summary {
  median: number
  min: number
  max: number
  runs: number
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize.')
  const bad = samples.find((value) => !Number.isFinite(value))
  if (bad !== undefined) throw new Error(`A sample is not a finite number: ${bad}.`)
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length }
}

/** The ratio of two medians (large / default, console / minimal page). */
export function ratioOf(numerator: Summary, denominator: Summary): number {
  return numerator.median / Math.max(denominator.median, Number.EPSILON)
}

/** The summary of each named figure over samples that all name the same figures. */
export function summarizeEach<K extends string>(samples: readonly Record<K, number>[]): Record<K, Summary> {
  const names = Object.keys(samples[0] ?? {}) as K[]
  return Object.fromEntries(
    names.map((name) => [name, summarize(samples.map((sample) => sample[name]))]),
  ) as Record<K, Summary>
}

/** Runs `measure` `runs` times in sequence and gathers each named figure across the runs. */
export async function repeat<K extends string>(
  runs: number,
  measure: (run: number) => Promise<Record<K, number>>,
): Promise<Record<K, Summary>> {
  const samples = new Map<K, number[]>()
  for (let run = 0; run < runs; run++) {
    const figures = await measure(run)
    for (const [name, value] of Object.entries(figures) as [K, number][]) {
      samples.set(name, [...(samples.get(name) ?? []), value])
    }
  }
  return Object.fromEntries([...samples].map(([name, values]) => [name, summarize(values)])) as Record<
    K,
    Summary
  >
}
