// Monte Carlo over a step graph (Van Slyke 1963): each run draws every uncertain step's duration
// from its Beta-PERT (by table inversion, beta-table.ts), then a forward pass in topological order
// gives each step's finish (CPM) and a backward pass over the predecessor lists marks the steps on a
// longest path (zero slack). The passes run on the graph with its series chains contracted (a step
// whose only predecessor has it as only successor joins that predecessor's node: their times add up,
// and in every run both or neither lie on a longest path). Linear in steps + edges per run; every
// array is typed and reused across runs.

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

/** The graph with its series chains contracted: node k holds the steps members[memberStart[k] .. memberStart[k+1]), in order. */
interface Chains {
  count: number;
  memberStart: Int32Array;
  members: Int32Array;
  /** Node predecessors (CSR), in node indices; nodes are numbered in a topological order. */
  predStart: Int32Array;
  pred: Int32Array;
  /** Per node: 1 every member counts toward the limit, 0 none does, 2 some do. */
  counting: Uint8Array;
}

/** Contracts series chains: v joins u's node when u → v is u's only outgoing and v's only incoming link. */
function contractChains(model: StepGraphModel): Chains {
  const { n, order, predStart, pred, counts } = model;
  const successors = new Int32Array(n);
  for (let e = 0; e < predStart[n]!; e++) successors[pred[e]!]!++;
  const nodeOf = new Int32Array(n);
  const heads: number[] = [];
  const next = new Int32Array(n).fill(-1);
  const tail = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const p = predStart[v + 1]! - predStart[v]! === 1 ? pred[predStart[v]!]! : -1;
    if (p >= 0 && successors[p] === 1) {
      const node = nodeOf[p]!;
      nodeOf[v] = node;
      next[tail[node]!] = v;
      tail[node] = v;
    } else {
      nodeOf[v] = heads.length;
      tail[heads.length] = v;
      heads.push(v);
    }
  }
  const count = heads.length;
  const memberStart = new Int32Array(count + 1);
  const members = new Int32Array(n);
  const counting = new Uint8Array(count);
  const nodePredStart = new Int32Array(count + 1);
  const nodePred: number[] = [];
  let m = 0;
  for (let node = 0; node < count; node++) {
    memberStart[node] = m;
    let all = true;
    let none = true;
    for (let v = heads[node]!; v >= 0; v = next[v]!) {
      members[m++] = v;
      if (counts[v] === 1) none = false;
      else all = false;
    }
    counting[node] = all ? 1 : none ? 0 : 2;
    // A chain is entered only through its head; a predecessor of the head ends its own chain.
    const head = heads[node]!;
    nodePredStart[node] = nodePred.length;
    for (let e = predStart[head]!; e < predStart[head + 1]!; e++) nodePred.push(nodeOf[pred[e]!]!);
  }
  memberStart[count] = m;
  nodePredStart[count] = nodePred.length;
  return { count, memberStart, members, predStart: nodePredStart, pred: Int32Array.from(nodePred), counting };
}

/**
 * Runs the simulation. The draws follow a fixed order (block by block; within a block, steps in
 * `order`, each drawing its runs in turn), so the same model and seed give the same arrays
 * everywhere, whatever else runs in the process.
 */
