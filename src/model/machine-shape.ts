// The shape of an item's machine: what its behaviour depends on (step count, resolved predecessor
// indices, conditional steps, resolved return_to indices), without ids, names or other labels. Items
// of one shape have machines that differ only in labels, so a catalogue checks each shape once.

import { buildDigraph, type Digraph } from '../graph/index.js';
import type { StepGraph } from './step-graph.js';

/** What an item's machine does, by step index: the input of the stepper and of the machine's rules. */
export interface MachineShape {
  readonly n: number;
  /** The declared order (resolved predecessors, each once): a step waits for its predecessors. */
  readonly order: Digraph;
  /** 1 for a conditional step (it may be skipped), else 0. */
  readonly conditional: Uint8Array;
  /** The step each step sends the application back to (补正, RETURN), or -1. */
  readonly returnTo: Int32Array;
}

/** Index → the step index it returns to, for steps whose return_to names another existing step. */
export function returnTargets(graph: StepGraph): Map<number, number> {
  const out = new Map<number, number>();
  for (let s = 0; s < graph.n; s++) {
    const r = graph.procedure.steps[s]!.returnTo;
    if (r === null) continue;
    const j = graph.indexOf.get(r);
    if (j !== undefined && j !== s) out.set(s, j);
  }
  return out;
}

/** The machine shape of an item, from its step graph. Linear in steps + edges. */
export function buildMachineShape(graph: StepGraph): MachineShape {
  const conditional = new Uint8Array(graph.n);
  graph.procedure.steps.forEach((step, i) => (conditional[i] = step.condition !== '' ? 1 : 0));
  const returnTo = new Int32Array(graph.n).fill(-1);
  for (const [s, r] of returnTargets(graph)) returnTo[s] = r;
  return { n: graph.n, order: graph.declared, conditional, returnTo };
}

/** A shape from per-step predecessor lists (indices, any order, repeats allowed), conditions and return targets (-1: none). */
export function machineShapeOf(predecessors: readonly (readonly number[])[], conditional: readonly boolean[], returnTo: readonly number[]): MachineShape {
  const n = predecessors.length;
  const from: number[] = [];
  const to: number[] = [];
  predecessors.forEach((ps, i) => {
    for (const p of ps) {
      if (p === i) continue;
      from.push(p);
      to.push(i);
    }
  });
  return {
    n,
    order: buildDigraph(n, from, to),
    conditional: Uint8Array.from(conditional, (c) => (c ? 1 : 0)),
    returnTo: Int32Array.from(returnTo, (r, i) => (r === i ? -1 : r)),
  };
}

/**
 * A string equal for two items whenever their machines have the same states and transitions (up to
 * step labels): `n:` then, per step in file order, its resolved predecessor indices (sorted, once
 * each, as in `graph.declared`), `?` when conditional and `>r` when it returns to step r. Linear.
 */
export function machineShapeKey(shape: MachineShape): string {
  const { predStart, pred } = shape.order;
  const parts: string[] = [];
  for (let i = 0; i < shape.n; i++) {
    let part = pred.slice(predStart[i]!, predStart[i + 1]!).join(',');
    if (shape.conditional[i] === 1) part += '?';
    if (shape.returnTo[i]! >= 0) part += `>${shape.returnTo[i]}`;
    parts.push(part);
  }
  return `${shape.n}:${parts.join(';')}`;
}

/** Items grouped by machine shape, shapes in order of their first item. */
export interface MachineShapeGroups {
  /** Per shape, the index of its first item (the one whose machine is checked). */
  representatives: number[];
  /** Per item, the index of its shape in `representatives`. */
  shapeOf: number[];
}

/** Groups items (as step graphs) by `machineShapeKey`. Linear in steps + edges of all items. */
export function groupByMachineShape(graphs: readonly StepGraph[]): MachineShapeGroups {
  const shapeByKey = new Map<string, number>();
  const representatives: number[] = [];
  const shapeOf = graphs.map((graph, i) => {
    const key = machineShapeKey(buildMachineShape(graph));
    let shape = shapeByKey.get(key);
    if (shape === undefined) {
      shape = representatives.length;
      shapeByKey.set(key, shape);
      representatives.push(i);
    }
    return shape;
  });
  return { representatives, shapeOf };
}
