// Witness runs of an item's XState machine: the declared order's topological order driven to
// approved (every step completed, or every conditional step skipped), asking on the way that the
// events that must be refused are refused and that each RETURN reopens exactly the right steps.

import type { AnyMachineSnapshot } from 'xstate';
import type { ShapeProblem } from './shape-problem.js';
import { eventType } from './machine-config.js';
import { isFinished, type StepContext, type StepState } from './machine-rules.js';
import type { MachineShape } from './machine-shape.js';
import type { SnapshotStepper } from './snapshot-stepper.js';

/** The state of step `i` in a running snapshot, or null when the machine is no longer running. */
function stepState(snapshot: AnyMachineSnapshot, i: number): StepState | null {
  return snapshot.value === 'running' ? ((snapshot.context as StepContext).steps[i] ?? null) : null;
}

/** Declared descendants of every return target, the target included (model's own DFS; others get []). */
export function returnDescendants(shape: MachineShape): number[][] {
  const out: number[][] = Array.from({ length: shape.n }, () => []);
  const { succStart, succ } = shape.order;
  for (const r of shape.returnTo) {
    if (r < 0 || out[r]!.length > 0) continue;
    const seen = new Uint8Array(shape.n);
    const stack = [r];
    seen[r] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      out[r]!.push(v);
      for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
        const w = succ[e]!;
        if (seen[w] === 0) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
  }
  return out;
}

/**
 * Drives the machine once along the declared order's topological order, completing every step (or
 * skipping every conditional one when `skip`), and checks each event is taken and the run ends
 * `approved`. On the way it checks what must be refused: a successor's COMPLETE while it still waits
 * for the step, the step's own event once it is finished, and RETURN of a step that is not active
 * (finished, or waiting while its target is finished);
 * and where a step with a return_to is active, that its RETURN resets exactly the returned-to step
 * (active) and its declared descendants (waiting). O(steps + links) events, each O(steps) in XState.
 */
export function checkWitnessRun(order: readonly number[], shape: MachineShape, stepper: SnapshotStepper, skip: boolean, descendants: number[][]): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const { succStart, succ } = shape.order;
  const returningTo: number[][] = Array.from({ length: shape.n }, () => []);
  shape.returnTo.forEach((r, s) => r >= 0 && returningTo[r]!.push(s));
  let snapshot = stepper.initial;
  for (const i of order) {
    if (stepState(snapshot, i) !== 'active') {
      problems.push({ kind: 'not-active', step: i });
      return problems;
    }
    if (shape.returnTo[i]! >= 0) problems.push(...checkReturn(shape, stepper, snapshot, i, descendants));
    for (let e = succStart[i]!; e < succStart[i + 1]!; e++) {
      const q = succ[e]!;
      const early = eventType({ type: 'COMPLETE', step: q });
      if (snapshot.can({ type: early })) problems.push({ kind: 'event-accepted', step: q, event: early, waitsFor: i });
    }
    const type = eventType({ type: skip && shape.conditional[i] === 1 ? 'SKIP' : 'COMPLETE', step: i });
    if (!snapshot.can({ type })) {
      problems.push({ kind: 'event-refused', step: i, event: type });
      return problems;
    }
    snapshot = stepper.next(snapshot, { type });
    // The context stays readable in the final state too: the last step's event leads to approved.
    const result = (snapshot.context as StepContext).steps[i] ?? null;
    const expected = type.startsWith('SKIP') ? 'skipped' : 'done';
    if (result !== expected) problems.push({ kind: 'event-result', step: i, event: type, state: result, expected });
    if (snapshot.can({ type })) problems.push({ kind: 'event-accepted', step: i, event: type, waitsFor: null });
    // RETURN of a step that is finished, or still waits while its target is finished, must be refused.
    if (shape.returnTo[i]! >= 0) problems.push(...checkReturn(shape, stepper, snapshot, i, descendants));
    for (const s of returningTo[i]!) {
      if (stepState(snapshot, s) === 'waiting') problems.push(...checkReturn(shape, stepper, snapshot, s, descendants));
    }
  }
  if (snapshot.value !== 'approved') {
    problems.push({ kind: 'run-not-approved', value: JSON.stringify(snapshot.value) });
  }
  return problems;
}

/** RETURN of step `s` must be accepted exactly while s is active and its target finished, and then reset as stated. */
function checkReturn(shape: MachineShape, stepper: SnapshotStepper, snapshot: AnyMachineSnapshot, s: number, descendants: number[][]): ShapeProblem[] {
  const r = shape.returnTo[s]!;
  const type = eventType({ type: 'RETURN', step: s });
  const sState = stepState(snapshot, s);
  const rState = stepState(snapshot, r);
  const allowed = sState === 'active' && isFinished(rState ?? undefined);
  const accepted = snapshot.can({ type });
  if (accepted !== allowed) return [{ kind: 'return-guard', step: s, target: r, accepted, stepState: sState, targetState: rState }];
  if (!allowed) return [];
  const after = stepper.next(snapshot, { type });
  const reset = new Set(descendants[r]);
  const wrong: Extract<ShapeProblem, { kind: 'return-reset' }>['wrong'] = [];
  for (let j = 0; j < shape.n; j++) {
    const expected = j === r ? 'active' : reset.has(j) ? 'waiting' : stepState(snapshot, j);
    const state = stepState(after, j);
    if (state !== expected) wrong.push({ step: j, state, expected });
  }
  return wrong.length === 0 ? [] : [{ kind: 'return-reset', step: s, target: r, wrong }];
}
