// The odds of one design (an item's declared procedure or a candidate) from its steps' three-point
// estimates, by two models that disagree by design and are labelled everywhere: PERT's normal
// approximation on the critical path by PERT means (Malcolm et al. 1959), and Monte Carlo over the
// whole step graph with Beta-PERT draws (stats/monte-carlo.ts). Limits are held against the clock
// time (steps that do not count toward the limit weighed 0, 行政许可法 Art. 45).

import {
  MONTE_CARLO_MODEL,
  PERT_MODEL,
  type MonteCarloEstimate,
  type PathMoments,
  type PertEstimate,
  type Procedure,
  type SampleFigures,
  type Step,
  type Uncertainty,
} from '../../domain/index.js';
import { computeCpm, findCriticalPath } from '../../graph/index.js';
import { buildStepGraph } from '../../model/index.js';
import { deriveSeed, pertProbabilityWithin, quantilesOf, REPORT_QUANTILES, runMonteCarlo, shareAtMost, type StepGraphModel } from '../../stats/index.js';
import { threePointHundredths } from './three-point-steps.js';

/** How the Monte Carlo runs: how many runs (0: PERT only) and the run's global seed. */
export interface OddsOptions {
  samples: number;
  seed: number;
}

/** The design to estimate: its steps, the item's limits, and the keys its seed is derived from. */
export interface Design {
  steps: readonly Step[];
  legalLimitDays: number | null;
  promisedLimitDays: number | null;
  /** The item code, and the candidate id for a candidate. */
  seedKeys: readonly string[];
}

/** Clock days at these levels make the CDF the reports draw: 0, 0.05, …, 1. */
const CDF_LEVELS = Array.from({ length: 21 }, (_, k) => k / 20);
/** The clock's levels: the CDF's, whose 0.5, 0.8, 0.9 and 0.95 are the report's quantiles. */
const CLOCK_LEVEL_INDEX = REPORT_QUANTILES.map((p) => CDF_LEVELS.findIndex((q) => Math.abs(q - p) < 1e-12));
/** A time this close above a limit is within it: sums of two-decimal days carry float noise. */
const LIMIT_TOLERANCE = 1e-9;

/** PERT and (with samples > 0) Monte Carlo figures of one design. */
export function estimateOdds(design: Design, options: OddsOptions): Uncertainty {
  const graph = buildStepGraph(asProcedure(design));
  const points = design.steps.map(threePointHundredths);
  const pert = estimatePert(design, graph, points);
  if (options.samples === 0) return { pert };
  return { pert, monteCarlo: simulate(design, graph, points, options) };
}

type Graph = ReturnType<typeof buildStepGraph>;
type Points = readonly { min: number; mode: number; max: number }[];

function asProcedure(design: Design): Procedure {
  return {
    // Stryker disable next-line LogicalOperator,StringLiteral: buildStepGraph reads only the steps, never the item code (equivalent)
    itemCode: design.seedKeys[0] ?? '',
    // Stryker disable next-line StringLiteral: buildStepGraph never reads the item name (equivalent)
    itemName: '',
    legalLimitDays: design.legalLimitDays,
    promisedLimitDays: design.promisedLimitDays,
    steps: [...design.steps],
    // Stryker disable next-line ObjectLiteral,StringLiteral: buildStepGraph never reads the source (equivalent)
    source: { file: '', line: 0 },
  };
}

/**
 * PERT on the path that is longest by PERT means (wait + (a + 4m + b)/6; CPM's tie rule), and on the
 * clock's longest path the same way for the probabilities. Sums are exact in 1/600 of a day.
 */
