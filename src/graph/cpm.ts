// Critical path method (CPM, Kelley & Walker 1959) on a Digraph with integer node weights: forward
// pass for earliest start/finish, backward pass for latest start/finish (slack = LS − ES), the longest
// path alone, and one critical path with a documented tie rule. Linear in nodes + edges.

import type { Digraph } from './digraph.js';

/** CPM figures per node, in the weights' unit. */
export interface Cpm {
  readonly earliestStart: Int32Array;
  readonly earliestFinish: Int32Array;
  readonly latestStart: Int32Array;
  readonly latestFinish: Int32Array;
  /** Longest path = the latest earliest finish. */
  readonly duration: number;
}

/**
 * Runs both CPM passes over `order` with integer node weights. `order` is a topological order of g,
 * or one with the nodes on or after a cycle last (topologicalOrderWithRest): those are then scheduled
 * after their predecessors placed so far, and a successor not yet placed counts as finishing last.
 */
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
  const ls = new Int32Array(n).fill(duration);
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

/** Length of the longest path with the given node weights; the forward pass only (`order` topological). */
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
 * finish equals the current node's earliest start (such a predecessor exists whenever there is one).
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
