// What replaying an item's cases needs: the item's stepper (src/model) and the step an activity of
// its log names — a step id first, else a step name (the first step of that name in file order).

import type { Procedure } from '../domain/index.js';
import { buildMachineShape, buildStepGraph, createStepper, type MachineShape, type Stepper } from '../model/index.js';

export interface ItemModel {
  readonly procedure: Procedure;
  readonly shape: MachineShape;
  readonly stepper: Stepper;
  /** The step index an activity names, or −1 for an activity the item does not have. */
  stepOf(activity: string): number;
  /** Cost of the cheapest complete run on an empty trace: one model move per step that cannot be skipped. */
  readonly emptyTraceCost: number;
}

/** Builds an item's model for replay. Linear in steps + links. */
export function buildItemModel(procedure: Procedure): ItemModel {
  const shape = buildMachineShape(buildStepGraph(procedure));
  const byName = new Map<string, number>();
  const byId = new Map<string, number>();
  procedure.steps.forEach((step, i) => {
    if (!byId.has(step.id)) byId.set(step.id, i);
    if (!byName.has(step.name)) byName.set(step.name, i);
  });
  let emptyTraceCost = 0;
  for (let i = 0; i < shape.n; i++) if (shape.conditional[i] === 0) emptyTraceCost++;
  return {
    procedure,
    shape,
    stepper: createStepper(shape),
    stepOf: (activity) => byId.get(activity) ?? byName.get(activity) ?? byName.get(activity.trim()) ?? -1,
    emptyTraceCost,
  };
}