function estimatePert(design: Design, graph: Graph, points: Points): PertEstimate {
  const n = graph.n;
  const weight = new Int32Array(n);
  const clockWeight = new Int32Array(n);
  design.steps.forEach((step, v) => {
    const t = points[v]!;
    weight[v] = 6 * Math.round(step.waitDays * 100) + t.min + 4 * t.mode + t.max;
    clockWeight[v] = step.countsTowardLimit ? weight[v]! : 0;
  });
  const order = graph.order!;
  const moments = (w: Int32Array): PathMoments => {
    const path = findCriticalPath(graph.declared, computeCpm(graph.declared, order, w));
    let sum = 0;
    let variance = 0;
    for (const v of path) {
      if (w[v] === 0) continue;
      sum += w[v]!;
      const sd = (points[v]!.max - points[v]!.min) / 600;
      variance += sd * sd;
    }
    return { stepIds: path.map((v) => graph.ids[v]!), meanDays: sum / 600, varianceDays: variance };
  };
  const all = moments(weight);
  const clock = moments(clockWeight);
  const within = (limit: number | null): number | null =>
    limit === null ? null : round4(pertProbabilityWithin({ mean: clock.meanDays, variance: clock.varianceDays }, limit + LIMIT_TOLERANCE));
  return {
    model: PERT_MODEL,
    stepIds: all.stepIds,
    meanDays: round2(all.meanDays),
    varianceDays: round4(all.varianceDays),
    clock: { stepIds: clock.stepIds, meanDays: round2(clock.meanDays), varianceDays: round4(clock.varianceDays) },
    pPromised: within(design.promisedLimitDays),
    pLegal: within(design.legalLimitDays),
  };
}

/** Scratch for the quantiles, grown as needed: one per thread, reused by every design. */
let scratch = new Float64Array(0);

function simulate(design: Design, graph: Graph, points: Points, options: OddsOptions): MonteCarloEstimate {
  const n = graph.n;
  const model: StepGraphModel = {
    n,
    order: Int32Array.from(graph.order!),
    predStart: Int32Array.from(graph.declared.predStart),
    pred: Int32Array.from(graph.declared.pred),
    min: Float64Array.from(points, (t) => t.min / 100),
    mode: Float64Array.from(points, (t) => t.mode / 100),
    max: Float64Array.from(points, (t) => t.max / 100),
    wait: Float64Array.from(design.steps, (s) => s.waitDays),
    counts: Uint8Array.from(design.steps, (s) => (s.countsTowardLimit ? 1 : 0)),
  };
  const runs = options.samples;
  const result = runMonteCarlo(model, { samples: runs, seed: deriveSeed(options.seed, ...design.seedKeys) });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the scratch only saves allocations; quantilesOf allocates its own when it is too short (equivalent)
  if (scratch.length < runs) scratch = new Float64Array(runs);
  const meanOf = (samples: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < samples.length; i++) sum += samples[i]!;
    return sum / samples.length;
  };
  // Where every step counts, the clock is the duration itself (the same array): one selection serves both.
  const same = result.clock === result.duration;
  const cdf = quantilesOf(result.clock, CDF_LEVELS, scratch);
  const clockQuantiles = CLOCK_LEVEL_INDEX.map((i) => cdf[i]!);
  const clockMean = meanOf(result.clock);
  const durationQuantiles = same ? clockQuantiles : quantilesOf(result.duration, REPORT_QUANTILES, scratch);
  const durationMean = same ? clockMean : meanOf(result.duration);
  const sampleFigures = (mean: number, q: readonly number[]): SampleFigures => ({
    meanDays: round2(mean),
    p50: round2(q[0]!),
    p80: round2(q[1]!),
    p90: round2(q[2]!),
    p95: round2(q[3]!),
  });
  const criticality: Record<string, number> = {};
  graph.ids.forEach((id, v) => (criticality[id] = round4(result.criticalRuns[v]! / runs)));
  const within = (limit: number | null): number | null => (limit === null ? null : round4(shareAtMost(result.clock, limit + LIMIT_TOLERANCE)));
  return {
    model: MONTE_CARLO_MODEL,
    samples: runs,
    seed: options.seed,
    ...sampleFigures(durationMean, durationQuantiles),
    clock: { ...sampleFigures(clockMean, clockQuantiles), cdf: cdf.map(round2) },
    pPromised: within(design.promisedLimitDays),
    pLegal: within(design.legalLimitDays),
    criticality,
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
