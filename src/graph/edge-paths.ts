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
 * longestPathsOfEdges over the union of two graphs on the same nodes (an edge in both is one edge as
 * far as paths go), without building the union as a Digraph: their edges are listed one after the
 * other into two lists reused across calls. O(n + m).
 */
export function longestPathsOfTwo(g: Digraph, h: Digraph, a: ArrayLike<number>, b: ArrayLike<number>, out: number[]): boolean {
  const m = listEdges(h, listEdges(g, 0));
  return longestPathsOfEdges(g.n, twoFrom, twoTo, m, a, b, out);
}

/**
 * The edge lists longestPathsOfTwo fills: plain arrays that grow by appending, the kind of a design's
 * edge lists, so longestPathsOfEdges meets one kind of list.
 */
const twoFrom: number[] = [];
const twoTo: number[] = [];

/**
 * Writes g's edges into twoFrom / twoTo from position m (never past their length: a write there
 * appends); returns the position after them.
 */
function listEdges(g: Digraph, m: number): number {
  let k = m;
  for (let v = 0; v < g.n; v++) {
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++, k++) {
      twoFrom[k] = v;
      twoTo[k] = g.succ[i]!;
    }
  }
  return k;
}
