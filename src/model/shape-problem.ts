// What a machine check can find wrong with one machine shape, by step index: a leaf module so that
// the check and its parts (witness runs, the state search) share it without an import circle.

import type { StepState } from './machine-rules.js';

/**
 * A problem of a machine shape, naming steps by index so that every item of that shape renders it
 * with its own step labels (see renderMachineCheck); plain data, as it crosses worker threads.
 * `deadlock` and `stuck` name a search state (each step's state, by index), `run-not-approved`
 * the machine's value after a witness run; `not-active` and `event-refused` stop a witness run;
 * `event-accepted` is an event taken where it must be refused (the step waits for `waitsFor`, or is
 * finished); `event-result` a COMPLETE or SKIP that leaves its step in another state than done/skipped; `return-guard` and `return-reset` are a RETURN.s<step> event that misbehaves (back to
 * `target`); `never-reaches` lists states of a step that no reachable state has.
 */
export type ShapeProblem =
  | { kind: 'deadlock'; states: StepState[] }
  | { kind: 'approved-unreachable' }
  | { kind: 'stuck'; states: StepState[] }
  | { kind: 'run-not-approved'; value: string }
  | { kind: 'not-active'; step: number }
  | { kind: 'event-refused'; step: number; event: string }
  | { kind: 'event-accepted'; step: number; event: string; waitsFor: number | null }
  | { kind: 'event-result'; step: number; event: string; state: StepState | null; expected: StepState }
  | { kind: 'return-guard'; step: number; target: number; accepted: boolean; stepState: StepState | null; targetState: StepState | null }
  | { kind: 'return-reset'; step: number; target: number; wrong: { step: number; state: StepState | null; expected: StepState | null }[] }
  | { kind: 'never-reaches'; step: number; states: StepState[] };
