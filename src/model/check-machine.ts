// Checks an item's machine: a structural check by step id (linear), then, on the machine's shape
// alone and only up to a size limit, witness runs of the XState machine (every event of a run in
// topological order, with the events that must be refused on the way) and a breadth-first search of
// its states bounded by maxStates states and TRANSITIONS_PER_STATE × maxStates transitions.

import type { Lang, Procedure } from '../domain/index.js';
import { findCycle } from '../graph/index.js';
import { DEFAULT_LANG, MODEL_TEXT, type MachineStateName, type ModelText, type StepName } from '../i18n/index.js';
import { machineOfShape } from './build-machine.js';
import { buildMachineConfig, stateKey } from './machine-config.js';
import { buildMachineShape, type MachineShape } from './machine-shape.js';
import { createSnapshotStepper } from './snapshot-stepper.js';
import { searchProblems, searchStates } from './state-search.js';
import { buildStepGraph, type StepGraph } from './step-graph.js';
import type { ShapeProblem } from './shape-problem.js';
import type { StepState } from './machine-rules.js';
import { checkWitnessRun, returnDescendants } from './witness-run.js';

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
  /** The language of the problems and of notChecked; default zh-CN. */
  lang?: Lang;
}

export const DEFAULT_MAX_STATES = 5000;

/**
 * Items beyond these sizes get only the structural check (a warning says so). Within them a check
 * costs O(steps × (steps + links)) for the witness runs (XState copies the context on each event)
 * and O(maxStates × 8 × (steps + links)) for the search at worst (see state-search.ts).
 */
export const CHECK_LIMITS = { steps: 5000, links: 50_000 } as const;

/** The label-free result of checking one machine shape: equal for every item of that shape. */
export interface ShapeCheck {
  problems: ShapeProblem[];
  /** Every reachable state was searched (false when cut off by the bounds, the width rule or the size limit). */
  complete: boolean;
  /** Distinct machine states the search found (at most maxStates). */
  statesExplored: number;
  /** The size over the limit when the machine was not built, else null. */
  notChecked: OverLimit | null;
}

/** A machine's size over CHECK_LIMITS: its steps or its order links, and the limit. */
export interface OverLimit {
  what: 'steps' | 'links';
  count: number;
  limit: number;
}

function stepName(graph: StepGraph, i: number): StepName {
  const step = graph.procedure.steps[i]!;
  return { id: step.id, name: step.name };
}

/** Problems visible without running the machine: unknown references, duplicate ids, a cycle. */
function findStructuralProblems(graph: StepGraph, text: ModelText): string[] {
  const problems: string[] = [];
  const steps = graph.procedure.steps;
  steps.forEach((step, i) => {
    if (graph.indexOf.get(step.id) !== i) problems.push(text.duplicateId({ stepId: step.id }));
    for (const p of step.predecessors) {
      if (!graph.indexOf.has(p)) problems.push(text.unknownPredecessor({ id: p, step: stepName(graph, i) }));
    }
    if (step.returnTo !== null && !graph.indexOf.has(step.returnTo)) {
      problems.push(text.unknownReturn({ id: step.returnTo, step: stepName(graph, i) }));
    }
  });
  const cycle = findCycle(graph.declared);
  if (cycle !== null) problems.push(text.cycle({ stepIds: [...cycle, cycle[0]!].map((i) => graph.ids[i]!) }));
  return problems;
}

/** The size over CHECK_LIMITS, or null when the machine is within them. */
function sizeOverLimit(shape: MachineShape): OverLimit | null {
  if (shape.n > CHECK_LIMITS.steps) return { what: 'steps', count: shape.n, limit: CHECK_LIMITS.steps };
  const links = shape.order.succ.length;
  if (links > CHECK_LIMITS.links) return { what: 'links', count: links, limit: CHECK_LIMITS.links };
  return null;
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
    problems.push(...checkWitnessRun(graph.order, shape, stepper, false, descendants));
    if (shape.conditional.includes(1)) problems.push(...checkWitnessRun(graph.order, shape, stepper, true, descendants));
  }
  const width = widestLevel(graph);
  if (width !== null && 2 ** width > maxStates) {
    // Each subset of one level's steps, with all their ancestors done, is a distinct reachable state.
    return { problems, complete: false, statesExplored: 0, notChecked: null };
  }
  const found = searchStates(shape, stepper, maxStates);
  problems.push(...searchProblems(shape, found));
  return { problems, complete: found.complete, statesExplored: found.states.length, notChecked: null };
}

