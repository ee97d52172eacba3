/**
 * A small seeded PRNG (mulberry32) so that sampling with a `seed` is reproducible across runs,
 * browsers and Node. It cannot reproduce torch's sampling; it only has to be deterministic.
 */
export type Random = () => number;

/** Returns floats in [0, 1) from a 32-bit state derived from `seed`. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index from `probabilities` (which sum to ~1) by inverse CDF. */
export function sampleIndex(probabilities: ArrayLike<number>, random: Random): number {
  const u = random();
  let cumulative = 0;
  let lastPossible = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] ?? 0;
    if (p <= 0) continue;
    lastPossible = i;
    cumulative += p;
    if (u < cumulative) return i;
  }
  // Rounding can leave the total a hair under 1: fall back to the last token with mass.
  return lastPossible;
}
