// The shape of an item's machine: what its behaviour depends on (step count, resolved predecessor
// indices, conditional steps, resolved return_to indices), without ids, names or other labels. Items
// of one shape have machines that differ only in labels, so a catalogue checks each shape once.

import { returnTargets } from './machine-config.js';
import type { StepGraph } from './step-graph.js';

/**
 * A string equal for two items whenever their machines have the same states and transitions (up to
 * step labels): `n:` then, per step in file order, its resolved predecessor indices (sorted, once
 * each, as in `graph.declared`), `?` when conditional and `>r` when it returns to step r. Linear.
 */
export function machineShapeKey(graph: StepGraph): string {
  const { predStart, pred } = graph.declared;
  const returns = returnTargets(graph);
  const parts: string[] = [];
  for (let i = 0; i < graph.n; i++) {
    let part = pred.subarray(predStart[i]!, predStart[i + 1]!).join(',');
    if (graph.procedure.steps[i]!.condition !== '') part += '?';
    const r = returns.get(i);
    if (r !== undefined) part += `>${r}`;
    parts.push(part);
  }
  return `${graph.n}:${parts.join(';')}`;
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
    const key = machineShapeKey(graph);
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
