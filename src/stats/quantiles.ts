// Summaries of samples: mean, the share at or below a limit, and quantiles by the inverse of the
// empirical CDF (Hyndman and Fan 1996, definition 1): the p-quantile is the smallest sample x with
// at least a share p of the samples ≤ x, i.e. the ⌈pN⌉-th smallest. It is always an observed value,
// and P(sample ≤ q_p) ≥ p holds exactly, which is what "p80 of duration" is read as. Ranks are
// found by d3-array's quickselect (Floyd–Rivest), linear per level instead of a full sort.

import { quickselect } from 'd3-array';

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

/**
 * The p-quantiles (definition 1) of unsorted samples, one per level, in the order asked. Works on a
 * copy, in `scratch` when given (at least as long as the samples: reusing one spares an allocation
 * per call); the samples are left as they were.
 */
export function quantilesOf(samples: Float64Array, levels: readonly number[], scratch?: Float64Array): number[] {
  const n = samples.length;
  if (n === 0) return levels.map(() => Number.NaN);
  let work: Float64Array;
  if (scratch !== undefined && scratch.length >= n) {
    work = scratch.subarray(0, n);
    work.set(samples);
  } else work = samples.slice();
  const ranks = levels.map((p) => rankOf(p, n) - 1);
  // Select in ascending rank order: each selection leaves everything below its rank to its left,
  // so the next one only searches the right part.
  const byRank = ranks.map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r);
  const values: number[] = new Array<number>(levels.length);
  let left = 0;
  for (const { r, i } of byRank) {
    quickselect(work, r, left);
    values[i] = work[r]!;
    left = r;
  }
  return values;
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
