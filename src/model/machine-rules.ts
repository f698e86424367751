// The rules of an item's machine on its step context (each step's state, each step's count of
// unfinished predecessors, the count of unfinished steps), applied in place. The XState machine's
// actions (on copies) and the stepper (on a run) both use them. COMPLETE/SKIP cost O(out-degree).
//
// Why the machine cannot stall (for an acyclic declared order): every rule keeps the invariant "a
// step is active exactly when it is unfinished and all its predecessors are finished; a finished
// step's predecessors are finished". COMPLETE/SKIP of an active step p changes only p and, among
// the others, only p's successors whose last unfinished predecessor p was. RETURN to a finished r
// reopens r and its descendants D: r's predecessors are finished and outside D (no cycle), every
// d in D \ {r} has a predecessor in D (on its path from r), and no step outside D has one in D.
// So in every running state the first unfinished step in a topological order is active: some event
// other than REJECT is accepted (no deadlock), finishing the active steps in topological order
// reaches approved from every state, and one run in topological order meets every step state.

import type { MachineShape } from './machine-shape.js';

/** The state of one step: waiting for a predecessor, active (may be finished now), or finished. */
export type StepState = 'waiting' | 'active' | 'done' | 'skipped';

/** The machine's context while running: the whole state of an application in progress. */
export interface StepContext {
  /** Each step's state, by step index. */
  steps: StepState[];
  /** Each step's count of unfinished (waiting or active) predecessors. */
  pending: number[];
  /** Count of unfinished steps; 0 means approved. */
  open: number;
}

export function isFinished(state: StepState | undefined): boolean {
  return state === 'done' || state === 'skipped';
}

/** The context where every step without predecessors is active and the others wait. O(steps). */
export function initialContext(shape: MachineShape): StepContext {
  const { predStart } = shape.order;
  const steps: StepState[] = [];
  const pending: number[] = [];
  for (let i = 0; i < shape.n; i++) {
    const preds = predStart[i + 1]! - predStart[i]!;
    steps.push(preds === 0 ? 'active' : 'waiting');
    pending.push(preds);
  }
  return { steps, pending, open: shape.n };
}

/** A copy that the rules may change without touching `context`. O(steps). */
export function copyContext(context: StepContext): StepContext {
  return { steps: context.steps.slice(), pending: context.pending.slice(), open: context.open };
}

/** Whether RETURN of `step` is accepted: the step is active and the step it returns to is finished. */
export function canReturn(shape: MachineShape, context: StepContext, step: number): boolean {
  const to = shape.returnTo[step] ?? -1;
  return to >= 0 && context.steps[step] === 'active' && isFinished(context.steps[to]);
}

/**
 * Finishes the active `step` as `done` or `skipped` and activates each successor it was the last
 * unfinished predecessor of. In place; the caller has checked the step is active. O(out-degree).
 */
export function finishStep(shape: MachineShape, context: StepContext, step: number, as: 'done' | 'skipped'): void {
  const { succStart, succ } = shape.order;
  context.steps[step] = as;
  context.open--;
  for (let e = succStart[step]!; e < succStart[step + 1]!; e++) {
    const q = succ[e]!;
    if (--context.pending[q]! === 0) context.steps[q] = 'active';
  }
}

/** Scratch space for reopenStep: visit marks by generation, and a stack. Reused across calls. */
export interface ReopenScratch {
  mark: Int32Array;
  generation: number;
  stack: Int32Array;
}

export function createReopenScratch(n: number): ReopenScratch {
  return { mark: new Int32Array(n), generation: 0, stack: new Int32Array(n) };
}

/**
 * RETURN to the finished step `to`: `to` becomes active and each of its declared descendants
 * waiting; every other step keeps its state. In place. O(|D| + links out of D) for the reopened
 * set D (a DFS over successors); each formerly finished step of D adds one to its successors'
 * pending counts, which keeps them equal to the unfinished predecessors.
 */
export function reopenStep(shape: MachineShape, context: StepContext, to: number, scratch: ReopenScratch): void {
  const { succStart, succ } = shape.order;
  const { mark, stack } = scratch;
  if (scratch.generation === 0x7fffffff) {
    mark.fill(0);
    scratch.generation = 0;
  }
  const generation = ++scratch.generation;
  let top = 0;
  stack[top++] = to;
  mark[to] = generation;
  while (top > 0) {
    const v = stack[--top]!;
    const wasFinished = isFinished(context.steps[v]);
    if (wasFinished) context.open++;
    context.steps[v] = 'waiting';
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
      const w = succ[e]!;
      if (wasFinished) context.pending[w]!++;
      if (mark[w] !== generation) {
        mark[w] = generation;
        stack[top++] = w;
      }
    }
  }
  // Its predecessors are finished and none is a descendant (the order has no cycle through `to`).
  context.steps[to] = 'active';
}
