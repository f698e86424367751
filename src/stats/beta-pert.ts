// The Beta-PERT distribution (Vose, Risk Analysis, 3rd ed., 2008, §9.1.3): a Beta(α, β) scaled to
// [a, b] with α = 1 + 4(m − a)/(b − a) and β = 1 + 4(b − m)/(b − a), so its mean is (a + 4m + b)/6.
// Draws come from d3-random's randomBeta (a ratio of two Marsaglia–Tsang gammas) on a seeded source.

import { randomBeta } from 'd3-random';
import { isThreePoint, type ThreePoint } from './pert.js';
import type { UniformSource } from './random-source.js';

/** Shape parameters of the Beta behind a three-point estimate (undefined for a certain time, a = b). */
export function betaPertShape(t: ThreePoint): { alpha: number; beta: number } | undefined {
  if (!isThreePoint(t)) throw new RangeError(`a three-point estimate needs finite min ≤ mode ≤ max, got (${t.min}, ${t.mode}, ${t.max})`);
  const range = t.max - t.min;
  if (range === 0) return undefined;
  return { alpha: 1 + (4 * (t.mode - t.min)) / range, beta: 1 + (4 * (t.max - t.mode)) / range };
}

/**
 * A sampler of Beta-PERT(a, m, b) drawing from `source`; a = b gives the constant a. Values lie in
 * [a, b]. The sampler keeps state (a spare normal), so the draws depend on the call order only.
 */
export function createBetaPertSampler(source: UniformSource, t: ThreePoint): () => number {
  const shape = betaPertShape(t);
  if (shape === undefined) {
    const value = t.min;
    return () => value;
  }
  const draw = randomBeta.source(source)(shape.alpha, shape.beta);
  const { min, max } = t;
  const range = max - min;
  return () => min + range * draw();
}

/** Fills `out` with Beta-PERT draws (typed array, no allocation per draw). */
export function sampleBetaPert(source: UniformSource, t: ThreePoint, out: Float64Array): Float64Array {
  const draw = createBetaPertSampler(source, t);
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return out;
}
