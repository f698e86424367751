// The witness run's findings on broken machines (src/model/witness-run.ts). procopt builds no broken
// machine, so the check's reports were never seen: here a small reference model of the machine rules
// (machine-rules.ts) stands in for XState, first as it should behave — the witness run finds nothing —
// then with one fault at a time, each of which the run must report exactly.

import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { describe, expect, it } from 'vitest';
import { buildStepGraph, parseEventType, renderMachineCheck, type StepState } from '../../src/model/index.js';
import { machineShapeOf, type MachineShape } from '../../src/model/machine-shape.js';
import type { ShapeProblem } from '../../src/model/shape-problem.js';
import type { SnapshotStepper } from '../../src/model/snapshot-stepper.js';
import { checkWitnessRun, returnDescendants } from '../../src/model/witness-run.js';
import { makeProcedure } from '../support/procedures.js';

type Fault =
  | 'first-step-waits'
  | 'successor-completes-early'
  | 'last-step-refused'
  | 'complete-leaves-skipped'
  | 'finished-step-completes-again'
  | 'never-approved'
  | 'return-always-accepted'
  | 'return-refused'
  | 'return-keeps-step-active';

const finished = (s: StepState | undefined): boolean => s === 'done' || s === 'skipped';

/**
 * A stepper of the machine rules for `shape`: a step is active once its predecessors are finished,
 * COMPLETE (and SKIP of a conditional step) finishes an active step, RETURN of an active step whose
 * target is finished makes the target active and its declared descendants wait, and the machine is
 * approved when every step is finished — except for the one `fault`.
 */
function referenceStepper(shape: MachineShape, fault: Fault | null): SnapshotStepper {
  const { predStart, pred } = shape.order;
  const descendants = returnDescendants(shape);
  const activate = (steps: StepState[]): StepState[] =>
    steps.map((s, i) => {
      if (s !== 'waiting') return s;
      for (let e = predStart[i]!; e < predStart[i + 1]!; e++) if (!finished(steps[pred[e]!])) return s;
      return fault === 'first-step-waits' && i === 0 ? 'waiting' : 'active';
    });
  const can = (steps: StepState[], type: string): boolean => {
    const event = parseEventType(type);
    if (event === null || event.type === 'REJECT') return false;
    const i = event.step;
    const state = steps[i];
    if (event.type === 'RETURN') {
      if (fault === 'return-always-accepted') return true;
      if (fault === 'return-refused') return false;
      return state === 'active' && finished(steps[shape.returnTo[i]!]);
    }
    if (event.type === 'SKIP' && shape.conditional[i] !== 1) return false;
    if (fault === 'last-step-refused' && i === shape.n - 1) return false;
    if (fault === 'successor-completes-early' && state === 'waiting') return true;
    if (fault === 'finished-step-completes-again' && finished(state)) return true;
    return state === 'active';
  };
  const snapshot = (steps: StepState[]): AnyMachineSnapshot => {
    const approved = steps.every((s) => finished(s)) && fault !== 'never-approved';
    return { value: approved ? 'approved' : 'running', context: { steps }, can: (e: EventObject) => can(steps, e.type) } as unknown as AnyMachineSnapshot;
  };
  const next = (current: AnyMachineSnapshot, e: EventObject): AnyMachineSnapshot => {
    const steps = (current.context as { steps: StepState[] }).steps;
    const event = parseEventType(e.type);
    if (!can(steps, e.type) || event === null || event.type === 'REJECT') return current;
    const out = [...steps];
    if (event.type === 'RETURN') {
      const target = shape.returnTo[event.step]!;
      for (const d of descendants[target]!) out[d] = 'waiting';
      out[target] = 'active';
      if (fault === 'return-keeps-step-active') out[event.step] = 'active';
      return snapshot(out);
    }
    out[event.step] = event.type === 'SKIP' || fault === 'complete-leaves-skipped' ? 'skipped' : 'done';
    return snapshot(activate(out));
  };
  return { machine: null as unknown as AnyStateMachine, initial: snapshot(activate(Array.from({ length: shape.n }, () => 'waiting'))), next };
}

/** S0 → S1 → S2, S1 and S2 send back to S0 (补正); S2 conditional. */
const SHAPE = machineShapeOf([[], [0], [1]], [false, false, true], [-1, 0, 0]);

function witness(fault: Fault | null, skip = false): ShapeProblem[] {
  return checkWitnessRun([0, 1, 2], SHAPE, referenceStepper(SHAPE, fault), skip, returnDescendants(SHAPE));
}

