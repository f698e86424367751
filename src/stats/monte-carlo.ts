// Monte Carlo over a step graph (Van Slyke 1963): each run draws every uncertain step's duration
// from its Beta-PERT (by table inversion, beta-table.ts), then a forward pass in topological order gives each step's finish (CPM) and a
// backward pass over the predecessor lists marks the steps on a longest path (zero slack). Linear
// in steps + edges per run; every array is typed and reused across runs.

import { randomUniform } from 'd3-random';
import { betaPertShape, createBetaPertSampler } from './beta-pert.js';
import { betaTable, fillFromBetaTable, type BetaTable } from './beta-table.js';
import { createUniformSource } from './random-source.js';

/**
 * A step graph on indices 0..n−1 with each step's three-point duration. Certain steps have
 * min = mode = max. The predecessor lists use the CSR layout of graph/'s Digraph
 * (predecessors of v are pred[predStart[v] .. predStart[v+1])).
 */
export interface StepGraphModel {
  n: number;
  /** A topological order of 0..n−1. */
  order: Int32Array;
  predStart: Int32Array;
  pred: Int32Array;
  /** Duration: shortest, most likely, longest. */
  min: Float64Array;
  mode: Float64Array;
  max: Float64Array;
  /** Constant time before the step starts (hand-over, queue); 0 where none. */
  wait: Float64Array;
  /** 1 = the step counts toward the limit; 0 = it is weighed 0 in the clock (wait included). */
  counts: Uint8Array;
}

/**
 * How a step's time is drawn from (min, mode, max): Beta-PERT by table inversion (the default, one
 * uniform per draw), Beta-PERT exactly (d3-random's ratio of gammas, about 20× slower), or uniform
 * on [min, max] (mode unused).
 */
export type StepDistribution = 'beta-pert' | 'beta-pert-exact' | 'uniform';

export interface MonteCarloOptions {
  /** Runs (e.g. 10 000). */
  samples: number;
  /** Default beta-pert; uniform serves closed-form checks and sensitivity runs. */
  distribution?: StepDistribution;
  /** Seed of this graph's draws; derive one per item with deriveSeed so results never depend on the worker. */
  seed: number;
}

/** Per-run results, all typed arrays. */
export interface MonteCarloResult {
  samples: number;
  /** Per run: the longest path, wait + duration of every step. */
  duration: Float64Array;
  /** Per run: the longest path with steps that do not count toward the limit weighed 0. */
  clock: Float64Array;
  /** Per step: runs in which the step lies on a longest path of `duration` (any of them, when tied). */
  criticalRuns: Int32Array;
}

/** Slack below this share of the run's length (or 1e-9 days) counts as zero: ties stay ties. */
const TIE = 1e-9;

/**
 * Runs are simulated in blocks of this many, step by step within a block, so that every inner loop
 * runs over contiguous typed arrays. Fixed: the order of the draws, and so the figures, depend on it.
 */
export const MONTE_CARLO_BLOCK = 256;

/**
 * Runs the simulation. The draws follow a fixed order (block by block; within a block, steps in
 * `order`, each drawing its runs in turn), so the same model and seed give the same arrays
 * everywhere, whatever else runs in the process.
 */
