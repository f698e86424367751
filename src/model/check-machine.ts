// Checks an item's machine: a structural check by step id (linear), then, on the machine's shape
// alone and only up to a size limit, witness runs of the XState machine (every event of a run in
// topological order, with the events that must be refused on the way) and a breadth-first search of
// its states bounded by maxStates states and TRANSITIONS_PER_STATE × maxStates transitions.

import type { AnyMachineSnapshot } from 'xstate';
import type { Procedure } from '../domain/index.js';
import { findCycle } from '../graph/index.js';
import { machineOfShape } from './build-machine.js';
import { buildMachineConfig, eventType, stateKey } from './machine-config.js';
import { isFinished, type StepContext, type StepState } from './machine-rules.js';
import { buildMachineShape, type MachineShape } from './machine-shape.js';
import { createSnapshotStepper, type SnapshotStepper } from './snapshot-stepper.js';
import { stepsKey } from './stepper.js';
import { buildStepGraph, type StepGraph } from './step-graph.js';

export interface MachineCheck {
  /**
   * `not-exhaustively-checked`: no problem found, but the search stopped at the bound;
   * `not-checked`: the item is over the size limit (see `notChecked`), only its structure was checked.
   */
  status: 'ok' | 'failed' | 'not-exhaustively-checked' | 'not-checked';
  problems: string[];
  /** Distinct machine states the search found (at most maxStates). */
  statesExplored: number;
  /** Why the machine itself was not checked (its size over the limit, e.g. "6000 steps > 5000"), else null. */
  notChecked: string | null;
}

export interface CheckOptions {
  /** Bound on the distinct states searched; default 5000. */
  maxStates?: number;
}

export const DEFAULT_MAX_STATES = 5000;

/**
 * Items beyond these sizes get only the structural check (a warning says so). Within them a check
 * costs O(steps × (steps + links)) for the witness runs (XState copies the context on each event)
 * and O(maxStates × TRANSITIONS_PER_STATE × (steps + links)) for the search at worst.
 */
export const CHECK_LIMITS = { steps: 5000, links: 50_000 } as const;

/** The search stops after this many transitions per state allowed (k parallel steps need about k/2). */
export const TRANSITIONS_PER_STATE = 8;

/**
 * A problem of a machine shape, naming steps by index so that every item of that shape renders it
 * with its own step labels (see renderMachineCheck); plain data, as it crosses worker threads.
 * `text` names no step (only states and events); `not-active` and `event-refused` stop a witness run;
 * `event-accepted` is an event taken where it must be refused (the step waits for `waitsFor`, or is
 * finished); `return-guard` and `return-reset` are a RETURN.s<step> event that misbehaves (back to
 * `target`); `never-reaches` lists states of a step that no reachable state has.
 */
export type ShapeProblem =
  | { kind: 'text'; text: string }
  | { kind: 'not-active'; step: number }
  | { kind: 'event-refused'; step: number; event: string }
  | { kind: 'event-accepted'; step: number; event: string; waitsFor: number | null }
  | { kind: 'return-guard'; step: number; target: number; accepted: boolean; stepState: string | null; targetState: string | null }
  | { kind: 'return-reset'; step: number; target: number; wrong: { step: number; state: string | null; expected: string | null }[] }
  | { kind: 'never-reaches'; step: number; states: string[] };

/** The label-free result of checking one machine shape: equal for every item of that shape. */
export interface ShapeCheck {
  problems: ShapeProblem[];
  /** Every reachable state was searched (false when cut off by the bounds, the width rule or the size limit). */
  complete: boolean;
  /** Distinct machine states the search found (at most maxStates). */
  statesExplored: number;
  /** The size over the limit when the machine was not built, else null. */
  notChecked: string | null;
}

function contextOf(snapshot: AnyMachineSnapshot): StepContext {
  return snapshot.context as StepContext;
}

/** The state of step `i` in a running snapshot, or null when the machine is no longer running. */
function stepState(snapshot: AnyMachineSnapshot, i: number): StepState | null {
  return snapshot.value === 'running' ? (contextOf(snapshot).steps[i] ?? null) : null;
}

function stepLabel(graph: StepGraph, i: number): string {
  const step = graph.procedure.steps[i]!;
  return `${step.id} (${step.name})`;
}

