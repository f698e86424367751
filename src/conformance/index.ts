// Public API of the conformance stage: case logs replayed on the items' machines (fitness by optimal
// alignment, named deviations), observed durations by the working-day calendar, and the observed
// figures an analysis can use instead of the declared ones.

export { checkConformance, DEFAULT_ALIGNMENT_MAX_STATES, type ConformanceOptions, type ConformanceRun } from './check-conformance.js';
export { alignTrace, replayTrace, type Alignment, type AlignmentMove } from './align.js';
export { nameDeviations } from './deviations.js';
export { buildItemModel, type ItemModel } from './item-model.js';
export { measureCase, type CaseTimes, type StepObservation } from './observed.js';
export { applyObservedDurations, DURATION_SOURCES, DEFAULT_MIN_CASES, type DurationSource } from './observed-durations.js';
export { simulateRun, traceOf, type SimulationOptions } from './simulate-case.js';
