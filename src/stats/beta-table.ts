// Fast Beta-PERT draws by numerical inversion: the Beta(α, β) CDF is tabulated once per shape on
// 1024 equal cells (Simpson's rule on the density in each cell) and a uniform u is mapped to the x
// where the piecewise-linear CDF reaches u, a guide table (Chen and Asau 1974) finding the cell in
// O(1). One uniform per draw, many times faster than a ratio of gammas; the CDF it follows differs
// from the exact one by at most h²/8 · max|density′| ≈ 3e-6 for PERT's shapes (α, β ∈ [1, 5]), far
// below the sampling noise of 10 000 runs (≈ 5e-3).

import { betaPertShape } from './beta-pert.js';
import type { ThreePoint } from './pert.js';
import type { UniformSource } from './random-source.js';

const CELLS = 1024;
const GUIDE = 1024;

/** The tabulated CDF of one Beta shape on [0, 1]. */
export interface BetaTable {
  /** cdf[i] = P(X ≤ i / CELLS); cdf[0] = 0, cdf[CELLS] = 1. */
  cdf: Float64Array;
  /** guide[k] = the cell holding k / GUIDE (the largest i with cdf[i] ≤ k / GUIDE). */
  guide: Int32Array;
}

/** Tables by shape; shapes repeat across steps and items, so each is built once (up to a bound). */
const tables = new Map<string, BetaTable>();
const MAX_TABLES = 4096;

/** The table of Beta(α, β), α, β ≥ 1 (built, or taken from the cache). */
export function betaTable(alpha: number, beta: number): BetaTable {
  if (!(alpha >= 1 && beta >= 1 && Number.isFinite(alpha) && Number.isFinite(beta))) {
    throw new RangeError(`a tabulated Beta needs finite α, β ≥ 1, got (${alpha}, ${beta})`);
  }
  const key = `${alpha},${beta}`;
  let table = tables.get(key);
  if (table === undefined) {
    if (tables.size >= MAX_TABLES) tables.clear();
    table = buildTable(alpha, beta);
    tables.set(key, table);
  }
  return table;
}

function buildTable(alpha: number, beta: number): BetaTable {
  const a1 = alpha - 1;
  const b1 = beta - 1;
  // The density up to its constant; with α, β ≥ 1 it is bounded on [0, 1].
  const density = (x: number): number => (a1 === 0 ? 1 : x ** a1) * (b1 === 0 ? 1 : (1 - x) ** b1);
  const cdf = new Float64Array(CELLS + 1);
  const h = 1 / CELLS;
  let left = density(0);
  for (let i = 0; i < CELLS; i++) {
    const right = density((i + 1) * h);
    cdf[i + 1] = cdf[i]! + (h / 6) * (left + 4 * density((i + 0.5) * h) + right);
    left = right;
  }
  const total = cdf[CELLS]!;
  for (let i = 1; i < CELLS; i++) cdf[i] = cdf[i]! / total;
  cdf[CELLS] = 1;
  const guide = new Int32Array(GUIDE + 1);
  let cell = 0;
  for (let k = 0; k <= GUIDE; k++) {
    const u = k / GUIDE;
    while (cell < CELLS - 1 && cdf[cell + 1]! <= u) cell++;
    guide[k] = cell;
  }
  return { cdf, guide };
}

/** The x in [0, 1] at which the table's piecewise-linear CDF reaches u ∈ [0, 1). */
export function invertBetaTable(table: BetaTable, u: number): number {
  const { cdf, guide } = table;
  let i = guide[(u * GUIDE) | 0]!;
  while (i < CELLS - 1 && cdf[i + 1]! <= u) i++;
  const lo = cdf[i]!;
  const width = cdf[i + 1]! - lo;
  return (i + (width > 0 ? (u - lo) / width : 0)) / CELLS;
}

/**
 * Fills out[from .. to) with `offset + min + range · X`, X drawn by table inversion from `source`:
 * the Monte Carlo's inner loop, one call per step and block rather than one per draw.
 */
export function fillFromBetaTable(
  table: BetaTable,
  source: UniformSource,
  min: number,
  range: number,
  offset: number,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const { cdf, guide } = table;
  const base = offset + min;
  for (let j = from; j < to; j++) {
    const u = source();
    let i = guide[(u * GUIDE) | 0]!;
    while (i < CELLS - 1 && cdf[i + 1]! <= u) i++;
    const lo = cdf[i]!;
    const width = cdf[i + 1]! - lo;
    out[j] = base + (range * (i + (width > 0 ? (u - lo) / width : 0))) / CELLS;
  }
}

/** P(X ≤ x) by the table (the distribution the draws follow), x ∈ [0, 1]. */
export function betaTableCdf(table: BetaTable, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const position = x * CELLS;
  const i = Math.floor(position);
  return table.cdf[i]! + (position - i) * (table.cdf[i + 1]! - table.cdf[i]!);
}

/**
 * A fast Beta-PERT(a, m, b) sampler by table inversion, one uniform from `source` per draw; a = b
 * gives the constant a.
 */
export function createTabulatedBetaPertSampler(source: UniformSource, t: ThreePoint): () => number {
  const shape = betaPertShape(t);
  if (shape === undefined) {
    const value = t.min;
    return () => value;
  }
  const table = betaTable(shape.alpha, shape.beta);
  const { min } = t;
  const range = t.max - t.min;
  return () => min + range * invertBetaTable(table, source());
}