/** Problems visible without running the machine: unknown references, duplicate ids, a cycle. */
function findStructuralProblems(graph: StepGraph): string[] {
  const problems: string[] = [];
  const steps = graph.procedure.steps;
  steps.forEach((step, i) => {
    if (graph.indexOf.get(step.id) !== i) problems.push(`step id ${step.id} is used twice; the second step is unreachable by name`);
    for (const p of step.predecessors) {
      if (!graph.indexOf.has(p)) problems.push(`predecessor ${p} of step ${stepLabel(graph, i)} is not a step of the item (ignored)`);
    }
    if (step.returnTo !== null && !graph.indexOf.has(step.returnTo)) {
      problems.push(`return_to ${step.returnTo} of step ${stepLabel(graph, i)} is not a step of the item (ignored)`);
    }
  });
  const cycle = findCycle(graph.declared);
  if (cycle !== null) {
    const names = [...cycle, cycle[0]!].map((i) => graph.ids[i]!).join(' → ');
    problems.push(`the declared order has a cycle (${names}): its steps can never start`);
  }
  return problems;
}

/** The size over CHECK_LIMITS, as the warning says it, or null when the machine is within them. */
function sizeOverLimit(shape: MachineShape): string | null {
  if (shape.n > CHECK_LIMITS.steps) return `${shape.n} steps > ${CHECK_LIMITS.steps}`;
  const links = shape.order.succ.length;
  if (links > CHECK_LIMITS.links) return `${links} order links > ${CHECK_LIMITS.links}`;
  return null;
}

