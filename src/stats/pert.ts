// PERT on one path (Malcolm, Roseboom, Clark and Fazar 1959): each step's three-point estimate
// (a, m, b) has mean (a + 4m + b)/6 and variance ((b − a)/6)²; a path's total is taken as normal
// with the sums (central limit approximation), so P(T ≤ limit) = Φ((limit − mean)/√variance).

import { normalCdf } from './normal.js';

/** A three-point estimate: shortest, most likely and longest time; a = m = b is a certain time. */
export interface ThreePoint {
  min: number;
  mode: number;
  max: number;
}

/** The checks every three-point estimate must pass: finite, min ≤ mode ≤ max. */
export function isThreePoint(t: ThreePoint): boolean {
  return Number.isFinite(t.min) && Number.isFinite(t.mode) && Number.isFinite(t.max) && t.min <= t.mode && t.mode <= t.max;
}

function check(t: ThreePoint): void {
  if (!isThreePoint(t)) throw new RangeError(`a three-point estimate needs finite min ≤ mode ≤ max, got (${t.min}, ${t.mode}, ${t.max})`);
}

/** PERT mean (a + 4m + b)/6. */
export function pertMean(t: ThreePoint): number {
  check(t);
  return (t.min + 4 * t.mode + t.max) / 6;
}

/** PERT variance ((b − a)/6)². */
export function pertVariance(t: ThreePoint): number {
  check(t);
  const sd = (t.max - t.min) / 6;
  return sd * sd;
}

/** Mean and variance of a path: the sums over its steps (a constant wait is a step (w, w, w)). */
export interface PathEstimate {
  mean: number;
  variance: number;
}

/** PERT on a path of steps done one after another. */
export function pertPath(steps: readonly ThreePoint[]): PathEstimate {
  let mean = 0;
  let variance = 0;
  for (const t of steps) {
    mean += pertMean(t);
    variance += pertVariance(t);
  }
  return { mean, variance };
}

/** P(T ≤ limit) under PERT's normal approximation of the path total (a point mass where variance is 0). */
export function pertProbabilityWithin(path: PathEstimate, limit: number): number {
  return normalCdf(limit, path.mean, Math.sqrt(path.variance));
}
