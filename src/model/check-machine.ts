// Checks an item's machine: a structural check by step id, then, on the machine's shape alone, witness
// runs (linear in steps) and a breadth-first search of its state space with @xstate/graph, bounded by
// maxStates: every step state reachable, `approved` reachable from every reachable state, no deadlock.

import { getNextTransitions, type AnyMachineSnapshot, type AnyStateMachine, type EventObject, type StateValue } from 'xstate';
import { getAdjacencyMap } from '@xstate/graph';
import type { Procedure } from '../domain/index.js';
import { findCycle } from '../graph/index.js';
import { machineFromJson } from './build-machine.js';
import { buildMachineConfig, stateKey, stepEvents, type MachineJson } from './machine-config.js';
import { createMachineStepper, type MachineStepper } from './machine-stepper.js';
import { buildStepGraph, type StepGraph } from './step-graph.js';

export interface MachineCheck {
  /** `not-exhaustively-checked`: no problem found, but the state space exceeds maxStates. */
  status: 'ok' | 'failed' | 'not-exhaustively-checked';
  problems: string[];
  /** Distinct machine states the search found (at most maxStates). */
  statesExplored: number;
}

export interface CheckOptions {
  /** Bound on the distinct states searched; default 5000. */
  maxStates?: number;
}

export const DEFAULT_MAX_STATES = 5000;

/**
 * A problem of a machine shape, naming steps by index so that every item of that shape renders it
 * with its own step labels (see renderMachineCheck); plain data, as it crosses worker threads.
 * `text` names no step (only states and events); `not-active` and `event-refused` stop a witness run;
 * `return-guard` and `return-reset` are a RETURN.s<step> event that misbehaves (back to `target`);
 * `never-reaches` lists region states of a step that no reachable state has.
 */
export type ShapeProblem =
  | { kind: 'text'; text: string }
  | { kind: 'not-active'; step: number }
  | { kind: 'event-refused'; step: number; event: string }
  | { kind: 'return-guard'; step: number; target: number; accepted: boolean; targetState: string | null }
  | { kind: 'return-reset'; step: number; target: number; wrong: { step: number; state: string | null; expected: string | null }[] }
  | { kind: 'never-reaches'; step: number; states: string[] };

/** The label-free result of checking one machine shape: equal for every item of that shape. */
export interface ShapeCheck {
  problems: ShapeProblem[];
  /** Every reachable state was searched (false when cut off by maxStates or ruled out by the width bound). */
  complete: boolean;
  /** Distinct machine states the search found (at most maxStates). */
  statesExplored: number;
}

/** The state of step region `key` in a snapshot, or null when the machine is no longer running. */
function regionState(value: StateValue, key: string): string | null {
  if (typeof value === 'string') return null;
  const running = value['running'];
  if (typeof running !== 'object' || running === null) return null;
  const state = running[key];
  return typeof state === 'string' ? state : null;
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

/**
 * Drives the machine once along the declared order's topological order, completing every step (or
 * skipping every conditional one when `skip`), and checks each event is taken and the run ends
 * `approved`. On the way, where a step with a return_to is active, checks its RETURN event resets
 * exactly the returned-to step (active) and its declared descendants (waiting). O(n) events.
 */
function checkWitnessRun(graph: StepGraph, stepper: MachineStepper, skip: boolean, descendants: number[][]): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const events = stepEvents(graph.procedure).steps;
  let snapshot = stepper.initial;
  for (const i of graph.order ?? []) {
    const k = stateKey(i);
    const names = events[i]!;
    if (regionState(snapshot.value, k) !== 'active') {
      problems.push({ kind: 'not-active', step: i });
      return problems;
    }
    if (names.return !== null) problems.push(...checkReturn(graph, stepper, snapshot, i, descendants));
    const type = skip && names.skip !== null ? names.skip : names.complete;
    if (!snapshot.can({ type })) {
      problems.push({ kind: 'event-refused', step: i, event: type });
      return problems;
    }
    snapshot = stepper.next(snapshot, { type });
  }
  if (snapshot.value !== 'approved') {
    problems.push({ kind: 'text', text: `finishing every step does not reach approved (${JSON.stringify(snapshot.value)})` });
  }
  return problems;
}

