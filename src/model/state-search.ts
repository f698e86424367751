// Breadth-first search of an item's XState machine by its own transitions, bounded by maxStates
// states and TRANSITIONS_PER_STATE × maxStates transitions, and what it finds: deadlocks, and when
// complete, step states never reached and states from which approved cannot be reached.

import type { AnyMachineSnapshot } from 'xstate';
import type { ShapeProblem } from './shape-problem.js';
import { eventType } from './machine-config.js';
import type { StepContext, StepState } from './machine-rules.js';
import type { MachineShape } from './machine-shape.js';
import type { SnapshotStepper } from './snapshot-stepper.js';
import { stepsKey } from './stepper.js';

/** The search stops after this many transitions per state allowed (k parallel steps need about k/2). */
export const TRANSITIONS_PER_STATE = 8;

/** One state of the search: its key (`approved`, `rejected`, or one character per step) and its edges. */
interface SearchState {
  /** The key of the first snapshot found in this state (states equal but for done/skipped are one, see mergedKey). */
  key: string;
  /** Successor state indices (-1: a state past the bound, never added) with the event types leading there. */
  to: number[];
  events: string[];
}

export interface Search {
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
  return snapshot.value === 'running' ? stepsKey((snapshot.context as StepContext).steps) : String(snapshot.value);
}

/**
 * The key states are told apart by: skipped read as done. Every guard and action reads a finished
 * step only as finished (machine-rules.ts: isFinished, and the counts of unfinished steps), so two
 * states that differ only in which finished steps were skipped accept the same events and lead to
 * states that differ the same way. Searching one of them keeps c conditional steps from multiplying
 * the states by up to 2^c; every SKIP is still taken, and its edge shows that `skipped` is reached.
 */
function mergedKey(key: string): string {
  return key === 'approved' || key === 'rejected' ? key : key.replaceAll('s', 'd');
}

/**
 * Breadth-first search of the machine's states by XState's own transitions, from the initial state.
 * REJECT is taken from the first state only: it leads every running state to the same final state,
 * and no check reads its other edges. Stops, incomplete, once a state beyond maxStates turns up or
 * the transitions taken would pass TRANSITIONS_PER_STATE × maxStates. States equal but for which
 * finished steps were skipped count as one (see mergedKey). Work: at most that many
 * transitions, each O(steps + links of the step); memory: one key of `steps` characters per state
 * and the snapshots found but not yet expanded (at most maxStates).
 */
export function searchStates(shape: MachineShape, stepper: SnapshotStepper, maxStates: number): Search {
  const index = new Map<string, number>();
  const states: SearchState[] = [];
  const queue: (AnyMachineSnapshot | null)[] = [];
  const add = (snapshot: AnyMachineSnapshot, key: string): number => {
    index.set(mergedKey(key), states.length);
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
      let to = index.get(mergedKey(key));
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

/** Each step's state in a search state's key (never a final state's: those are no deadlocks). */
function stepStates(key: string): StepState[] {
  return Array.from(key, (c) => STATE_OF_CODE[c]!);
}

/** Problems found in a search: deadlocks among expanded states; when complete, unreachable step states and approval. */
export function searchProblems(shape: MachineShape, found: Search): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const { states } = found;
  // A state still waiting for its expansion (search cut off) has no edges yet: not a deadlock.
  const deadlocks = states.flatMap((s, i) =>
    i < found.expanded && s.key !== 'approved' && s.key !== 'rejected' && !s.events.some((e) => e !== 'REJECT') ? [i] : [],
  );
  for (const i of deadlocks.slice(0, 5)) problems.push({ kind: 'deadlock', states: stepStates(states[i]!.key) });
  if (!found.complete) return problems;

  const seen = Array.from({ length: shape.n }, () => new Set<string>());
  const approvedIndex = states.findIndex((s) => s.key === 'approved');
  for (const s of states) {
    if (s.key === 'approved' || s.key === 'rejected') continue;
    for (let i = 0; i < shape.n; i++) seen[i]!.add(STATE_OF_CODE[s.key[i]!]!);
  }
  // A step is done or skipped where a COMPLETE or SKIP of it is taken (the last one on the way to
  // approved, and a skipped step in a state kept under its done twin: see mergedKey).
  for (const s of states) {
    s.to.forEach((_, e) => {
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
  if (stack.length === 0) problems.push({ kind: 'approved-unreachable' });
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
  for (const i of stuck.slice(0, 5)) problems.push({ kind: 'stuck', states: stepStates(states[i]!.key) });
  return problems;
}
