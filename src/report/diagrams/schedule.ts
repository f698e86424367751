// CPM schedule of a list of steps, for the Gantt chart of a candidate (the analysis gives the
// declared procedure's own): the critical path method of graph/cpm.ts over `predecessors`, a step
// occupying wait + duration working days (its wait first), in exact hundredths of a day.

import type { ScheduleEntry, Step } from '../../domain/index.js';
import { buildDigraph, computeCpm, topologicalOrderWithRest } from '../../graph/index.js';

/** Days (at most 2 decimals) → integer hundredths, as the analysis counts them; negatives count 0. */
const hundredths = (days: number): number => Math.round(Math.max(0, days) * 100);

/**
 * Earliest/latest start and finish, slack and criticality of every step, in the steps' order.
 * Unknown predecessors are ignored; steps on a cycle (invalid input) are scheduled after their
 * known-finished predecessors so nothing is dropped.
 */
export function computeSchedule(steps: readonly Step[]): ScheduleEntry[] {
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const from: number[] = [];
  const to: number[] = [];
  steps.forEach((s, i) => {
    for (const p of s.predecessors) {
      const j = indexOf.get(p);
      if (j === undefined || j === i) continue;
      from.push(j);
      to.push(i);
    }
  });
  const g = buildDigraph(steps.length, from, to);
  const span = Int32Array.from(steps, (s) => hundredths(s.waitDays) + hundredths(s.durationDays));
  const cpm = computeCpm(g, topologicalOrderWithRest(g), span);
  return steps.map((s, i) => {
    const slack = cpm.latestStart[i]! - cpm.earliestStart[i]!;
    return {
      stepId: s.id,
      earliestStart: cpm.earliestStart[i]! / 100,
      earliestFinish: cpm.earliestFinish[i]! / 100,
      latestStart: cpm.latestStart[i]! / 100,
      latestFinish: cpm.latestFinish[i]! / 100,
      slack: slack / 100,
      critical: slack === 0,
    };
  });
}
