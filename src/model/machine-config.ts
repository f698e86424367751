// Procedure → plain-JSON XState v5 machine config. One state `running` holds the application in its
// context (each step waiting, active, done or skipped); one event type per step and kind
// (COMPLETE.s<i>, SKIP.s<i>, RETURN.s<i>) whose guard reads only that step (and its return target)
// and whose action changes only the step and its successors, so an event costs O(degree), not O(steps).

import type { Procedure, Role } from '../domain/index.js';
import { initialContext, type StepContext } from './machine-rules.js';
import { buildMachineShape, machineShapeOf, returnTargets, type MachineShape } from './machine-shape.js';
import type { MachineEvent } from './stepper.js';
import { buildStepGraph } from './step-graph.js';

/** Names of the machine's guards and actions (its JSON refers to them; `machineImplementations` supplies them). */
export const GUARDS = {
  isActive: 'procopt.isActive',
  canReturn: 'procopt.canReturn',
  allFinished: 'procopt.allFinished',
} as const;
export const ACTIONS = {
  finish: 'procopt.finish',
  reopen: 'procopt.reopen',
} as const;

/** What each guard and action does, as the JSON's meta states it for anyone running the machine. */
const IMPLEMENTATION_NOTES: Record<string, string> = {
  [GUARDS.isActive]: 'context.steps[params.step] is active',
  [GUARDS.canReturn]: 'context.steps[params.step] is active and context.steps[params.to] is done or skipped',
  [GUARDS.allFinished]: 'context.open is 0 (every step done or skipped)',
  [ACTIONS.finish]:
    'steps[params.step] := params.as; open -= 1; for each step q with params.step in meta.steps[q].after: pending[q] -= 1, and q becomes active at 0',
  [ACTIONS.reopen]:
    'params.to and every step after it (transitively, by meta.steps[*].after) become waiting and open again, then params.to active; pending[q] = its predecessors not done or skipped',
};

export interface JsonGuard {
  type: string;
  params?: { step: number; to?: number };
}

export interface JsonAction {
  type: string;
  params: { step: number; as: 'done' | 'skipped' } | { to: number };
}

export interface JsonTransition {
  target?: string;
  guard?: JsonGuard;
  actions?: JsonAction;
}

/** A step as the procedure names it, with the indices of the steps it waits for. */
export interface StepMeta {
  /** The step's state key (`s<index>`): its events are COMPLETE.<key>, SKIP.<key>, RETURN.<key>. */
  key: string;
  stepId: string;
  name: string;
  department: string;
  role: Role;
  /** Non-empty for a conditional step (it may be skipped). */
  condition: string;
  /** Step id this step may send the application back to (补正), or null. */
  returnTo: string | null;
  /** Indices of the steps it waits for: its declared predecessors that are other steps of the item. */
  after: number[];
}

/** The machine config as plain JSON: `machineFromJson(JSON.parse(JSON.stringify(config)))` runs it. */
export interface MachineJson {
  id: string;
  meta: {
    itemCode: string;
    itemName: string;
    /** The steps in file order: index i is state key s<i>. */
    steps: StepMeta[];
    /** Every guard and action the transitions name, and what it does. */
    implementations: Record<string, string>;
  };
  initial: 'running';
  context: StepContext;
  states: {
    running: {
      always: { guard: JsonGuard; target: 'approved' };
      on: Record<string, JsonTransition>;
    };
    approved: { type: 'final'; meta: { description: string } };
    rejected: { type: 'final'; meta: { description: string } };
  };
}

/** The event names of one step (null where the step has no such event). */
export interface StepEventNames {
  stepId: string;
  /** The step's state key (`s<index>`). */
  stateKey: string;
  complete: string;
  /** Only for conditional steps. */
  skip: string | null;
  /** Only for steps with a (valid) return_to. */
  return: string | null;
}

export interface MachineEvents {
  steps: StepEventNames[];
  reject: 'REJECT';
}

/** The ASCII-safe state key of step `index`. */
export function stateKey(index: number): string {
  return `s${index}`;
}

/** The XState event type of an event: `COMPLETE.s3`, `REJECT`. */
export function eventType(event: MachineEvent): string {
  return event.type === 'REJECT' ? 'REJECT' : `${event.type}.${stateKey(event.step)}`;
}

const EVENT_TYPE = /^(COMPLETE|SKIP|RETURN)\.s(0|[1-9][0-9]*)$/;

/** The event an XState event type names (`COMPLETE.s3` → COMPLETE of step 3), or null for any other type. */
export function parseEventType(type: string): MachineEvent | null {
  if (type === 'REJECT') return { type: 'REJECT' };
  const match = EVENT_TYPE.exec(type);
  if (match === null) return null;
  return { type: match[1] as 'COMPLETE' | 'SKIP' | 'RETURN', step: Number(match[2]) };
}

