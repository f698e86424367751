// Summaries of samples: mean, the share at or below a limit, and quantiles by the inverse of the
// empirical CDF (Hyndman and Fan 1996, definition 1): the p-quantile is the smallest sample x with
// at least a share p of the samples ≤ x, i.e. the ⌈pN⌉-th smallest. It is always an observed value,
// and P(sample ≤ q_p) ≥ p holds exactly, which is what "p80 of duration" is read as. Ranks are
// found by bucket selection: one pass counts the samples per equal-width bucket of [min, max], a
// second gathers the few buckets holding a wanted rank, which are sorted alone — linear in the
// samples, where a comparator-based quickselect per level cost a millisecond per 10 000 runs.

/** The quantile levels every report gives. */
export const REPORT_QUANTILES = [0.5, 0.8, 0.9, 0.95] as const;

/** The 1-based rank of the p-quantile among n samples: ⌈pN⌉, at least 1. */
function rankOf(p: number, n: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile level must be in [0, 1], got ${p}`);
  // A small tolerance keeps 0.8 × 10000 at rank 8000 despite floating point.
  return Math.max(1, Math.ceil(p * n - 1e-9));
}

/** The p-quantile (definition 1) of ascending samples; p in (0, 1], or 0 for the minimum. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[rankOf(p, sorted.length) - 1]!;
}

/** Buckets of the counting pass: enough that a wanted rank's bucket holds few samples. */
const BUCKETS = 1024;

/**
 * The p-quantiles (definition 1) of unsorted samples, one per level, in the order asked. Works in
 * `scratch` when given (at least as long as the samples: reusing one spares an allocation per call);
 * the samples are left as they were.
 */
export function quantilesOf(samples: Float64Array, levels: readonly number[], scratch?: Float64Array): number[] {
  const n = samples.length;
  if (n === 0) return levels.map(() => Number.NaN);
  const ranks = levels.map((p) => rankOf(p, n) - 1);
  const work = scratch !== undefined && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = samples[i]!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const span = hi - lo;
  const buckets = Math.min(BUCKETS, n);
  if (!(span > 0 && span < Infinity && buckets / span < Infinity)) {
    // One value (or ±0 only), a span beyond doubles, or one so small (subnormal) that its buckets
    // would be infinitely narrow: the plain sort.
    work.set(samples);
    work.sort();
    return ranks.map((r) => work[r]!);
  }
  // Rounding is monotone, so bucket order is sample order: x ≤ y puts x in a bucket no later than y's.
  const scale = buckets / span;
  const bucketOf = (x: number): number => Math.min(buckets - 1, Math.floor((x - lo) * scale));
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[bucketOf(samples[i]!) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  // The buckets holding a wanted rank get a slot of the work array as long as their count.
  const slot = new Int32Array(buckets).fill(-1);
  const fill = new Int32Array(buckets);
  let used = 0;
  const bucketOfRank = ranks.map((r) => {
    let b0 = 0;
    let b1 = buckets - 1;
    // The bucket b with start[b] ≤ r < start[b + 1], by bisection.
    while (b0 < b1) {
      const mid = (b0 + b1 + 1) >> 1;
      if (start[mid]! <= r) b0 = mid;
      else b1 = mid - 1;
    }
    if (slot[b0] === -1) {
      slot[b0] = used;
      fill[b0] = used;
      used += start[b0 + 1]! - start[b0]!;
    }
    return b0;
  });
  for (let i = 0; i < n; i++) {
    const x = samples[i]!;
    const b = bucketOf(x);
    if (slot[b] !== -1) work[fill[b]!++] = x;
  }
  const sorted = new Set<number>();
  return ranks.map((r, k) => {
    const b = bucketOfRank[k]!;
    const from = slot[b]!;
    const to = from + start[b + 1]! - start[b]!;
    if (!sorted.has(b)) {
      work.subarray(from, to).sort();
      sorted.add(b);
    }
    return work[from + r - start[b]!]!;
  });
}

/** Mean of samples (NaN for none). */
export function mean(samples: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]!;
  return samples.length === 0 ? Number.NaN : sum / samples.length;
}

/** Share of samples ≤ limit (NaN for none). */
export function shareAtMost(samples: Float64Array, limit: number): number {
  let k = 0;
  for (let i = 0; i < samples.length; i++) if (samples[i]! <= limit) k++;
  return samples.length === 0 ? Number.NaN : k / samples.length;
}

/** Mean and quantiles of samples. */
export interface SampleSummary {
  mean: number;
  /** Quantile level → value, in the order asked. */
  quantiles: { p: number; value: number }[];
}

/** Mean and quantiles (definition 1) of samples, which are left as they were (see quantilesOf for `scratch`). */
export function summarizeSamples(samples: Float64Array, levels: readonly number[] = REPORT_QUANTILES, scratch?: Float64Array): SampleSummary {
  const values = quantilesOf(samples, levels, scratch);
  return { mean: mean(samples), quantiles: levels.map((p, i) => ({ p, value: values[i]! })) };
}
