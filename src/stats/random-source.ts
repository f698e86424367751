// Seeded uniform numbers: pure-rand's xoroshiro128+ generator as a [0, 1) source with 53 random
// bits per number, and per-key seeds (SHA-256 of the global seed and a key such as an item code) so
// that each item's draws do not depend on which worker or in which order items are run.

import { createHash } from 'node:crypto';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A function giving uniform numbers in [0, 1), as d3-random's `source` expects. */
export type UniformSource = () => number;

/** A seeded uniform source; the same seed gives the same sequence on every platform. */
export function createUniformSource(seed: number): UniformSource {
  if (!Number.isInteger(seed)) throw new RangeError(`a seed must be an integer, got ${seed}`);
  const rng = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(rng);
}

/**
 * A 32-bit seed for one unit of work (an item, a candidate) from the global seed and its keys:
 * the first 4 bytes of SHA-256 over `seed` and the keys, each key NUL-separated.
 */
export function deriveSeed(seed: number, ...keys: readonly string[]): number {
  const hash = createHash('sha256').update(String(seed));
  for (const key of keys) hash.update('\0').update(key);
  return hash.digest().readInt32LE(0);
}
