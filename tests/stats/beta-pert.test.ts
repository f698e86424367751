import { describe, expect, it } from 'vitest';
import {
  betaPertShape,
  betaTable,
  betaTableCdf,
  createBetaPertSampler,
  createTabulatedBetaPertSampler,
  createUniformSource,
  deriveSeed,
  sampleBetaPert,
  type ThreePoint,
} from '../../src/stats/index.js';

/** Exact Beta CDF for whole α, β: I_x(α, β) = Σ_{j=α}^{α+β−1} C(n, j) x^j (1−x)^(n−j), n = α + β − 1. */
function betaCdfWhole(x: number, alpha: number, beta: number): number {
  const n = alpha + beta - 1;
  let sum = 0;
  let binomial = 1;
  for (let j = 0; j <= n; j++) {
    if (j >= alpha) sum += binomial * x ** j * (1 - x) ** (n - j);
    binomial = (binomial * (n - j)) / (j + 1);
  }
  return sum;
}

/** Beta CDF for any α, β ≥ 1 by Simpson's rule on the density (error far below the KS bound). */
function betaCdfNumeric(alpha: number, beta: number): (x: number) => number {
  const cells = 20_000;
  const density = (t: number): number => t ** (alpha - 1) * (1 - t) ** (beta - 1);
  const cumulative = new Float64Array(cells + 1);
  for (let i = 0; i < cells; i++) {
    const a = i / cells;
    const b = (i + 1) / cells;
    cumulative[i + 1] = cumulative[i]! + ((b - a) / 6) * (density(a) + 4 * density((a + b) / 2) + density(b));
  }
  const total = cumulative[cells]!;
  return (x) => {
    const position = Math.min(cells, Math.max(0, x * cells));
    const i = Math.min(cells - 1, Math.floor(position));
    const within = position - i;
    return (cumulative[i]! + within * (cumulative[i + 1]! - cumulative[i]!)) / total;
  };
}

