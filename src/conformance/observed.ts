// Observed times of one case, in working days by the calendar (non-working days excluded; a
// working day counts 1 for its 24 hours, see workingDaysElapsed). For each completion of a step:
// service = start → completion when the step's start was logged, else (consecutive completions) the
// latest completion of its declared predecessors (or, lacking one, the case's previous completion)
// → completion; wait = that reference completion → the logged start. Lead time = the case's first
// event → its last completion. O(events × predecessors) per case.

import type { CaseEvent } from '../domain/index.js';
import type { MachineShape } from '../model/index.js';

/** One observation of a step in a case. */
export interface StepObservation {
  step: number;
  serviceDays: number | null;
  waitDays: number | null;
}

export interface CaseTimes {
  observations: StepObservation[];
  /** First event → last completion; null without a completion. */
  leadTimeDays: number | null;
}

/**
 * Measures one case. `labels[k]` is the step of event k (−1: not a step of the item); `clock(t)` the
 * working days from a fixed origin to instant t (it may throw for a time outside the calendar).
 */
export function measureCase(events: readonly CaseEvent[], labels: Int32Array, shape: MachineShape, clock: (time: number) => number): CaseTimes {
  const { predStart, pred } = shape.order;
  const lastComplete = new Map<number, number>();
  const openStart = new Map<number, number>();
  const observations: StepObservation[] = [];
  let previousComplete: number | null = null;
  let first: number | null = null;
  let lastCompletion: number | null = null;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const at = clock(e.time);
    first ??= at;
    const step = labels[k]!;
    if (e.lifecycle === 'start') {
      if (step >= 0) openStart.set(step, at);
      continue;
    }
    lastCompletion = at;
    if (step < 0) {
      previousComplete = at;
      continue;
    }
    let reference: number | null = null;
    for (let p = predStart[step]!; p < predStart[step + 1]!; p++) {
      const t = lastComplete.get(pred[p]!);
      if (t !== undefined && (reference === null || t > reference)) reference = t;
    }
    reference ??= previousComplete;
    const start = openStart.get(step);
    if (start !== undefined) {
      openStart.delete(step);
      observations.push({ step, serviceDays: at - start, waitDays: reference === null ? null : Math.max(0, start - reference) });
    } else {
      observations.push({ step, serviceDays: reference === null ? null : Math.max(0, at - reference), waitDays: null });
    }
    lastComplete.set(step, at);
    previousComplete = at;
  }
  return { observations, leadTimeDays: first === null || lastCompletion === null ? null : lastCompletion - first };
}
