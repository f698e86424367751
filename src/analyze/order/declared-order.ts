// The declared order as bitset rows: its closure (reachability) in reverse topological order and its
// transitive reduction (Aho, Garey & Ullman 1972): a declared edge u→v is redundant when another
// successor w of u already reaches v.

import { InternalError } from '../../domain/index.js';
import type { StepGraph } from '../../model/index.js';
import { closeRows, hasBit, setBit, wordsFor } from '../../graph/index.js';

/** Reachability and transitive reduction of an item's declared order. */
export interface DeclaredOrder {
  /** A topological order, smallest file index first among ready steps. */
  readonly order: readonly number[];
  readonly words: number;
  /** reach row u = the steps after u in the declared order (strict). */
  readonly reach: Uint32Array;
  /** Declared edges kept by the transitive reduction, sorted by (from, to). */
  readonly reduced: readonly (readonly [number, number])[];
  /** Declared edges implied by other declared edges, sorted by (from, to). */
  readonly redundant: readonly (readonly [number, number])[];
}

/** Closes and reduces the declared order. O(n·m/32) for the closure, O(Σ deg²) for the reduction. */
export function analyzeDeclaredOrder(graph: StepGraph): DeclaredOrder {
  const { n, declared: g } = graph;
  if (graph.order === null) {
    throw new InternalError(`item ${graph.procedure.itemCode}: the declared order has a cycle`);
  }
  const order = graph.order;
  const words = wordsFor(n);
  const adjacency = new Uint32Array(n * words);
  for (let u = 0; u < n; u++) {
    for (let i = g.succStart[u]!; i < g.succStart[u + 1]!; i++) setBit(adjacency, words, u, g.succ[i]!);
  }
  const reach = closeRows(adjacency, words, order);
  const reduced: [number, number][] = [];
  const redundant: [number, number][] = [];
  for (let u = 0; u < n; u++) {
    const from = g.succStart[u]!;
    const to = g.succStart[u + 1]!;
    for (let i = from; i < to; i++) {
      const v = g.succ[i]!;
      let implied = false;
      for (let j = from; j < to && !implied; j++) {
        const w = g.succ[j]!;
        if (w !== v && hasBit(reach, words, w, v)) implied = true;
      }
      (implied ? redundant : reduced).push([u, v]);
    }
  }
  return { order, words, reach, reduced, redundant };
}