/** An ASCII-safe machine id for an item code: `item_` plus the code with other characters escaped as `_<hex>_`. */
export function machineId(itemCode: string): string {
  let out = 'item_';
  for (const ch of itemCode) {
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}

/** The event names for each step of a procedure, in file order. */
export function stepEvents(procedure: Procedure): MachineEvents {
  const returns = returnTargets(buildStepGraph(procedure));
  return {
    steps: procedure.steps.map((step, i) => {
      const k = stateKey(i);
      return {
        stepId: step.id,
        stateKey: k,
        complete: `COMPLETE.${k}`,
        skip: step.condition !== '' ? `SKIP.${k}` : null,
        return: returns.has(i) ? `RETURN.${k}` : null,
      };
    }),
    reject: 'REJECT',
  };
}

/** The transitions of `running`: per step COMPLETE (SKIP when conditional, RETURN when it returns), and REJECT. */
function stepTransitions(shape: MachineShape): Record<string, JsonTransition> {
  const on: Record<string, JsonTransition> = {};
  for (let step = 0; step < shape.n; step++) {
    const k = stateKey(step);
    const isActive: JsonGuard = { type: GUARDS.isActive, params: { step } };
    on[`COMPLETE.${k}`] = { guard: isActive, actions: { type: ACTIONS.finish, params: { step, as: 'done' } } };
    if (shape.conditional[step] === 1) {
      on[`SKIP.${k}`] = { guard: isActive, actions: { type: ACTIONS.finish, params: { step, as: 'skipped' } } };
    }
    const to = shape.returnTo[step]!;
    if (to >= 0) {
      on[`RETURN.${k}`] = { guard: { type: GUARDS.canReturn, params: { step, to } }, actions: { type: ACTIONS.reopen, params: { to } } };
    }
  }
  on['REJECT'] = { target: 'rejected' };
  return on;
}

/**
 * Builds the item's machine as plain JSON. While `running`, the context says each step's state:
 * a step without predecessors starts active, the others wait. COMPLETE.s<i> (SKIP.s<i> for a
 * conditional step) is accepted while step i is active: it becomes done (skipped), and each
 * successor whose predecessors are now all finished becomes active. RETURN.s<i> is accepted while
 * step i is active and its return_to step r is finished: r becomes active and r's declared
 * descendants waiting; other steps keep their state. REJECT → `rejected`; no step unfinished →
 * `approved`. Predecessors naming unknown steps or the step itself are ignored. Linear in steps + links.
 */
export function buildMachineConfig(procedure: Procedure): MachineJson {
  const graph = buildStepGraph(procedure);
  const shape = buildMachineShape(graph);
  const { predStart, pred } = shape.order;
  const steps = procedure.steps.map(
    (step, i): StepMeta => ({
      key: stateKey(i),
      stepId: step.id,
      name: step.name,
      department: step.department,
      role: step.role,
      condition: step.condition,
      returnTo: step.returnTo,
      after: pred.slice(predStart[i]!, predStart[i + 1]!),
    }),
  );
  return {
    id: machineId(procedure.itemCode),
    meta: { itemCode: procedure.itemCode, itemName: procedure.itemName, steps, implementations: IMPLEMENTATION_NOTES },
    initial: 'running',
    context: initialContext(shape),
    states: {
      running: {
        always: { guard: { type: GUARDS.allFinished }, target: 'approved' },
        on: stepTransitions(shape),
      },
      approved: { type: 'final', meta: { description: '办结 (approved)' } },
      rejected: { type: 'final', meta: { description: '不予许可 (rejected)' } },
    },
  };
}

/**
 * The machine shape a config describes (from JSON too): predecessors from `meta.steps[i].after`,
 * conditional steps from their SKIP transitions, return targets from their RETURN guards. Throws a
 * TypeError naming the first field that is not as `buildMachineConfig` writes it.
 */
export function machineShapeFromJson(json: unknown): MachineShape {
  const config = json as Partial<MachineJson> | null;
  const steps = config?.meta?.steps;
  const on = config?.states?.running?.on;
  if (!Array.isArray(steps) || typeof on !== 'object' || on === null) {
    throw new TypeError('not a procopt machine: meta.steps or states.running.on is missing');
  }
  const n = steps.length;
  const predecessors = steps.map((step: Partial<StepMeta>, i) => {
    const after = step?.after;
    if (!Array.isArray(after) || !after.every((p) => Number.isInteger(p) && p >= 0 && p < n)) {
      throw new TypeError(`not a procopt machine: meta.steps[${i}].after must list step indices`);
    }
    return after;
  });
  const conditional = steps.map((_, i) => on[`SKIP.${stateKey(i)}`] !== undefined);
  const returnTo = steps.map((_, i) => {
    const transition = on[`RETURN.${stateKey(i)}`];
    if (transition === undefined) return -1;
    const to = transition.guard?.params?.to;
    if (!Number.isInteger(to) || to! < 0 || to! >= n) throw new TypeError(`not a procopt machine: RETURN.${stateKey(i)} has no step index in guard.params.to`);
    return to!;
  });
  return machineShapeOf(predecessors, conditional, returnTo);
}
