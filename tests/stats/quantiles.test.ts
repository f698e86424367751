import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mean, quantileSorted, quantilesOf, REPORT_QUANTILES, shareAtMost, summarizeSamples } from '../../src/stats/index.js';

describe('sample summaries', () => {
  it('takes the ⌈pN⌉-th smallest sample as the p-quantile', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(REPORT_QUANTILES.map((p) => quantileSorted(sorted, p))).toEqual([5, 8, 9, 10]);
    expect(quantileSorted(sorted, 0)).toBe(1);
    expect(quantileSorted(sorted, 0.81)).toBe(9);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(() => quantileSorted(sorted, 1.5)).toThrow(RangeError);
    const summary = summarizeSamples(Float64Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]));
    expect(summary).toEqual({ mean: 5.5, quantiles: [{ p: 0.5, value: 5 }, { p: 0.8, value: 8 }, { p: 0.9, value: 9 }, { p: 0.95, value: 10 }] });
    expect(shareAtMost(Float64Array.from([1, 2, 3, 4]), 2.5)).toBe(0.5);
    expect(mean(new Float64Array(0))).toBeNaN();
    // A subnormal span (found by fast-check): the buckets would be infinitely narrow, so the plain sort.
    expect(quantilesOf(Float64Array.from([0, 5e-324]), [0, 1])).toEqual([0, 5e-324]);
  });

  test.prop([fc.float64Array({ minLength: 1, maxLength: 300, noNaN: true, noDefaultInfinity: true }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.boolean()])(
    'selection gives the sorted answer, leaves the samples alone, and P(X ≤ q_p) ≥ p',
    (samples, levels, withScratch) => {
      const before = samples.slice();
      const sorted = samples.slice().sort();
      const values = quantilesOf(samples, levels, withScratch ? new Float64Array(samples.length + 3) : undefined);
      expect(values).toEqual(levels.map((p) => quantileSorted(sorted, p)));
      expect(samples).toEqual(before);
      levels.forEach((p, i) => expect(shareAtMost(samples, values[i]!)).toBeGreaterThanOrEqual(p - 1e-9));
    },
  );

  test.prop([fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 1, maxLength: 5000 }), fc.integer({ min: 0, max: 3 })])(
    'many tied samples in clumps, and outliers: still the ⌈pN⌉-th smallest at every level k/20',
    (values, outliers) => {
      const samples = Float64Array.from([...values.map((v) => v / 4), ...Array.from({ length: outliers }, (_, k) => 1e6 * (k + 1))]);
      const sorted = samples.slice().sort();
      const levels = Array.from({ length: 21 }, (_, k) => k / 20);
      expect(quantilesOf(samples, levels)).toEqual(levels.map((p) => quantileSorted(sorted, p)));
    },
  );
});
