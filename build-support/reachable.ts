// The walk the build and the benchmark make over their graphs (modules, chunks, manifest entries).

/** Every node reachable from `roots` through `next`, entering only those `enter` accepts. */
export function reachable(
  roots: readonly string[],
  next: (node: string) => readonly string[],
  enter: (node: string) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>()
  const pending = [...roots]
  while (pending.length > 0) {
    const node = pending.pop() as string
    if (seen.has(node) || !enter(node)) continue
    seen.add(node)
    pending.push(...next(node))
  }
  return seen
}
