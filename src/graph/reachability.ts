// Reachability on a Digraph by depth-first search with an explicit stack: the nodes reachable from
// a set of sources, linear in the nodes and edges visited. Cycles are fine (each node is seen once).

import type { Digraph } from './digraph.js';

/**
 * Every node reachable from `sources` (the sources included), each once, in the order the search
 * takes them off its stack: last source first, then depth first along the highest-index successor.
 */
export function findReachable(g: Digraph, sources: ArrayLike<number>): number[] {
  const seen = new Uint8Array(g.n);
  const out: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i] as number;
    if (seen[s] === 0) {
      seen[s] = 1;
      stack.push(s);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    out.push(v);
    for (let e = g.succStart[v]!; e < g.succStart[v + 1]!; e++) {
      const w = g.succ[e]!;
      if (seen[w] === 0) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return out;
}

/** `root` and every node after it (findReachable from one node, in the same order). */
export function findDescendants(g: Digraph, root: number): number[] {
  return findReachable(g, [root]);
}
