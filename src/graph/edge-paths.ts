// The longest paths of a graph given as an edge list, for two node weights at once, worked out in a
// scratch buffer: a redesign is measured by its duration and its clock time thousands of times per
// catalogue, and building a Digraph and a topological order only to read those two numbers was most
// of a design's allocation. Kahn's algorithm with a stack: O(n + m).

import type { Digraph } from './digraph.js';
import { createScratch } from './scratch.js';

const scratch = createScratch();

/**
 * The longest paths over the edges (from[i], to[i]), i < m, on nodes 0..n−1 (repeated edges allowed),
 * with node weights `a` and `b`: writes them to out[0] and out[1] and returns true; returns false
 * (out untouched) where the edges make a cycle. Weights and sums are 32-bit integers, as in cpm.ts.
 */
export function longestPathsOfEdges(
  n: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  m: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  out: number[],
): boolean {
  // In-degrees at IN, row ends at ROW (n + 1), targets at ADJ (m), the ready stack at STACK,
  // earliest starts by `a` at SA and by `b` at SB.
  const IN = 0;
  const ROW = n;
  const ADJ = 2 * n + 1;
  const STACK = ADJ + m;
  const SA = STACK + n;
  const SB = SA + n;
  const work = scratch(SB + n);
  work.fill(0, 0, ADJ);
  work.fill(0, SA, SB + n);
  for (let i = 0; i < m; i++) {
    work[ROW + (from[i] as number) + 1]!++;
    work[IN + (to[i] as number)]!++;
  }
  for (let v = 0; v < n; v++) work[ROW + v + 1]! += work[ROW + v]!;
  // Placing moves each row's start up to its end; row v then spans [end of row v−1, work[ROW + v]).
  for (let i = 0; i < m; i++) work[ADJ + work[ROW + (from[i] as number)]!++] = to[i] as number;
  let top = 0;
  for (let v = 0; v < n; v++) if (work[IN + v] === 0) work[STACK + top++] = v;
  let placed = 0;
  let longestA = 0;
  let longestB = 0;
  while (top > 0) {
    const v = work[STACK + --top]!;
    placed++;
    const finishA = work[SA + v]! + (a[v] as number);
    const finishB = work[SB + v]! + (b[v] as number);
    if (finishA > longestA) longestA = finishA;
    if (finishB > longestB) longestB = finishB;
    for (let i = v === 0 ? 0 : work[ROW + v - 1]!; i < work[ROW + v]!; i++) {
      const w = work[ADJ + i]!;
      if (work[SA + w]! < finishA) work[SA + w] = finishA;
      if (work[SB + w]! < finishB) work[SB + w] = finishB;
      if (--work[IN + w]! === 0) work[STACK + top++] = w;
    }
  }
  if (placed < n) return false;
  out[0] = longestA;
  out[1] = longestB;
  return true;
}

/**
 * longestPathsOfEdges over the union of two graphs on the same n nodes (an edge in both is one
 * edge as far as paths go), without building the union: Kahn's algorithm counting each node's
 * predecessors in both. Writes the two longest paths to out and returns true, or returns false
 * (out untouched) where the union has a cycle. O(n + m).
 */
export function longestPathsOfTwo(g: Digraph, h: Digraph, a: ArrayLike<number>, b: ArrayLike<number>, out: number[]): boolean {
  const n = g.n;
  // In-degrees at IN, the ready stack at STACK, earliest starts by `a` at SA and by `b` at SB.
  const IN = 0;
  const STACK = n;
  const SA = 2 * n;
  const SB = 3 * n;
  const work = scratch(4 * n);
  work.fill(0, SA, SB + n);
  let top = 0;
  for (let v = 0; v < n; v++) {
    work[IN + v] = g.predStart[v + 1]! - g.predStart[v]! + h.predStart[v + 1]! - h.predStart[v]!;
    if (work[IN + v] === 0) work[STACK + top++] = v;
  }
  let placed = 0;
  let longestA = 0;
  let longestB = 0;
  while (top > 0) {
    const v = work[STACK + --top]!;
    placed++;
    const finishA = work[SA + v]! + (a[v] as number);
    const finishB = work[SB + v]! + (b[v] as number);
    if (finishA > longestA) longestA = finishA;
    if (finishB > longestB) longestB = finishB;
    top = release(g, v, finishA, finishB, work, top, n);
    top = release(h, v, finishA, finishB, work, top, n);
  }
  if (placed < n) return false;
  out[0] = longestA;
  out[1] = longestB;
  return true;
}

/** longestPathsOfTwo's step over v's successors in one graph: starts raised, ready nodes pushed; returns the new stack top. */
function release(g: Digraph, v: number, finishA: number, finishB: number, work: Int32Array, top: number, n: number): number {
  const IN = 0;
  const STACK = n;
  const SA = 2 * n;
  const SB = 3 * n;
  for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
    const w = g.succ[i]!;
    if (work[SA + w]! < finishA) work[SA + w] = finishA;
    if (work[SB + w]! < finishB) work[SB + w] = finishB;
    if (--work[IN + w]! === 0) work[STACK + top++] = w;
  }
  return top;
}
