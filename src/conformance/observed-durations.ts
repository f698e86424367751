// The declared durations swapped for observed ones before an analysis (analyze --log --durations):
// a step with at least minCases observations takes the median or p90 of its observed service time
// as its duration (and of its waiting time as its wait, when that has minCases observations too);
// every other step keeps its declared figures. What was used is returned per step.

import type { ObservedDurations, ObservedStep, Procedure } from '../domain/index.js';

/** Which figure an analysis uses for a step's duration. */
export type DurationSource = 'declared' | 'median' | 'p90';
export const DURATION_SOURCES: readonly DurationSource[] = ['declared', 'median', 'p90'];
/** Observations a step needs before its observed figure replaces the declared one (--min-cases). */
export const DEFAULT_MIN_CASES = 5;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The procedure with observed figures in place of declared ones (a copy; the input is not changed),
 * and per observed step which figure was used. Steps without observations are not listed.
 */
export function applyObservedDurations(
  procedure: Procedure,
  observed: readonly ObservedStep[],
  source: DurationSource,
  minCases: number,
): { procedure: Procedure; used: ObservedDurations } {
  const byId = new Map(observed.map((o) => [o.stepId, o] as const));
  const used: ObservedDurations = {};
  const steps = procedure.steps.map((step) => {
    const o = byId.get(step.id);
    if (o === undefined || o.n === 0) return step;
    const service = source === 'median' ? o.serviceMedianDays : source === 'p90' ? o.serviceP90Days : null;
    const waited = source === 'median' ? o.waitMedianDays : source === 'p90' ? o.waitP90Days : null;
    const useService = service !== null && o.n >= minCases;
    const useWait = waited !== null && o.waitN >= minCases;
    const days = useService ? round2(service) : step.durationDays;
    used[step.id] = {
      source: useService ? source : 'declared',
      days,
      declaredDays: step.durationDays,
      n: o.n,
      observedMedianDays: o.serviceMedianDays,
      observedP90Days: o.serviceP90Days,
      ...(useWait ? { waitDays: round2(waited), waitN: o.waitN } : {}),
    };
    if (!useService && !useWait) return step;
    return { ...step, durationDays: days, durationMissing: useService ? false : step.durationMissing, waitDays: useWait ? round2(waited) : step.waitDays };
  });
  return { procedure: { ...procedure, steps }, used };
}
