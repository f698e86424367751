// JSON machine config → runnable XState machine. XState v5 runs a JSON guard or action only by
// looking its `type` up in the machine's implementations (there is no built-in data form of a guard
// over context, and `assign` is a function), so the three guards and two actions are supplied here.

import { assign, setup, type AnyStateMachine } from 'xstate';
import type { Procedure } from '../domain/index.js';
import { ACTIONS, buildMachineConfig, GUARDS, machineShapeFromJson } from './machine-config.js';
import { canReturn, copyContext, createReopenScratch, finishStep, reopenStep, type StepContext } from './machine-rules.js';
import type { MachineShape } from './machine-shape.js';

/**
 * XState's setup() with the guards and actions a procopt machine of this shape names (see the
 * JSON's meta.implementations); its createMachine(json) runs the JSON. Each action copies the
 * context (XState snapshots are immutable) and applies the machine's rule to the copy.
 */
export function machineSetup(shape: MachineShape) {
  const scratch = createReopenScratch(shape.n);
  return setup({
    types: { context: {} as StepContext },
    guards: {
      [GUARDS.isActive]: ({ context }, params: { step: number }) => context.steps[params.step] === 'active',
      [GUARDS.canReturn]: ({ context }, params: { step: number }) => canReturn(shape, context, params.step),
      [GUARDS.allFinished]: ({ context }) => context.open === 0,
    },
    actions: {
      [ACTIONS.finish]: assign(({ context }: { context: StepContext }, params: { step: number; as: 'done' | 'skipped' }) => {
        const next = copyContext(context);
        finishStep(shape, next, params.step, params.as);
        return next;
      }),
      [ACTIONS.reopen]: assign(({ context }: { context: StepContext }, params: { to: number }) => {
        const next = copyContext(context);
        reopenStep(shape, next, params.to, scratch);
        return next;
      }),
    },
  });
}

/**
 * Creates the machine from a config written by `buildMachineConfig` (also after a JSON round trip):
 * `machineSetup(machineShapeFromJson(json)).createMachine(json)`. Plain `createMachine(json)` accepts
 * the config too, but its first snapshot is an error: "Guard 'procopt.allFinished' is not implemented".
 */
export function machineFromJson(json: unknown): AnyStateMachine {
  return machineOfShape(json, machineShapeFromJson(json));
}

/** The machine of a config whose shape is known (the shape it was built from). */
export function machineOfShape(config: unknown, shape: MachineShape): AnyStateMachine {
  const machines = machineSetup(shape);
  // The JSON is the config createMachine takes; its guard and action names are plain strings.
  return machines.createMachine(config as Parameters<typeof machines.createMachine>[0]) as AnyStateMachine;
}

/** Builds the item's runnable machine (see `buildMachineConfig` for its states and events). */
export function buildMachine(procedure: Procedure): AnyStateMachine {
  return machineFromJson(buildMachineConfig(procedure));
}