export function runMonteCarlo(model: StepGraphModel, options: MonteCarloOptions): MonteCarloResult {
  const { n, order, predStart, pred, wait, counts } = model;
  const runs = options.samples;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`samples must be a whole number ≥ 1, got ${runs}`);
  if (order.length !== n) throw new RangeError(`the order lists ${order.length} steps, the graph has ${n}`);
  const source = createUniformSource(options.seed);
  const distribution = options.distribution ?? 'beta-pert';
  // Only uncertain steps draw: by table (the default) or through a sampler, each made once.
  const tables: (BetaTable | null)[] = [];
  const samplers: ((() => number) | null)[] = [];
  for (let v = 0; v < n; v++) {
    const t = { min: model.min[v]!, mode: model.mode[v]!, max: model.max[v]! };
    tables.push(null);
    samplers.push(null);
    if (t.min === t.max) {
      if (!Number.isFinite(t.min) || t.mode !== t.min) throw new RangeError(`step ${v}: a certain duration needs min = mode = max, got (${t.min}, ${t.mode}, ${t.max})`);
    } else if (distribution === 'uniform') samplers[v] = randomUniform.source(source)(t.min, t.max);
    else if (distribution === 'beta-pert-exact') samplers[v] = createBetaPertSampler(source, t);
    else {
      const shape = betaPertShape(t)!;
      tables[v] = betaTable(shape.alpha, shape.beta);
    }
  }

  const B = MONTE_CARLO_BLOCK;
  const duration = new Float64Array(runs);
  const clock = new Float64Array(runs);
  const criticalRuns = new Int32Array(n);
  // Step v's values for run j of the block are at v * B + j.
  const weight = new Float64Array(n * B);
  const finish = new Float64Array(n * B);
  const clockFinish = new Float64Array(n * B);
  const latest = new Float64Array(n * B);
  const length = new Float64Array(B);
  const clockLength = new Float64Array(B);
  for (let base = 0; base < runs; base += B) {
    const m = Math.min(B, runs - base);
    length.fill(0);
    clockLength.fill(0);
    for (let k = 0; k < n; k++) {
      const v = order[k]!;
      const o = v * B;
      const table = tables[v];
      const draw = samplers[v];
      const w0 = wait[v]!;
      if (table) fillFromBetaTable(table, source, model.min[v]!, model.max[v]! - model.min[v]!, w0, weight, o, o + m);
      else if (draw) for (let j = 0; j < m; j++) weight[o + j] = w0 + draw();
      else weight.fill(w0 + model.min[v]!, o, o + m);
      const counted = counts[v] === 1;
      const e0 = predStart[v]!;
      const e1 = predStart[v + 1]!;
      if (e0 === e1) {
        for (let j = 0; j < m; j++) {
          finish[o + j] = 0;
          clockFinish[o + j] = 0;
        }
      } else {
        const p0 = pred[e0]! * B;
        finish.copyWithin(o, p0, p0 + m);
        clockFinish.copyWithin(o, p0, p0 + m);
        for (let e = e0 + 1; e < e1; e++) {
          const q = pred[e]! * B;
          for (let j = 0; j < m; j++) {
            if (finish[q + j]! > finish[o + j]!) finish[o + j] = finish[q + j]!;
            if (clockFinish[q + j]! > clockFinish[o + j]!) clockFinish[o + j] = clockFinish[q + j]!;
          }
        }
      }
      for (let j = 0; j < m; j++) {
        const f = finish[o + j]! + weight[o + j]!;
        finish[o + j] = f;
        if (f > length[j]!) length[j] = f;
        if (counted) {
          const cf = clockFinish[o + j]! + weight[o + j]!;
          clockFinish[o + j] = cf;
          if (cf > clockLength[j]!) clockLength[j] = cf;
        }
      }
    }
    duration.set(length.subarray(0, m), base);
    clock.set(clockLength.subarray(0, m), base);
    // Backward pass: a step's latest finish is the least latest start of what follows it.
    for (let v = 0; v < n; v++) latest.set(length.subarray(0, m), v * B);
    for (let k = n - 1; k >= 0; k--) {
      const v = order[k]!;
      const o = v * B;
      let onPath = 0;
      for (let j = 0; j < m; j++) {
        const slack = latest[o + j]! - finish[o + j]!;
        if (slack <= TIE * (length[j]! > 1 ? length[j]! : 1)) onPath++;
        latest[o + j] = latest[o + j]! - weight[o + j]!;
      }
      criticalRuns[v]! += onPath;
      // latest[o + j] now holds the step's latest start.
      for (let e = predStart[v]!; e < predStart[v + 1]!; e++) {
        const q = pred[e]! * B;
        for (let j = 0; j < m; j++) if (latest[o + j]! < latest[q + j]!) latest[q + j] = latest[o + j]!;
      }
    }
  }
  return { samples: runs, duration, clock, criticalRuns };
}