export function runMonteCarlo(model: StepGraphModel, options: MonteCarloOptions): MonteCarloResult {
  const { n, order, wait, counts } = model;
  const runs = options.samples;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`samples must be a whole number ≥ 1, got ${runs}`);
  if (order.length !== n) throw new RangeError(`the order lists ${order.length} steps, the graph has ${n}`);
  const source = createUniformSource(options.seed);
  const distribution = options.distribution ?? 'beta-pert';
  // Only uncertain steps draw: by table (the default) or through a sampler, each made once.
  const tables: (BetaTable | null)[] = [];
  const samplers: ((() => number) | null)[] = [];
  const drawing: number[] = [];
  for (let v = 0; v < n; v++) {
    const t = { min: model.min[v]!, mode: model.mode[v]!, max: model.max[v]! };
    tables.push(null);
    samplers.push(null);
    if (t.min === t.max) {
      if (!Number.isFinite(t.min) || t.mode !== t.min) throw new RangeError(`step ${v}: a certain duration needs min = mode = max, got (${t.min}, ${t.mode}, ${t.max})`);
      continue;
    }
    if (distribution === 'uniform') samplers[v] = randomUniform.source(source)(t.min, t.max);
    else if (distribution === 'beta-pert-exact') samplers[v] = createBetaPertSampler(source, t);
    else {
      const shape = betaPertShape(t)!;
      tables[v] = betaTable(shape.alpha, shape.beta);
    }
  }
  for (let k = 0; k < n; k++) if (model.min[order[k]!] !== model.max[order[k]!]) drawing.push(order[k]!);

  const chains = contractChains(model);
  const { count, memberStart, members, counting } = chains;
  const nodePredStart = chains.predStart;
  const nodePred = chains.pred;
  // A node's constant time (waits, certain durations), all of it and the part that counts.
  const fixed = new Float64Array(count);
  const fixedClock = new Float64Array(count);
  const nodeOf = new Int32Array(n);
  for (let node = 0; node < count; node++) {
    for (let i = memberStart[node]!; i < memberStart[node + 1]!; i++) {
      const v = members[i]!;
      nodeOf[v] = node;
      const constant = wait[v]! + (model.min[v] === model.max[v] ? model.min[v]! : 0);
      fixed[node]! += constant;
      if (counts[v] === 1) fixedClock[node]! += constant;
    }
  }
  // With every step counted the clock is the duration: one pass serves both.
  let clockPass = false;
  for (let node = 0; node < count; node++) if (counting[node] !== 1) clockPass = true;
  let mixed = false;
  for (let node = 0; node < count; node++) if (counting[node] === 2) mixed = true;

  const B = MONTE_CARLO_BLOCK;
  const duration = new Float64Array(runs);
  const clock = clockPass ? new Float64Array(runs) : duration;
  const nodeCritical = new Int32Array(count);
  // Node k's values for run j of the block are at k * B + j; a step's draws at v * B + j.
  const draws = new Float64Array(n * B);
  const weight = new Float64Array(count * B);
  const clockWeight = mixed ? new Float64Array(count * B) : weight;
  const finish = new Float64Array(count * B);
  const clockFinish = clockPass ? new Float64Array(count * B) : finish;
  const latest = new Float64Array(count * B);
  const length = new Float64Array(B);
  const clockLength = clockPass ? new Float64Array(B) : length;
  for (let base = 0; base < runs; base += B) {
    const m = Math.min(B, runs - base);
    for (const v of drawing) {
      const o = v * B;
      const table = tables[v];
      if (table) fillFromBetaTable(table, source, model.min[v]!, model.max[v]! - model.min[v]!, 0, draws, o, o + m);
      else {
        const draw = samplers[v]!;
        for (let j = 0; j < m; j++) draws[o + j] = draw();
      }
    }
    // Node times: the constant part, plus each uncertain member's draws in chain order.
    for (let node = 0; node < count; node++) {
      const o = node * B;
      weight.fill(fixed[node]!, o, o + m);
      if (mixed) clockWeight.fill(fixedClock[node]!, o, o + m);
      for (let i = memberStart[node]!; i < memberStart[node + 1]!; i++) {
        const v = members[i]!;
        if (model.min[v] === model.max[v]) continue;
        const d = v * B;
        for (let j = 0; j < m; j++) weight[o + j]! += draws[d + j]!;
        if (mixed && counts[v] === 1) for (let j = 0; j < m; j++) clockWeight[o + j]! += draws[d + j]!;
      }
    }
    length.fill(0);
    if (clockPass) clockLength.fill(0);
    for (let node = 0; node < count; node++) {
      const o = node * B;
      const e0 = nodePredStart[node]!;
      const e1 = nodePredStart[node + 1]!;
      if (e0 === e1) {
        finish.fill(0, o, o + m);
        if (clockPass) clockFinish.fill(0, o, o + m);
      } else {
        const p0 = nodePred[e0]! * B;
        finish.copyWithin(o, p0, p0 + m);
        if (clockPass) clockFinish.copyWithin(o, p0, p0 + m);
        for (let e = e0 + 1; e < e1; e++) {
          const q = nodePred[e]! * B;
          for (let j = 0; j < m; j++) if (finish[q + j]! > finish[o + j]!) finish[o + j] = finish[q + j]!;
          if (clockPass) for (let j = 0; j < m; j++) if (clockFinish[q + j]! > clockFinish[o + j]!) clockFinish[o + j] = clockFinish[q + j]!;
        }
      }
      for (let j = 0; j < m; j++) {
        const f = finish[o + j]! + weight[o + j]!;
        finish[o + j] = f;
        if (f > length[j]!) length[j] = f;
      }
      if (clockPass && counting[node] !== 0) {
        for (let j = 0; j < m; j++) {
          const cf = clockFinish[o + j]! + clockWeight[o + j]!;
          clockFinish[o + j] = cf;
          if (cf > clockLength[j]!) clockLength[j] = cf;
        }
      }
    }
    duration.set(length.subarray(0, m), base);
    if (clockPass) clock.set(clockLength.subarray(0, m), base);
    // Backward pass: a node's latest finish is the least latest start of what follows it.
    for (let node = 0; node < count; node++) latest.set(length.subarray(0, m), node * B);
    for (let node = count - 1; node >= 0; node--) {
      const o = node * B;
      let onPath = 0;
      for (let j = 0; j < m; j++) {
        const slack = latest[o + j]! - finish[o + j]!;
        if (slack <= TIE * (length[j]! > 1 ? length[j]! : 1)) onPath++;
        latest[o + j] = latest[o + j]! - weight[o + j]!;
      }
      nodeCritical[node]! += onPath;
      // latest[o + j] now holds the node's latest start.
      for (let e = nodePredStart[node]!; e < nodePredStart[node + 1]!; e++) {
        const q = nodePred[e]! * B;
        for (let j = 0; j < m; j++) if (latest[o + j]! < latest[q + j]!) latest[q + j] = latest[o + j]!;
      }
    }
  }
  const criticalRuns = new Int32Array(n);
  for (let v = 0; v < n; v++) criticalRuns[v] = nodeCritical[nodeOf[v]!]!;
  return { samples: runs, duration, clock, criticalRuns };
}
