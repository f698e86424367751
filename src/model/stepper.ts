// Replays an item's machine without XState: a run holds the machine's state (status and step
// context) and each accepted event changes it in place at the cost of the machine's rules
// (COMPLETE/SKIP O(out-degree), RETURN O(reopened steps + their links), REJECT O(1)). It agrees
// with XState's transition() on the exported machine (property-tested); meant for replaying cases.

import { copyContext, canReturn, createReopenScratch, finishStep, initialContext, reopenStep, type StepContext, type StepState } from './machine-rules.js';
import type { MachineShape } from './machine-shape.js';

/** Where the machine is: running, or in one of its final states. */
export type MachineStatus = 'running' | 'approved' | 'rejected';

/** One event of an item's machine, by step index (`COMPLETE.s<step>` etc. in the XState machine). */
export type MachineEvent = { type: 'COMPLETE' | 'SKIP' | 'RETURN'; step: number } | { type: 'REJECT' };

/** The state of one application (a case) as the stepper replays it; `send` changes it in place. */
export interface MachineRun {
  status: MachineStatus;
  /** While running, the machine's context; at the end, the context the last event left. */
  readonly context: StepContext;
}

/** Replays the machine of one shape; one stepper serves any number of runs (not concurrently across threads). */
export interface Stepper {
  readonly shape: MachineShape;
  /** A run in the machine's initial state (approved at once when the item has no steps). O(steps). */
  start(): MachineRun;
  /** Whether the run accepts the event now (what XState's `snapshot.can` answers). O(1). */
  can(run: MachineRun, event: MachineEvent): boolean;
  /** Applies the event when accepted and returns true; otherwise leaves the run as it is and returns false. */
  send(run: MachineRun, event: MachineEvent): boolean;
  /** An independent copy of a run. O(steps). */
  copy(run: MachineRun): MachineRun;
  /** A string equal for two runs exactly when they are in the same state. O(steps). */
  key(run: MachineRun): string;
}

/** The key's character for a step state (w, a, d, s); comparisons, as a lookup by string would hash. */
function stateCode(state: StepState): number {
  return state === 'waiting' ? 0x77 : state === 'active' ? 0x61 : state === 'done' ? 0x64 : 0x73;
}
const latin1 = new TextDecoder('latin1');
let keyBytes = new Uint8Array(64);

/** One character per step (w, a, d, s): the state of a running machine as a short string. O(steps). */
export function stepsKey(steps: readonly StepState[]): string {
  if (keyBytes.length < steps.length) keyBytes = new Uint8Array(steps.length * 2);
  for (let i = 0; i < steps.length; i++) keyBytes[i] = stateCode(steps[i]!);
  return latin1.decode(keyBytes.subarray(0, steps.length));
}

/** Creates the stepper of a machine shape (see buildMachineShape and machineShapeFromJson). */
export function createStepper(shape: MachineShape): Stepper {
  const scratch = createReopenScratch(shape.n);
  const isStep = (step: number): boolean => Number.isInteger(step) && step >= 0 && step < shape.n;
  const can = (run: MachineRun, event: MachineEvent): boolean => {
    if (run.status !== 'running') return false;
    if (event.type === 'REJECT') return true;
    if (!isStep(event.step)) return false;
    switch (event.type) {
      case 'COMPLETE':
        return run.context.steps[event.step] === 'active';
      case 'SKIP':
        return shape.conditional[event.step] === 1 && run.context.steps[event.step] === 'active';
      case 'RETURN':
        return canReturn(shape, run.context, event.step);
    }
  };
  return {
    shape,
    start: () => {
      const context = initialContext(shape);
      return { status: context.open === 0 ? 'approved' : 'running', context };
    },
    can,
    send: (run, event) => {
      if (!can(run, event)) return false;
      if (event.type === 'REJECT') {
        run.status = 'rejected';
      } else if (event.type === 'RETURN') {
        reopenStep(shape, run.context, shape.returnTo[event.step]!, scratch);
      } else {
        finishStep(shape, run.context, event.step, event.type === 'COMPLETE' ? 'done' : 'skipped');
        if (run.context.open === 0) run.status = 'approved';
      }
      return true;
    },
    copy: (run) => ({ status: run.status, context: copyContext(run.context) }),
    key: (run) => (run.status === 'running' ? stepsKey(run.context.steps) : run.status),
  };
}
