import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildDigraph, topologicalOrder } from '../../src/graph/index.js';
import {
  betaPertShape,
  betaTable,
  createUniformSource,
  deriveSeed,
  fillFromBetaTable,
  mean,
  MONTE_CARLO_BLOCK,
  pertMean,
  runMonteCarlo,
  shareAtMost,
  type StepGraphModel,
  type ThreePoint,
} from '../../src/stats/index.js';

/** A model from edges and per-step estimates (waits 0, every step counted unless listed). */
function modelOf(edges: [number, number][], steps: ThreePoint[], options: { wait?: number[]; uncounted?: number[] } = {}): StepGraphModel {
  const n = steps.length;
  const graph = buildDigraph(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
  const counts = new Uint8Array(n).fill(1);
  for (const v of options.uncounted ?? []) counts[v] = 0;
  return {
    n,
    order: Int32Array.from(topologicalOrder(graph)!),
    predStart: Int32Array.from(graph.predStart),
    pred: Int32Array.from(graph.pred),
    min: Float64Array.from(steps, (t) => t.min),
    mode: Float64Array.from(steps, (t) => t.mode),
    max: Float64Array.from(steps, (t) => t.max),
    wait: Float64Array.from(options.wait ?? steps.map(() => 0)),
    counts,
  };
}

const certain = (d: number): ThreePoint => ({ min: d, mode: d, max: d });
const betaPertSd = (t: ThreePoint): number => {
  const { alpha, beta } = betaPertShape(t)!;
  return (t.max - t.min) * Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
};
const N = 10_000;

describe('Monte Carlo over a step graph', () => {
  const chainSteps = [
    { min: 5, mode: 8, max: 17 },
    { min: 3, mode: 5, max: 7 },
    { min: 4, mode: 6, max: 8 },
    { min: 3, mode: 4, max: 5 },
  ];
  const chain = modelOf([[0, 1], [1, 2], [2, 3]], chainSteps);

  it.each(['beta-pert', 'beta-pert-exact'] as const)('chain (%s): the mean total is the sum of the PERT means, every step is always critical', (distribution) => {
    const result = runMonteCarlo(chain, { samples: N, seed: 1, distribution });
    const sd = Math.sqrt(chainSteps.reduce((s, t) => s + betaPertSd(t) ** 2, 0));
    expect(Math.abs(mean(result.duration) - chainSteps.reduce((s, t) => s + pertMean(t), 0))).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(Array.from(result.criticalRuns)).toEqual([N, N, N, N]);
    expect(result.clock).toEqual(result.duration);
    // The figure: about 0.94 by Monte Carlo where the normal approximation gives 0.963.
    expect(shareAtMost(result.clock, 28)).toBeGreaterThan(0.925);
    expect(shareAtMost(result.clock, 28)).toBeLessThan(0.955);
  });

  it.each([2, 3, 5])('join of %i iid uniforms: the mean is a + n(b − a)/(n + 1), each branch critical 1/n of the runs', (n) => {
    const [a, b] = [2, 10];
    const steps = [...Array.from({ length: n }, () => ({ min: a, mode: (a + b) / 2, max: b })), certain(0)];
    const join = modelOf(
      Array.from({ length: n }, (_, v) => [v, n] as [number, number]),
      steps,
    );
    const result = runMonteCarlo(join, { samples: N, seed: deriveSeed(7, `join-${n}`), distribution: 'uniform' });
    const sd = (b - a) * Math.sqrt(n / ((n + 1) ** 2 * (n + 2)));
    expect(Math.abs(mean(result.duration) - (a + (n * (b - a)) / (n + 1)))).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(result.criticalRuns[n]).toBe(N);
    const share = Math.sqrt((1 / n) * (1 - 1 / n) / N);
    for (let v = 0; v < n; v++) expect(Math.abs(result.criticalRuns[v]! / N - 1 / n)).toBeLessThan(4 * share);
    // One branch is critical per run (ties have probability 0).
    expect(Array.from(result.criticalRuns.subarray(0, n)).reduce((s, k) => s + k, 0)).toBe(N);
  });

  it('certain steps give CPM exactly; tied branches are both critical; waits count; uncounted steps leave the clock', () => {
    // 0 → {1, 2} → 3 with 1 and 2 tied at 4 days; 4 hangs off 0 with 1 day.
    const diamond = modelOf(
      [[0, 1], [0, 2], [1, 3], [2, 3], [0, 4]],
      [certain(1), certain(3), certain(4), certain(2), certain(1)],
      { wait: [0, 1, 0, 0, 0], uncounted: [2] },
    );
    const result = runMonteCarlo(diamond, { samples: 300, seed: 3 });
    expect(new Set(result.duration)).toEqual(new Set([7]));
    // Clock: step 2 weighs 0, so 0 → 1 (wait 1 + 3) → 3 = 1 + 4 + 2.
    expect(new Set(result.clock)).toEqual(new Set([7]));
    expect(Array.from(result.criticalRuns)).toEqual([300, 300, 300, 300, 0]);
    const noWait = runMonteCarlo({ ...diamond, wait: new Float64Array(5) }, { samples: 10, seed: 3 });
    expect(new Set(noWait.duration)).toEqual(new Set([7]));
    expect(new Set(noWait.clock)).toEqual(new Set([6]));
    expect(Array.from(noWait.criticalRuns)).toEqual([10, 0, 10, 10, 0]);
  });

  it('gives identical figures for the same seed whatever ran before, across block boundaries', () => {
    const seed = deriveSeed(1, 'ITEM-001');
    const first = runMonteCarlo(chain, { samples: 1000, seed });
    runMonteCarlo(chain, { samples: 777, seed: deriveSeed(1, 'ITEM-002') });
    const again = runMonteCarlo(chain, { samples: 1000, seed });
    expect(again.duration).toEqual(first.duration);
    expect(again.criticalRuns).toEqual(first.criticalRuns);
    // A longer run repeats the shorter one's full blocks: the draw order depends on the block size only.
    const full = Math.floor(1000 / MONTE_CARLO_BLOCK) * MONTE_CARLO_BLOCK;
    const longer = runMonteCarlo(chain, { samples: 1300, seed });
    expect(longer.duration.subarray(0, full)).toEqual(first.duration.subarray(0, full));
    expect(runMonteCarlo(chain, { samples: 1000, seed: seed + 1 }).duration).not.toEqual(first.duration);
  });

  it('refuses bad input', () => {
    expect(() => runMonteCarlo(chain, { samples: 0, seed: 1 })).toThrow(RangeError);
    expect(() => runMonteCarlo({ ...chain, mode: Float64Array.from([8, 5, 6, 9]) }, { samples: 1, seed: 1 })).toThrow(RangeError);
    expect(() => runMonteCarlo({ ...chain, order: new Int32Array(3) }, { samples: 1, seed: 1 })).toThrow(RangeError);
  });
});

/**
 * The simulation without contraction, step by step and run by run: the same draws (the same source,
 * tables and order: block by block, the uncertain steps in `order`), then CPM per run with Float64 times.
 */
function referenceMonteCarlo(model: StepGraphModel, samples: number, seed: number): { duration: number[]; clock: number[]; criticalRuns: number[] } {
  const { n, order, predStart, pred } = model;
  const source = createUniformSource(seed);
  const B = MONTE_CARLO_BLOCK;
  const draws = Array.from({ length: n }, () => new Float64Array(B));
  const duration: number[] = [];
  const clock: number[] = [];
  const criticalRuns = new Array<number>(n).fill(0);
  for (let base = 0; base < samples; base += B) {
    const m = Math.min(B, samples - base);
    for (const v of order) {
      const t = { min: model.min[v]!, mode: model.mode[v]!, max: model.max[v]! };
      if (t.min === t.max) continue;
      const shape = betaPertShape(t)!;
      fillFromBetaTable(betaTable(shape.alpha, shape.beta), source, t.min, t.max - t.min, 0, draws[v]!, 0, m);
    }
    for (let j = 0; j < m; j++) {
      const w = Array.from({ length: n }, (_, v) => model.wait[v]! + (model.min[v] === model.max[v] ? model.min[v]! : draws[v]![j]!));
      const finish = new Array<number>(n).fill(0);
      const clockFinish = new Array<number>(n).fill(0);
      for (const v of order) {
        let start = 0;
        let clockStart = 0;
        for (let e = predStart[v]!; e < predStart[v + 1]!; e++) {
          start = Math.max(start, finish[pred[e]!]!);
          clockStart = Math.max(clockStart, clockFinish[pred[e]!]!);
        }
        finish[v] = start + w[v]!;
        clockFinish[v] = clockStart + (model.counts[v] === 1 ? w[v]! : 0);
      }
      const length = Math.max(0, ...finish);
      duration.push(length);
      clock.push(Math.max(0, ...clockFinish));
      const latestStart = new Array<number>(n).fill(length);
      const latestFinish = new Array<number>(n).fill(length);
      for (let k = n - 1; k >= 0; k--) {
        const v = order[k]!;
        if (latestFinish[v]! - finish[v]! <= 1e-9 * Math.max(1, length)) criticalRuns[v]!++;
        latestStart[v] = latestFinish[v]! - w[v]!;
        for (let e = predStart[v]!; e < predStart[v + 1]!; e++) latestFinish[pred[e]!] = Math.min(latestFinish[pred[e]!]!, latestStart[v]!);
      }
    }
  }
  return { duration, clock, criticalRuns };
}

describe('Monte Carlo with series chains contracted', () => {
  const stepArb = fc.oneof(
    fc.integer({ min: 0, max: 40 }).map((d) => certain(d / 4)),
    fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 })).map(([a, b, c]) => ({ min: a / 4, mode: (a + b) / 4, max: (a + b + c) / 4 })),
  );
  const graphArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc.record({
      steps: fc.array(stepArb, { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 2 * n }),
      waits: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      uncounted: fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: n }),
      samples: fc.integer({ min: 1, max: 600 }),
      seed: fc.integer(),
    }),
  );

  test.prop([graphArb], { numRuns: 60 })('gives the step-by-step simulation: the same durations, clocks and critical counts', (g) => {
    const edges = g.edges.filter(([a, b]) => a < b);
    const model = modelOf(edges, g.steps, { wait: g.waits.map((w) => w / 2), uncounted: g.uncounted });
    const result = runMonteCarlo(model, { samples: g.samples, seed: g.seed });
    const reference = referenceMonteCarlo(model, g.samples, g.seed);
    const gap = (xs: Float64Array, ys: readonly number[]): number => Math.max(0, ...Array.from(xs, (x, i) => Math.abs(x - ys[i]!)));
    expect(gap(result.duration, reference.duration)).toBeLessThan(1e-9);
    expect(gap(result.clock, reference.clock)).toBeLessThan(1e-9);
    expect(Array.from(result.criticalRuns)).toEqual(reference.criticalRuns);
  });
});