describe('checkWitnessRun on the reference model', () => {
  it('finds nothing wrong with a machine that keeps the rules, completing or skipping', () => {
    expect(witness(null)).toEqual([]);
    expect(witness(null, true)).toEqual([]);
  });

  it('reports each fault exactly', () => {
    expect(witness('first-step-waits')).toEqual([{ kind: 'not-active', step: 0 }]);
    expect(witness('successor-completes-early')).toEqual([
      { kind: 'event-accepted', step: 1, event: 'COMPLETE.s1', waitsFor: 0 },
      { kind: 'event-accepted', step: 2, event: 'COMPLETE.s2', waitsFor: 1 },
    ]);
    expect(witness('last-step-refused')).toEqual([{ kind: 'event-refused', step: 2, event: 'COMPLETE.s2' }]);
    expect(witness('last-step-refused', true)).toEqual([{ kind: 'event-refused', step: 2, event: 'SKIP.s2' }]);
    expect(witness('complete-leaves-skipped')).toEqual([0, 1, 2].map((step) => ({ kind: 'event-result', step, event: `COMPLETE.s${step}`, state: 'skipped', expected: 'done' })));
    expect(witness('finished-step-completes-again')).toEqual([0, 1, 2].map((step) => ({ kind: 'event-accepted', step, event: `COMPLETE.s${step}`, waitsFor: null })));
    expect(witness('never-approved')).toEqual([{ kind: 'run-not-approved', value: '"running"' }]);
  });

  it('reports a RETURN taken where it must be refused, refused where it must be taken, and a wrong reset', () => {
    expect(witness('return-always-accepted')).toEqual([
      // S2 still waits for S1 when its target S0 is done; then S1 is done itself; then the run is over.
      { kind: 'return-guard', step: 2, target: 0, accepted: true, stepState: 'waiting', targetState: 'done' },
      { kind: 'return-guard', step: 1, target: 0, accepted: true, stepState: 'done', targetState: 'done' },
      { kind: 'return-guard', step: 2, target: 0, accepted: true, stepState: null, targetState: null },
    ]);
    expect(witness('return-refused')).toEqual([1, 2].map((step) => ({ kind: 'return-guard', step, target: 0, accepted: false, stepState: 'active', targetState: 'done' })));
    expect(witness('return-keeps-step-active')).toEqual([1, 2].map((step) => ({ kind: 'return-reset', step, target: 0, wrong: [{ step, state: 'active', expected: 'waiting' }] })));
  });
});

describe('the witness run\'s findings as an item shows them (renderMachineCheck)', () => {
  // An item of SHAPE: 受理, 审查 (back to 受理), 决定 (conditional, back to 受理).
  const item = makeProcedure([
    { id: 'S0', name: '受理' },
    { id: 'S1', name: '审查', predecessors: ['S0'], returnTo: 'S0' },
    { id: 'S2', name: '决定', predecessors: ['S1'], returnTo: 'S0', condition: '需要时' },
  ]);
  const problems: ShapeProblem[] = [
    ...witness('first-step-waits'),
    ...witness('successor-completes-early').slice(0, 1),
    ...witness('finished-step-completes-again').slice(0, 1),
    ...witness('last-step-refused', true),
    ...witness('complete-leaves-skipped').slice(1, 2),
    ...witness('never-approved'),
    ...witness('return-always-accepted').slice(0, 1),
    ...witness('return-refused').slice(0, 1),
    ...witness('return-keeps-step-active').slice(0, 1),
  ];
  const render = (lang: 'en' | 'zh-CN') => renderMachineCheck(buildStepGraph(item), { problems, complete: true, statesExplored: 7, notChecked: null }, lang);

  it('in English, each naming the item\'s steps', () => {
    expect(render('en')).toEqual({
      status: 'failed',
      problems: [
        'step S0 (受理) is not active after all its predecessors finished',
        'COMPLETE.s1 is accepted while step S1 (审查) waits for S0 (受理)',
        'COMPLETE.s0 is accepted again after step S0 (受理) finished',
        'step S2 (决定) is active but SKIP.s2 is not accepted',
        'COMPLETE.s1 leaves step S1 (审查) skipped, expected done',
        'finishing every step does not reach approved ("running")',
        'RETURN.s2 is accepted while S2 (决定) is waiting and S0 (受理) is done',
        'RETURN.s1 is refused while S1 (审查) is active and S0 (受理) is done',
        'RETURN.s1 (back to S0 (受理)): S1 is active, expected waiting',
      ],
      statesExplored: 7,
      notChecked: null,
    });
  });

  it('in Chinese', () => {
    expect(render('zh-CN').problems).toEqual([
      '环节 S0（受理） 的前置环节均已完成，但该环节未进入办理',
      '环节 S1（审查） 尚在等待环节 S0（受理） 时即接受事件 COMPLETE.s1',
      '环节 S0（受理） 完成后仍接受事件 COMPLETE.s0',
      '环节 S2（决定） 正在办理，却不接受事件 SKIP.s2',
      '事件 COMPLETE.s1 使环节 S1（审查） 处于“已跳过”状态，应为“已完成”',
      '全部环节办理完毕后未到达“办结”状态（"running"）',
      '环节 S2（决定） 为“等待”、环节 S0（受理） 为“已完成”时，事件 RETURN.s2 被接受',
      '环节 S1（审查） 为“办理中”、环节 S0（受理） 为“已完成”时，事件 RETURN.s1 被拒绝',
      '事件 RETURN.s1（退回至环节 S0（受理））之后：环节 S1 为“办理中”，应为“等待”',
    ]);
  });
});
