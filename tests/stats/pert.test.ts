import { describe, expect, it } from 'vitest';
import { normalCdf, pertMean, pertPath, pertProbabilityWithin, pertVariance, standardNormalCdf } from '../../src/stats/index.js';

describe('PERT on a path', () => {
  // The textbook chain: (5, 8, 17), (3, 5, 7), (4, 6, 8), (3, 4, 5).
  const chain = [
    { min: 5, mode: 8, max: 17 },
    { min: 3, mode: 5, max: 7 },
    { min: 4, mode: 6, max: 8 },
    { min: 3, mode: 4, max: 5 },
  ];

  it('gives mean 24, variance 5 and P(T ≤ 28) = 0.9633 as published', () => {
    expect(chain.map(pertMean)).toEqual([9, 5, 6, 4]);
    expect(chain.map(pertVariance).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([4, 0.444444444, 0.444444444, 0.111111111]);
    const path = pertPath(chain);
    expect(path.mean).toBe(24);
    expect(path.variance).toBeCloseTo(5, 12);
    // z = 4/√5 = 1.78885…: Φ(z) = 0.963181 exactly; the published 0.9633 reads the table at z rounded to 1.79.
    expect(pertProbabilityWithin(path, 28)).toBeCloseTo(0.963181, 6);
    expect(Math.round(standardNormalCdf(1.79) * 1e4) / 1e4).toBe(0.9633);
  });

  it('treats a certain path as a point mass', () => {
    const path = pertPath([{ min: 3, mode: 3, max: 3 }, { min: 2, mode: 2, max: 2 }]);
    expect(path).toEqual({ mean: 5, variance: 0 });
    expect(pertProbabilityWithin(path, 5)).toBe(1);
    expect(pertProbabilityWithin(path, 4.99)).toBe(0);
  });

  it('refuses estimates out of order', () => {
    expect(() => pertMean({ min: 5, mode: 4, max: 6 })).toThrow(RangeError);
    expect(() => pertVariance({ min: 1, mode: 2, max: Number.NaN })).toThrow(RangeError);
  });
});

describe('normal CDF', () => {
  it('matches reference values to 1e-12', () => {
    // Reference values of Φ (½·erfc(−x/√2) in double precision).
    const reference: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [1.96, 0.9750021048517795],
      [-1.5, 0.06680720126885809],
      [3, 0.9986501019683699],
      [-6, 9.865876450377012e-10],
    ];
    for (const [x, p] of reference) expect(Math.abs(standardNormalCdf(x) - p), String(x)).toBeLessThan(1e-12);
    expect(standardNormalCdf(40)).toBe(1);
    expect(standardNormalCdf(-40)).toBe(0);
    expect(normalCdf(28, 24, Math.sqrt(5))).toBe(standardNormalCdf(4 / Math.sqrt(5)));
    expect(() => normalCdf(0, 0, -1)).toThrow(RangeError);
  });
});
