// The compact step graph of one item: steps as indices 0..n-1 in file order, the declared order and
// the hard (legal) predecessors as CSR digraphs. (return_to targets are read by the machine shape.)

import type { Procedure } from '../domain/index.js';
import { buildDigraph, topologicalOrder, type Digraph, mapList } from '../graph/index.js';

/** A procedure indexed for graph algorithms. Edges naming unknown steps are not included. */
export interface StepGraph {
  readonly procedure: Procedure;
  readonly n: number;
  /** Step ids by index (file order). */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Declared order: edge p → s for every p in s.predecessors. */
  readonly declared: Digraph;
  /** Hard predecessors (法定前置): edge p → s for every p in s.hardPredecessors. */
  readonly hard: Digraph;
  /** A topological order of the declared order (smallest index first among ready steps), or null when it has a cycle. */
  readonly order: readonly number[] | null;
}

/** Indexes a procedure's steps and builds its digraphs. Linear in steps + edges. */
export function buildStepGraph(procedure: Procedure): StepGraph {
  const ids = mapList(procedure.steps, (s) => s.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const n = ids.length;
  const edges = (list: (i: number) => readonly string[]): Digraph => {
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const other of list(i)) {
        const j = indexOf.get(other);
        if (j === undefined || j === i) continue;
        from.push(j);
        to.push(i);
      }
    }
    return buildDigraph(n, from, to);
  };
  const steps = procedure.steps;
  const declared = edges((i) => steps[i]!.predecessors);
  return {
    procedure,
    n,
    ids,
    indexOf,
    declared,
    hard: edges((i) => steps[i]!.hardPredecessors),
    order: topologicalOrder(declared),
  };
}
