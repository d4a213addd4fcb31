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

/**
 * fnv1a of a whole number's decimal digits, as `fnv1a(String(n), prefix)`, without making the text: the agent
 * hashes the time of each of a week's 1.5 million jobs. A time has 13 digits: they are read in two parts of at
 * most 9 and 7 digits, each in 32-bit integer arithmetic.
 */
export function fnv1aOfInteger(n: number, prefix = FNV_OFFSET): number {
  if (!Number.isSafeInteger(n) || n < 0) return fnv1a(String(n), prefix)
  const high = Math.floor(n / 1e7)
  if (high === 0) return hashDigits(n, leadingPlace(n), prefix)
  return hashDigits(n - high * 1e7, 1e6, hashDigits(high, leadingPlace(high), prefix))
}

/** The place value of a number's first digit (1 for 0 to 9). */
function leadingPlace(value: number): number {
  let place = 1
  while (place * 10 <= value) place *= 10
  return place
}

/** fnv1a continued over the digits of `value` from the place value `place` down (zeros included). */
function hashDigits(value: number, place: number, hash: number): number {
  let next = hash
  for (let at = place; at >= 1; at = (at / 10) | 0) {
    next ^= 48 + (((value / at) | 0) % 10)
    next = Math.imul(next, 0x01000193)
  }
  return next
}

/** A stable number in [0, 1) for a text (FNV-1a, then one mulberry32 step to spread nearby inputs). */
export function hashToUnit(text: string, prefix?: number): number {
  return mulberryOutput((fnv1a(text, prefix) + 0x6d2b79f5) >>> 0)
}

/** A stable number in [low, high) for a text, hashed after `prefix` as fnv1a does. */
export function hashToRange(text: string, low: number, high: number, prefix?: number): number {
  return low + hashToUnit(text, prefix) * (high - low)
}
