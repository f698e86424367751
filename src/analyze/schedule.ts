// Critical path method (CPM, Kelley & Walker 1959) on the declared order: forward pass for earliest
// start/finish, backward pass for latest start/finish, slack = LS − ES, in integer hundredths of a day.

import type { PathSummary, ScheduleEntry } from '../domain/index.js';
import type { Digraph } from '../graph/index.js';
import type { ItemContext } from './context.js';
import { toDays } from './days.js';

/** CPM figures per node, in hundredths of a day. */
export interface Cpm {
  readonly earliestStart: Int32Array;
  readonly earliestFinish: Int32Array;
  readonly latestStart: Int32Array;
  readonly latestFinish: Int32Array;
  /** Longest path = the latest earliest finish. */
  readonly duration: number;
}

/** Runs both CPM passes over `order` (a topological order of g) with node weights in hundredths. */
export function computeCpm(g: Digraph, order: ArrayLike<number>, weight: ArrayLike<number>): Cpm {
  const n = g.n;
  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  let duration = 0;
  for (let k = 0; k < n; k++) {
    const v = order[k] as number;
    let start = 0;
    for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) start = Math.max(start, ef[g.pred[i]!]!);
    es[v] = start;
    ef[v] = start + (weight[v] as number);
    duration = Math.max(duration, ef[v]!);
  }
  const ls = new Int32Array(n);
  const lf = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k] as number;
    let finish = duration;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) finish = Math.min(finish, ls[g.succ[i]!]!);
    lf[v] = finish;
    ls[v] = finish - (weight[v] as number);
  }
  return { earliestStart: es, earliestFinish: ef, latestStart: ls, latestFinish: lf, duration };
}

/** Length of the longest path (hundredths) with the given node weights; forward pass only. */
export function findLongestPathLength(g: Digraph, order: ArrayLike<number>, weight: ArrayLike<number>): number {
  const ef = new Int32Array(g.n);
  let longest = 0;
  for (let k = 0; k < g.n; k++) {
    const v = order[k] as number;
    let start = 0;
    for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) start = Math.max(start, ef[g.pred[i]!]!);
    ef[v] = start + (weight[v] as number);
    longest = Math.max(longest, ef[v]!);
  }
  return longest;
}

/**
 * One critical path, source to sink. Tie rule: it ends at the lowest-index sink whose earliest
 * finish equals the duration, and walks back through the lowest-index predecessor whose earliest
 * finish equals the current step's earliest start (such a predecessor exists whenever there is one).
 */
export function findCriticalPath(g: Digraph, cpm: Cpm): number[] {
  let end = -1;
  for (let v = 0; v < g.n && end < 0; v++) {
    if (g.succStart[v + 1] === g.succStart[v] && cpm.earliestFinish[v] === cpm.duration) end = v;
  }
  if (end < 0) return [];
  const path = [end];
  for (let v = end; ; ) {
    let best = -1;
    for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) {
      const p = g.pred[i]!;
      if (cpm.earliestFinish[p] === cpm.earliestStart[v] && (best < 0 || p < best)) best = p;
    }
    if (best < 0) break;
    path.push(best);
    v = best;
  }
  return path.reverse();
}

/** The item's schedule figures as the contract names them. */
export interface ScheduleFigures {
  criticalPath: PathSummary;
  clockDays: number;
  schedule: ScheduleEntry[];
}

/**
 * CPM on the declared order with step time = wait + duration; clockDays is its own longest path
 * with the steps that do not count toward the limit weighed 0 (行政许可法 Art. 45).
 */
export function scheduleItem(ctx: ItemContext): ScheduleFigures {
  const g = ctx.graph.declared;
  const cpm = computeCpm(g, ctx.order, ctx.time);
  const ids = ctx.graph.ids;
  const schedule: ScheduleEntry[] = new Array<ScheduleEntry>(ctx.n);
  for (let v = 0; v < ctx.n; v++) {
    const slack = cpm.latestStart[v]! - cpm.earliestStart[v]!;
    schedule[v] = {
      stepId: ids[v]!,
      earliestStart: toDays(cpm.earliestStart[v]!),
      earliestFinish: toDays(cpm.earliestFinish[v]!),
      latestStart: toDays(cpm.latestStart[v]!),
      latestFinish: toDays(cpm.latestFinish[v]!),
      slack: toDays(slack),
      critical: slack === 0,
    };
  }
  return {
    criticalPath: {
      durationDays: toDays(cpm.duration),
      stepIds: findCriticalPath(g, cpm).map((v) => ids[v]!),
    },
    clockDays: toDays(findLongestPathLength(g, ctx.order, ctx.clock)),
    schedule,
  };
}