function checkReturn(
  graph: StepGraph,
  stepper: MachineStepper,
  snapshot: AnyMachineSnapshot,
  s: number,
  descendants: number[][],
): ShapeProblem[] {
  const r = graph.indexOf.get(graph.procedure.steps[s]!.returnTo!)!;
  const type = `RETURN.${stateKey(s)}`;
  const rState = regionState(snapshot.value, stateKey(r));
  const finished = rState === 'done' || rState === 'skipped';
  const accepted = snapshot.can({ type });
  if (accepted !== finished) return [{ kind: 'return-guard', step: s, target: r, accepted, targetState: rState }];
  if (!finished) return [];
  const after = stepper.next(snapshot, { type });
  const reset = new Set(descendants[r]);
  const wrong: Extract<ShapeProblem, { kind: 'return-reset' }>['wrong'] = [];
  for (let j = 0; j < graph.n; j++) {
    const k = stateKey(j);
    const expected = j === r ? 'active' : reset.has(j) ? 'waiting' : regionState(snapshot.value, k);
    const state = regionState(after.value, k);
    if (state !== expected) wrong.push({ step: j, state, expected });
  }
  return wrong.length === 0 ? [] : [{ kind: 'return-reset', step: s, target: r, wrong }];
}

/** Declared descendants of every step, the step included (only for steps that are return targets). */
function returnDescendants(graph: StepGraph): number[][] {
  const out: number[][] = Array.from({ length: graph.n }, () => []);
  for (const step of graph.procedure.steps) {
    const r = step.returnTo === null ? undefined : graph.indexOf.get(step.returnTo);
    if (r === undefined || out[r]!.length > 0) continue;
    const seen = new Uint8Array(graph.n);
    const stack = [r];
    seen[r] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      out[r]!.push(v);
      for (let e = graph.declared.succStart[v]!; e < graph.declared.succStart[v + 1]!; e++) {
        const w = graph.declared.succ[e]!;
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
 * Candidate events of a snapshot: the event types of its active state nodes' transitions (internal
 * `xstate.*` events left out). Every step event `<KIND>.s<i>` needs step i active (its guard or source
 * state says so), which prunes most candidates before xstate evaluates them.
 */
function candidateEvents(snapshot: AnyMachineSnapshot): string[] {
  const types = new Set<string>();
  for (const t of getNextTransitions(snapshot)) {
    const type = t.eventType;
    if (type === '' || type.startsWith('xstate.') || types.has(type)) continue;
    const dot = type.indexOf('.');
    if (dot >= 0 && regionState(snapshot.value, type.slice(dot + 1)) !== 'active') continue;
    types.add(type);
  }
  return [...types];
}

interface Exploration {
  complete: boolean;
  /** Serialized state value → index. */
  index: Map<string, number>;
  snapshots: AnyMachineSnapshot[];
  /** Successor indices per state, with the event that leads there (-1: a state past the bound). */
  edges: { event: string; to: number }[][];
}

/**
 * Breadth-first search over state values with every enabled event (COMPLETE, SKIP, RETURN; REJECT once),
 * by @xstate/graph's getAdjacencyMap with our own event list (never its internal `xstate.*` events).
 * Its `limit` throws without a partial result, so the bound is kept with `stopWhen` instead: states
 * past the first maxStates are recorded but not expanded, and the search is marked incomplete.
 */
function explore(machine: AnyStateMachine, maxStates: number): Exploration {
  const serialize = (snapshot: AnyMachineSnapshot): string => JSON.stringify(snapshot.value);
  const included = new Set<string>();
  let complete = true;
  // REJECT takes every running state to the same final state, `rejected`, exiting every region on the
  // way (xstate's costliest transition here). Taken from the first state expanded it finds that state;
  // from the others it would only add edges that no check reads (progress and approval ignore REJECT).
  let rejectTaken = false;
  const events = (snapshot: AnyMachineSnapshot): { type: string }[] => {
    const types = candidateEvents(snapshot);
    const taken = rejectTaken ? types.filter((type) => type !== 'REJECT') : types;
    if (types.includes('REJECT')) rejectTaken = true;
    return taken.map((type) => ({ type }));
  };
  const adjacency = new Map(
    Object.entries(
      getAdjacencyMap(machine, {
        events,
        serializeState: serialize,
        stopWhen: (snapshot: AnyMachineSnapshot) => {
          if (included.size >= maxStates) {
            complete = false;
            return true;
          }
          included.add(serialize(snapshot));
          return snapshot.status !== 'active';
        },
      }),
    ),
  );
  const index = new Map<string, number>();
  const snapshots: AnyMachineSnapshot[] = [];
  for (const key of included) {
    index.set(key, snapshots.length);
    snapshots.push(adjacency.get(key)!.state);
  }
  const edges = snapshots.map((snapshot) => {
    const from = serialize(snapshot);
    const out: { event: string; to: number }[] = [];
    const transitions: Record<string, { event: EventObject; state: AnyMachineSnapshot }> = adjacency.get(from)!.transitions;
    for (const { event, state } of Object.values(transitions)) {
      const target = serialize(state);
      // An event the state cannot take leaves it unchanged: not an edge. A target past the bound is -1.
      if (target !== from) out.push({ event: event.type, to: index.get(target) ?? -1 });
    }
    return out;
  });
  return { complete, index, snapshots, edges };
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

/** Every state that some state of a region config names, for the reachability check. */
function regionStates(config: MachineJson, key: string): string[] {
  const region = config.states.running.states[key];
  return region === undefined ? [] : Object.keys(region.states);
}

/**
 * Checks the machine of an item's shape (see machineShapeKey): every item of that shape gets an equal
 * result. Witness runs (every step completed; every conditional step skipped; each RETURN where it
 * applies) cost O(n) events whatever the width. The exhaustive search then explores at most
 * `maxStates` distinct states (parallel steps multiply them: k independent steps give ≥ 2^k states,
 * so an item with a level of k steps and 2^k > maxStates is not searched at all).
 */
export function checkMachineShape(graph: StepGraph, options: CheckOptions = {}): ShapeCheck {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const problems: ShapeProblem[] = [];
  const config = buildMachineConfig(graph.procedure);
  const stepper = createMachineStepper(machineFromJson(config));
  if (graph.order !== null) {
    const descendants = returnDescendants(graph);
    problems.push(...checkWitnessRun(graph, stepper, false, descendants));
    if (graph.procedure.steps.some((s) => s.condition !== '')) problems.push(...checkWitnessRun(graph, stepper, true, descendants));
  }

  const width = widestLevel(graph);
  if (width !== null && 2 ** width > maxStates) {
    // Each subset of one level's steps, with all their ancestors done, is a distinct reachable state.
    return { problems, complete: false, statesExplored: 0 };
  }
  const found = explore(stepper.machine, maxStates);
  const { snapshots, edges } = found;
  const label = (i: number): string => JSON.stringify(snapshots[i]!.value);
  const deadlocks: number[] = [];
  snapshots.forEach((snapshot, i) => {
    const progress = edges[i]!.some((e) => e.event !== 'REJECT');
    // A state still waiting for its own expansion (search cut off) has no edges yet: not a deadlock.
    // Every explored state was expanded (states past the bound are not among them).
    if (snapshot.status === 'active' && !progress) deadlocks.push(i);
  });
  for (const i of deadlocks.slice(0, 5)) problems.push({ kind: 'text', text: `deadlock: no step can act in state ${label(i)}` });

  if (found.complete) {
    const seen: Set<string | null>[] = Array.from({ length: graph.n }, (_, i) => new Set(snapshots.map((s) => regionState(s.value, stateKey(i)))));
    // The step that finishes last enters done (or skipped) only on the way to approved: count its event.
    for (const out of edges) {
      for (const e of out) {
        const [kind, key] = e.event.split('.');
        const region = key === undefined ? undefined : seen[Number(key.slice(1))];
        if (kind === 'COMPLETE') region?.add('done');
        if (kind === 'SKIP') region?.add('skipped');
      }
    }
    for (let i = 0; i < graph.n; i++) {
      const missing = regionStates(config, stateKey(i)).filter((state) => !seen[i]!.has(state));
      if (missing.length > 0) problems.push({ kind: 'never-reaches', step: i, states: missing });
    }
    const reverse: number[][] = snapshots.map(() => []);
    edges.forEach((out, from) => out.forEach((e) => reverse[e.to]!.push(from)));
    const canApprove = new Uint8Array(snapshots.length);
    const stack = snapshots.flatMap((s, i) => (s.value === 'approved' ? [i] : []));
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
    const stuck = snapshots.flatMap((s, i) => (s.status === 'active' && canApprove[i] === 0 ? [i] : []));
    for (const i of stuck.slice(0, 5)) problems.push({ kind: 'text', text: `approved cannot be reached from state ${label(i)}` });
  }
  return { problems, complete: found.complete, statesExplored: snapshots.length };
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
    case 'return-guard':
      return `RETURN.${stateKey(problem.step)} is ${problem.accepted ? 'accepted' : 'refused'} while ${stepLabel(graph, problem.step)} is active and ${stepLabel(graph, problem.target)} is ${problem.targetState}`;
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
 * when there is any problem; else ok only when the search was complete, never beyond maxStates.
 */
export function renderMachineCheck(graph: StepGraph, shape: ShapeCheck): MachineCheck {
  const problems = [...findStructuralProblems(graph), ...shape.problems.map((p) => renderShapeProblem(graph, p))];
  const status = problems.length > 0 ? 'failed' : shape.complete ? 'ok' : 'not-exhaustively-checked';
  return { status, problems, statesExplored: shape.statesExplored };
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