/** Declared descendants of every return target, the target included (model's own DFS; others get []). */
function returnDescendants(shape: MachineShape): number[][] {
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
function checkWitnessRun(graph: StepGraph, shape: MachineShape, stepper: SnapshotStepper, skip: boolean, descendants: number[][]): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const { succStart, succ } = shape.order;
  const returningTo: number[][] = Array.from({ length: shape.n }, () => []);
  shape.returnTo.forEach((r, s) => r >= 0 && returningTo[r]!.push(s));
  let snapshot = stepper.initial;
  for (const i of graph.order ?? []) {
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
    if (snapshot.can({ type })) problems.push({ kind: 'event-accepted', step: i, event: type, waitsFor: null });
    // RETURN of a step that is finished, or still waits while its target is finished, must be refused.
    if (shape.returnTo[i]! >= 0) problems.push(...checkReturn(shape, stepper, snapshot, i, descendants));
    for (const s of returningTo[i]!) {
      if (stepState(snapshot, s) === 'waiting') problems.push(...checkReturn(shape, stepper, snapshot, s, descendants));
    }
  }
  if (snapshot.value !== 'approved') {
    problems.push({ kind: 'text', text: `finishing every step does not reach approved (${JSON.stringify(snapshot.value)})` });
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

/**
 * The most steps sharing one longest-path depth in the declared order (an antichain: no step of a
 * level precedes another), or null when the order has a cycle. Linear in steps + edges.
 */
function widestLevel(graph: StepGraph): number | null {
  if (graph.order === null) return null;
  const depth = new Int32Array(graph.n);
  const count = new Int32Array(graph.n + 1);
  for (const v of graph.order) {
    for (let e = graph.declared.predStart[v]!; e < graph.declared.predStart[v + 1]!; e++) {
      depth[v] = Math.max(depth[v]!, depth[graph.declared.pred[e]!]! + 1);
    }
    count[depth[v]!]!++;
  }
  return count.reduce((a, b) => Math.max(a, b), 0);
}

/** One state of the search: its key (`approved`, `rejected`, or one character per step) and its edges. */
interface SearchState {
  key: string;
  /** Successor state indices (-1: a state past the bound, never added) with the event types leading there. */
  to: number[];
  events: string[];
}

interface Search {
  /** Every reachable state found and expanded. */
  complete: boolean;
  states: SearchState[];
  /** states[0 .. expanded) were expanded (breadth-first order); the others have no edges yet. */
  expanded: number;
}

/**
 * Candidate events of a running state (by its key): COMPLETE of each active step, SKIP of each active
 * conditional step, RETURN of each active step that returns. An event of a step that is not active
 * is refused by construction (the witness runs and the tests check that), so it is not tried.
 */
function candidateEvents(shape: MachineShape, key: string): string[] {
  const out: string[] = [];
  for (let step = key.indexOf('a'); step >= 0; step = key.indexOf('a', step + 1)) {
    out.push(eventType({ type: 'COMPLETE', step }));
    if (shape.conditional[step] === 1) out.push(eventType({ type: 'SKIP', step }));
    if (shape.returnTo[step]! >= 0) out.push(eventType({ type: 'RETURN', step }));
  }
  return out;
}

function searchKey(snapshot: AnyMachineSnapshot): string {
  return snapshot.value === 'running' ? stepsKey(contextOf(snapshot).steps) : String(snapshot.value);
}

/**
 * Breadth-first search of the machine's states by XState's own transitions, from the initial state.
 * REJECT is taken from the first state only: it leads every running state to the same final state,
 * and no check reads its other edges. Stops, incomplete, once a state beyond maxStates turns up or
 * the transitions taken would pass TRANSITIONS_PER_STATE × maxStates. Work: at most that many
 * transitions, each O(steps + links of the step); memory: one key of `steps` characters per state
 * and the snapshots found but not yet expanded (at most maxStates).
 */
function search(shape: MachineShape, stepper: SnapshotStepper, maxStates: number): Search {
  const index = new Map<string, number>();
  const states: SearchState[] = [];
  const queue: (AnyMachineSnapshot | null)[] = [];
  const add = (snapshot: AnyMachineSnapshot, key: string): number => {
    index.set(key, states.length);
    states.push({ key, to: [], events: [] });
    queue.push(snapshot);
    return states.length - 1;
  };
  add(stepper.initial, searchKey(stepper.initial));
  let budget = TRANSITIONS_PER_STATE * maxStates;
  let complete = true;
  let expanded = 0;
  for (; expanded < states.length; expanded++) {
    const snapshot = queue[expanded]!;
    queue[expanded] = null; // only its key stays
    if (snapshot.status !== 'active') continue;
    const state = states[expanded]!;
    const events = candidateEvents(shape, state.key);
    if (expanded === 0) events.push('REJECT');
    if (events.length > budget) {
      complete = false;
      break;
    }
    budget -= events.length;
    for (const type of events) {
      const next = stepper.next(snapshot, { type });
      const key = searchKey(next);
      if (key === state.key) continue; // refused
      let to = index.get(key);
      if (to === undefined) {
        if (states.length < maxStates) {
          to = add(next, key);
        } else {
          complete = false;
          to = -1;
        }
      }
      state.to.push(to);
      state.events.push(type);
    }
  }
  queue.length = 0;
  return { complete, states, expanded };
}

const STATE_OF_CODE: Record<string, StepState> = { w: 'waiting', a: 'active', d: 'done', s: 'skipped' };

/** The states step i may be in: waiting only when it has predecessors, skipped only when conditional. */
function expectedStates(shape: MachineShape, i: number): StepState[] {
  const hasPreds = shape.order.predStart[i + 1]! > shape.order.predStart[i]!;
  return [...(hasPreds ? (['waiting'] as const) : []), 'active', 'done', ...(shape.conditional[i] === 1 ? (['skipped'] as const) : [])];
}

/** A search state as problems show it: `approved`, or the running state's steps by key. */
function stateLabel(key: string): string {
  if (key === 'approved' || key === 'rejected') return key;
  return `{${Array.from(key, (c, i) => `${stateKey(i)}:${STATE_OF_CODE[c]}`).join(',')}}`;
}

/** Problems found in a search: deadlocks among expanded states; when complete, unreachable step states and approval. */
function searchProblems(shape: MachineShape, found: Search): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const { states } = found;
  // A state still waiting for its expansion (search cut off) has no edges yet: not a deadlock.
  const deadlocks = states.flatMap((s, i) =>
    i < found.expanded && s.key !== 'approved' && s.key !== 'rejected' && !s.events.some((e) => e !== 'REJECT') ? [i] : [],
  );
  for (const i of deadlocks.slice(0, 5)) problems.push({ kind: 'text', text: `deadlock: no step can act in state ${stateLabel(states[i]!.key)}` });
  if (!found.complete) return problems;

  const seen = Array.from({ length: shape.n }, () => new Set<string>());
  const approvedIndex = states.findIndex((s) => s.key === 'approved');
  for (const s of states) {
    if (s.key === 'approved' || s.key === 'rejected') continue;
    for (let i = 0; i < shape.n; i++) seen[i]!.add(STATE_OF_CODE[s.key[i]!]!);
  }
  // The step that finishes last enters done (or skipped) only on the way to approved: count its event.
  for (const s of states) {
    s.to.forEach((to, e) => {
      if (to !== approvedIndex) return;
      const [kind, key] = s.events[e]!.split('.');
      const step = Number(key?.slice(1));
      if (kind === 'COMPLETE') seen[step]?.add('done');
      if (kind === 'SKIP') seen[step]?.add('skipped');
    });
  }
  for (let i = 0; i < shape.n; i++) {
    const missing = expectedStates(shape, i).filter((state) => !seen[i]!.has(state));
    if (missing.length > 0) problems.push({ kind: 'never-reaches', step: i, states: missing });
  }
  const reverse: number[][] = states.map(() => []);
  states.forEach((s, from) => s.to.forEach((to) => reverse[to]?.push(from)));
  const canApprove = new Uint8Array(states.length);
  const stack = approvedIndex >= 0 ? [approvedIndex] : [];
  if (stack.length === 0) problems.push({ kind: 'text', text: 'approved is not reachable' });
  for (const i of stack) canApprove[i] = 1;
  while (stack.length > 0) {
    for (const from of reverse[stack.pop()!]!) {
      if (canApprove[from] === 0) {
        canApprove[from] = 1;
        stack.push(from);
      }
    }
  }
  const stuck = states.flatMap((s, i) => (s.key !== 'approved' && s.key !== 'rejected' && canApprove[i] === 0 ? [i] : []));
  for (const i of stuck.slice(0, 5)) problems.push({ kind: 'text', text: `approved cannot be reached from state ${stateLabel(states[i]!.key)}` });
  return problems;
}

/**
 * Checks the machine of an item's shape (see machineShapeKey): every item of that shape gets an equal
 * result. Over CHECK_LIMITS nothing is built (notChecked says why). Else the witness runs (every step
 * completed; every conditional step skipped; each RETURN where it applies) cost O(steps + links)
 * events whatever the width, and the search explores at most `maxStates` states (parallel steps
 * multiply them: k independent steps give ≥ 2^k states, so an item with a level of k steps and
 * 2^k > maxStates is not searched at all).
 */
export function checkMachineShape(graph: StepGraph, options: CheckOptions = {}): ShapeCheck {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const shape = buildMachineShape(graph);
  const notChecked = sizeOverLimit(shape);
  if (notChecked !== null) return { problems: [], complete: false, statesExplored: 0, notChecked };
  const problems: ShapeProblem[] = [];
  const stepper = createSnapshotStepper(machineOfShape(buildMachineConfig(graph.procedure), shape));
  if (graph.order !== null) {
    const descendants = returnDescendants(shape);
    problems.push(...checkWitnessRun(graph, shape, stepper, false, descendants));
    if (shape.conditional.includes(1)) problems.push(...checkWitnessRun(graph, shape, stepper, true, descendants));
  }
  const width = widestLevel(graph);
  if (width !== null && 2 ** width > maxStates) {
    // Each subset of one level's steps, with all their ancestors done, is a distinct reachable state.
    return { problems, complete: false, statesExplored: 0, notChecked: null };
  }
  const found = search(shape, stepper, maxStates);
  problems.push(...searchProblems(shape, found));
  return { problems, complete: found.complete, statesExplored: found.states.length, notChecked: null };
}

/** A shape problem as the message an item shows, with that item's step labels and ids. */
function renderShapeProblem(graph: StepGraph, problem: ShapeProblem): string {
  switch (problem.kind) {
    case 'text':
      return problem.text;
    case 'not-active':
      return `step ${stepLabel(graph, problem.step)} is not active after all its predecessors finished`;
    case 'event-refused':
      return `step ${stepLabel(graph, problem.step)} is active but ${problem.event} is not accepted`;
    case 'event-accepted':
      return problem.waitsFor === null
        ? `${problem.event} is accepted again after step ${stepLabel(graph, problem.step)} finished`
        : `${problem.event} is accepted while step ${stepLabel(graph, problem.step)} waits for ${stepLabel(graph, problem.waitsFor)}`;
    case 'return-guard':
      return `RETURN.${stateKey(problem.step)} is ${problem.accepted ? 'accepted' : 'refused'} while ${stepLabel(graph, problem.step)} is ${problem.stepState} and ${stepLabel(graph, problem.target)} is ${problem.targetState}`;
    case 'return-reset': {
      const wrong = problem.wrong.map((w) => `${graph.ids[w.step]} is ${w.state}, expected ${w.expected}`);
      return `RETURN.${stateKey(problem.step)} (back to ${stepLabel(graph, problem.target)}): ${wrong.join('; ')}`;
    }
    case 'never-reaches':
      return `step ${stepLabel(graph, problem.step)} never reaches: ${problem.states.join(', ')}`;
  }
}

/**
 * An item's check from its shape's (see checkMachineShape): the item's structural problems (unknown
 * references, duplicate ids, a cycle), then the shape's problems in the item's own step labels. Failed
 * when there is any problem; else not-checked over the size limit; else ok only when the search was
 * complete, never beyond maxStates.
 */
export function renderMachineCheck(graph: StepGraph, shape: ShapeCheck): MachineCheck {
  const problems = [...findStructuralProblems(graph), ...shape.problems.map((p) => renderShapeProblem(graph, p))];
  const status = problems.length > 0 ? 'failed' : shape.notChecked !== null ? 'not-checked' : shape.complete ? 'ok' : 'not-exhaustively-checked';
  return { status, problems, statesExplored: shape.statesExplored, notChecked: shape.notChecked };
}

/**
 * Checks an item's machine: `checkMachineShape` on its own machine, rendered for it. Beyond the bound
 * the result is `not-exhaustively-checked`, never `ok`; a deadlock found in the explored part fails the
 * check even when the search is cut off.
 */
export function checkMachine(procedure: Procedure, options: CheckOptions = {}): MachineCheck {
  const graph = buildStepGraph(procedure);
  return renderMachineCheck(graph, checkMachineShape(graph, options));
}
