// CPM schedule of a list of steps (critical path method, Kelley & Walker 1959): a forward pass
// in topological order over `predecessors` gives earliest start/finish, a backward pass latest.
// A step occupies wait + duration working days; its wait comes first.

import type { ScheduleEntry, Step } from '../../domain/index.js';

const EPSILON = 1e-9;

/**
 * Earliest/latest start and finish, slack and criticality of every step, in the steps' order.
 * Unknown predecessors are ignored; steps on a cycle (invalid input) are scheduled after their
 * known-finished predecessors so nothing is dropped.
 */
export function computeSchedule(steps: readonly Step[]): ScheduleEntry[] {
  const n = steps.length;
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const preds: number[][] = steps.map((s, i) => [
    ...new Set(s.predecessors.map((p) => indexOf.get(p)).filter((p): p is number => p !== undefined && p !== i)),
  ]);
  const succs: number[][] = steps.map(() => []);
  preds.forEach((ps, i) => ps.forEach((p) => succs[p]?.push(i)));

  // Kahn's algorithm; leftover (cyclic) steps are appended in file order.
  const indegree = preds.map((ps) => ps.length);
  const order: number[] = [];
  const queue = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] ?? 0;
    order.push(i);
    for (const j of succs[i] ?? []) {
      indegree[j] = (indegree[j] ?? 0) - 1;
      if (indegree[j] === 0) queue.push(j);
    }
  }
  const placed = new Set(order);
  for (let i = 0; i < n; i++) if (!placed.has(i)) order.push(i);

  const span = steps.map((s) => Math.max(0, s.waitDays) + Math.max(0, s.durationDays));
  const es = new Array<number>(n).fill(0);
  const ef = new Array<number>(n).fill(0);
  for (const i of order) {
    const start = Math.max(0, ...(preds[i] ?? []).map((p) => ef[p] ?? 0));
    es[i] = start;
    ef[i] = start + (span[i] ?? 0);
  }
  const finish = Math.max(0, ...ef);
  const lf = new Array<number>(n).fill(finish);
  const ls = new Array<number>(n).fill(finish);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] ?? 0;
    lf[i] = Math.min(finish, ...(succs[i] ?? []).map((j) => ls[j] ?? finish));
    ls[i] = (lf[i] ?? finish) - (span[i] ?? 0);
  }
  const r = (x: number): number => Math.round(x * 100) / 100;
  return steps.map((s, i) => {
    const slack = r((ls[i] ?? 0) - (es[i] ?? 0));
    return {
      stepId: s.id,
      earliestStart: r(es[i] ?? 0),
      earliestFinish: r(ef[i] ?? 0),
      latestStart: r(ls[i] ?? 0),
      latestFinish: r(lf[i] ?? 0),
      slack,
      critical: Math.abs(slack) < EPSILON,
    };
  });
}