/** A search state with the item's step labels: each step's machine key, name and state. */
function machineState(graph: StepGraph, states: readonly StepState[]): MachineStateName {
  return states.map((state, i) => ({ key: stateKey(i), step: stepName(graph, i), state }));
}

/** A shape problem as the message an item shows, with that item's step labels and ids. */
function renderShapeProblem(graph: StepGraph, problem: ShapeProblem, text: ModelText): string {
  const step = (i: number): StepName => stepName(graph, i);
  switch (problem.kind) {
    case 'deadlock':
      return text.deadlock({ state: machineState(graph, problem.states) });
    case 'approved-unreachable':
      return text.approvedUnreachable();
    case 'stuck':
      return text.approvedUnreachableFrom({ state: machineState(graph, problem.states) });
    case 'run-not-approved':
      return text.runNotApproved({ value: problem.value });
    case 'not-active':
      return text.notActive({ step: step(problem.step) });
    case 'event-refused':
      return text.eventRefused({ step: step(problem.step), event: problem.event });
    case 'event-accepted':
      return problem.waitsFor === null
        ? text.eventAcceptedAgain({ step: step(problem.step), event: problem.event })
        : text.eventAcceptedEarly({ step: step(problem.step), event: problem.event, waitsFor: step(problem.waitsFor) });
    case 'event-result':
      return text.eventResult({ step: step(problem.step), event: problem.event, state: problem.state, expected: problem.expected });
    case 'return-guard':
      return text.returnGuard({
        event: `RETURN.${stateKey(problem.step)}`,
        accepted: problem.accepted,
        step: step(problem.step),
        stepState: problem.stepState,
        target: step(problem.target),
        targetState: problem.targetState,
      });
    case 'return-reset':
      return text.returnReset({
        event: `RETURN.${stateKey(problem.step)}`,
        target: step(problem.target),
        wrong: problem.wrong.map((w) => ({ stepId: graph.ids[w.step]!, state: w.state, expected: w.expected })),
      });
    case 'never-reaches':
      return text.neverReaches({ step: step(problem.step), states: problem.states });
  }
}

/**
 * An item's check from its shape's (see checkMachineShape): the item's structural problems (unknown
 * references, duplicate ids, a cycle), then the shape's problems in the item's own step labels, in
 * `lang`. Failed when there is any problem; else not-checked over the size limit; else ok only when
 * the search was complete, never beyond maxStates.
 */
export function renderMachineCheck(graph: StepGraph, shape: ShapeCheck, lang: Lang = DEFAULT_LANG): MachineCheck {
  const text = MODEL_TEXT[lang];
  const problems = [...findStructuralProblems(graph, text), ...shape.problems.map((p) => renderShapeProblem(graph, p, text))];
  const status = problems.length > 0 ? 'failed' : shape.notChecked !== null ? 'not-checked' : shape.complete ? 'ok' : 'not-exhaustively-checked';
  return { status, problems, statesExplored: shape.statesExplored, notChecked: shape.notChecked === null ? null : text.overLimit(shape.notChecked) };
}

/**
 * Checks an item's machine: `checkMachineShape` on its own machine, rendered for it. Beyond the bound
 * the result is `not-exhaustively-checked`, never `ok`; a deadlock found in the explored part fails the
 * check even when the search is cut off.
 */
export function checkMachine(procedure: Procedure, options: CheckOptions = {}): MachineCheck {
  const graph = buildStepGraph(procedure);
  return renderMachineCheck(graph, checkMachineShape(graph, options), options.lang);
}
