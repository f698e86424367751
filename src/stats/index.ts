// Public API of the stats helper: PERT on a path, the normal CDF, seeded Beta-PERT sampling,
// sample summaries, and Monte Carlo over a step graph given as index arrays. Domain-free.

export { standardNormalCdf, normalCdf } from './normal.js';
export type { ThreePoint, PathEstimate } from './pert.js';
export { isThreePoint, pertMean, pertVariance, pertPath, pertProbabilityWithin } from './pert.js';
export type { UniformSource } from './random-source.js';
export { createUniformSource, deriveSeed } from './random-source.js';
export { betaPertShape, createBetaPertSampler, sampleBetaPert } from './beta-pert.js';
export type { BetaTable } from './beta-table.js';
export { betaTable, betaTableCdf, invertBetaTable, fillFromBetaTable, createTabulatedBetaPertSampler } from './beta-table.js';
export type { SampleSummary } from './quantiles.js';
export { REPORT_QUANTILES, quantileSorted, quantilesOf, mean, shareAtMost, summarizeSamples } from './quantiles.js';
export type { StepGraphModel, StepDistribution, MonteCarloOptions, MonteCarloResult } from './monte-carlo.js';
export { MONTE_CARLO_BLOCK, runMonteCarlo } from './monte-carlo.js';