/** Kolmogorov–Smirnov statistic of samples against a CDF. */
function ksStatistic(samples: Float64Array, cdf: (x: number) => number): number {
  const sorted = samples.slice().sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

const N = 20_000;
// Critical value of the one-sample KS test at the 0.1 % level: 1.949/√N.
const KS_CRITICAL = 1.949 / Math.sqrt(N);

describe('Beta-PERT sampling', () => {
  it('has the shape parameters of the definition', () => {
    expect(betaPertShape({ min: 5, mode: 8, max: 17 })).toEqual({ alpha: 2, beta: 4 });
    expect(betaPertShape({ min: 0, mode: 0.5, max: 1 })).toEqual({ alpha: 3, beta: 3 });
    expect(betaPertShape({ min: 2, mode: 2, max: 6 })).toEqual({ alpha: 1, beta: 5 });
    expect(betaPertShape({ min: 4, mode: 4, max: 4 })).toBeUndefined();
    expect(() => betaPertShape({ min: 4, mode: 3, max: 5 })).toThrow(RangeError);
  });

  const cases: [string, ThreePoint, (u: number) => number][] = [
    ['(5, 8, 17): Beta(2, 4)', { min: 5, mode: 8, max: 17 }, (u) => betaCdfWhole(u, 2, 4)],
    ['(0, 0.5, 1): Beta(3, 3)', { min: 0, mode: 0.5, max: 1 }, (u) => betaCdfWhole(u, 3, 3)],
    ['(2, 2, 6): Beta(1, 5)', { min: 2, mode: 2, max: 6 }, (u) => betaCdfWhole(u, 1, 5)],
    ['(3, 5, 12): Beta(17/9, 37/9)', { min: 3, mode: 5, max: 12 }, betaCdfNumeric(17 / 9, 37 / 9)],
    ['(1, 9.5, 10): Beta(43/9, 11/9)', { min: 1, mode: 9.5, max: 10 }, betaCdfNumeric(43 / 9, 11 / 9)],
  ];
  it.each(cases)('%s passes a KS test against the exact CDF at a fixed seed', (_, t, cdf) => {
    const samples = sampleBetaPert(createUniformSource(deriveSeed(1, 'ks', String(t.min))), t, new Float64Array(N));
    for (const x of samples) {
      expect(x).toBeGreaterThanOrEqual(t.min);
      expect(x).toBeLessThanOrEqual(t.max);
    }
    const d = ksStatistic(samples, (x) => cdf((x - t.min) / (t.max - t.min)));
    expect(d).toBeLessThan(KS_CRITICAL);
    // The mean is PERT's (a + 4m + b)/6, within 4 standard errors.
    const mean = samples.reduce((s, x) => s + x, 0) / N;
    const { alpha, beta } = betaPertShape(t)!;
    const sd = ((t.max - t.min) * Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)))) / Math.sqrt(N);
    expect(Math.abs(mean - (t.min + 4 * t.mode + t.max) / 6)).toBeLessThan(4 * sd);
  });

  it.each(cases)('%s by table inversion passes the same KS test', (_, t, cdf) => {
    const draw = createTabulatedBetaPertSampler(createUniformSource(deriveSeed(2, 'ks', String(t.min))), t);
    const samples = new Float64Array(N);
    for (let i = 0; i < N; i++) samples[i] = draw();
    for (const x of samples) {
      expect(x).toBeGreaterThanOrEqual(t.min);
      expect(x).toBeLessThanOrEqual(t.max);
    }
    expect(ksStatistic(samples, (x) => cdf((x - t.min) / (t.max - t.min)))).toBeLessThan(KS_CRITICAL);
  });

  it('tabulates the CDF within 3e-6 of the exact one over PERT shapes (h²/8 · max |density′|)', () => {
    for (const [alpha, beta] of [[1, 5], [5, 1], [2, 4], [3, 3], [4, 2], [1, 1], [2, 2], [1, 3]] as const) {
      const table = betaTable(alpha, beta);
      let worst = 0;
      for (let k = 0; k <= 2000; k++) {
        const x = k / 2000 + 0.00013 * Math.sin(k);
        if (x < 0 || x > 1) continue;
        worst = Math.max(worst, Math.abs(betaTableCdf(table, x) - betaCdfWhole(x, alpha, beta)));
      }
      expect(worst, `Beta(${alpha}, ${beta})`).toBeLessThan(3e-6);
    }
    expect(betaTable(2, 4)).toBe(betaTable(2, 4));
    expect(() => betaTable(0.5, 2)).toThrow(RangeError);
  });

  it('a KS test does tell a wrong distribution apart', () => {
    const samples = sampleBetaPert(createUniformSource(3), { min: 0, mode: 0.5, max: 1 }, new Float64Array(N));
    expect(ksStatistic(samples, (u) => betaCdfWhole(u, 2, 4))).toBeGreaterThan(KS_CRITICAL);
  });

  it('gives the constant for a certain time, and the same draws for the same seed', () => {
    const constant = createBetaPertSampler(createUniformSource(5), { min: 4, mode: 4, max: 4 });
    expect([constant(), constant()]).toEqual([4, 4]);
    const t = { min: 1, mode: 2, max: 7 };
    const a = sampleBetaPert(createUniformSource(9), t, new Float64Array(100));
    const b = sampleBetaPert(createUniformSource(9), t, new Float64Array(100));
    const c = sampleBetaPert(createUniformSource(10), t, new Float64Array(100));
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('derives seeds per key, stable and distinct', () => {
    expect(deriveSeed(1, 'ITEM-1')).toBe(deriveSeed(1, 'ITEM-1'));
    expect(deriveSeed(1, 'ITEM-1')).not.toBe(deriveSeed(2, 'ITEM-1'));
    expect(deriveSeed(1, 'ITEM-1')).not.toBe(deriveSeed(1, 'ITEM-2'));
    expect(deriveSeed(1, 'a', 'bc')).not.toBe(deriveSeed(1, 'ab', 'c'));
    expect(Number.isInteger(deriveSeed(1, '事项'))).toBe(true);
    expect(() => createUniformSource(1.5)).toThrow(RangeError);
  });
});
