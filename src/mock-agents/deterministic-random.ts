// Determinism without Math.random: the large preset is generated from a seed, and simulated backup sizes
// and fault decisions are functions of their inputs, so a test or a demo sees the same thing every run.

/** mulberry32: a tiny seeded PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    return mulberryOutput(state)
  }
}

/** The number in [0, 1) mulberry32 returns for a state. */
function mulberryOutput(state: number): number {
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}

const FNV_OFFSET = 0x811c9dc5

/**
 * FNV-1a of a text, continued from `prefix` (the hash of the text before it): a prefix shared by many texts is
 * hashed once, with the same result as hashing each whole text.
 */
export function fnv1a(text: string, prefix = FNV_OFFSET): number {
  let hash = prefix
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash
}

const digits = new Uint8Array(16)

/**
 * fnv1a of a whole number's decimal digits, as `fnv1a(String(n), prefix)`, without making the text: the agent
 * hashes the time of each of a week's 1.5 million jobs.
 */
export function fnv1aOfInteger(n: number, prefix = FNV_OFFSET): number {
  if (!Number.isSafeInteger(n) || n < 0) return fnv1a(String(n), prefix)
  let count = 0
  for (let rest = n; count === 0 || rest > 0; rest = Math.floor(rest / 10)) digits[count++] = rest % 10
  let hash = prefix
  for (let i = count - 1; i >= 0; i--) {
    hash ^= 48 + (digits[i] as number)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash
}

/** A stable number in [0, 1) for a text (FNV-1a, then one mulberry32 step to spread nearby inputs). */
export function hashToUnit(text: string, prefix?: number): number {
  return mulberryOutput((fnv1a(text, prefix) + 0x6d2b79f5) >>> 0)
}

/** A stable number in [low, high) for a text, hashed after `prefix` as fnv1a does. */
export function hashToRange(text: string, low: number, high: number, prefix?: number): number {
  return low + hashToUnit(text, prefix) * (high - low)
}
