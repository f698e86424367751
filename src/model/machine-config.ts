// Procedure → plain-JSON XState v5 machine config: a parallel state `running` with one region per
// step (waiting → active → done | skipped). Event-driven (no `always` guards): COMPLETE/SKIP of a step
// is handled by its own region and by each successor's region, so one event costs O(degree) guards.

import type { Procedure, Role } from '../domain/index.js';
import { buildStepGraph, type StepGraph } from './step-graph.js';

/** A JSON guard: every step in `active` is active and every step in `finished` is done or skipped (by state key). */
export interface StepsInGuard {
  type: 'procopt.stepsIn';
  params: { active: string[]; finished: string[] };
}

/** Guard type name used in the JSON; `machineFromJson` turns it into xstate `stateIn` guards. */
export const STEPS_IN_GUARD = 'procopt.stepsIn';

export interface JsonTransition {
  /** A state id path such as `#s3.active`. */
  target: string;
  guard?: StepsInGuard;
}

/** What a step region carries in `meta`: the step as the procedure names it. */
export interface StepMeta {
  stepId: string;
  name: string;
  department: string;
  role: Role;
  /** Non-empty for a conditional step (it may be skipped). */
  condition: string;
  /** Step id this step may send the application back to (补正), or null. */
  returnTo: string | null;
}

export interface StepRegionJson {
  id: string;
  meta: StepMeta;
  initial: 'waiting' | 'active';
  /** RETURN.<key> transitions that re-enter this region (rework). */
  on?: Record<string, JsonTransition>;
  states: {
    waiting?: { on: Record<string, JsonTransition> };
    active: { on: Record<string, JsonTransition> };
    done: { type: 'final' };
    skipped?: { type: 'final' };
  };
}

/** The machine config as plain JSON: `machineFromJson(JSON.parse(JSON.stringify(config)))` runs it. */
export interface MachineJson {
  id: string;
  meta: { itemCode: string; itemName: string; guardTypes: { [STEPS_IN_GUARD]: string } };
  /** `start` only hands over to `running` (an eventless transition), see buildMachineConfig. */
  initial: 'start';
  states: {
    start: { always: { target: 'running' } };
    running: {
      type: 'parallel';
      on: { REJECT: { target: string } };
      onDone: { target: string };
      states: Record<string, StepRegionJson>;
    };
    approved: { type: 'final'; meta: { description: string } };
    rejected: { type: 'final'; meta: { description: string } };
  };
}

/** The event names of one step (null where the step has no such event). */
export interface StepEventNames {
  stepId: string;
  /** The step's region key and state id (`s<index>`). */
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

/** The ASCII-safe state key of step `index` (a `.` in a key would break xstate targets). */
export function stateKey(index: number): string {
  return `s${index}`;
}

/** An ASCII-safe machine id for an item code: `item_` plus the code with other characters escaped as `_<hex>_`. */
export function machineId(itemCode: string): string {
  let out = 'item_';
  for (const ch of itemCode) {
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}

/** Index → the step index it returns to, for steps whose return_to names another existing step. */
export function returnTargets(graph: StepGraph): Map<number, number> {
  const out = new Map<number, number>();
  for (let s = 0; s < graph.n; s++) {
    const r = graph.procedure.steps[s]!.returnTo;
    if (r === null) continue;
    const j = graph.indexOf.get(r);
    if (j !== undefined && j !== s) out.set(s, j);
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

function stepsIn(active: string[], finished: string[]): StepsInGuard {
  return { type: STEPS_IN_GUARD, params: { active, finished } };
}

/** Steps reachable from `root` along the declared order, root included (iterative DFS). */
function descendants(graph: StepGraph, root: number): number[] {
  const { succStart, succ } = graph.declared;
  const seen = new Uint8Array(graph.n);
  const out: number[] = [];
  const stack = [root];
  seen[root] = 1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    out.push(v);
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
      const w = succ[e]!;
      if (seen[w] === 0) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return out;
}

/**
 * Builds the item's machine as plain JSON. Region `s<i>` is step i: it starts `active` when the
 * step has no predecessors, else `waiting`; `COMPLETE.s<i>` (and `SKIP.s<i>` for a conditional step)
 * finishes it, and each successor leaves `waiting` on that same event when its other predecessors are
 * finished. `RETURN.s<i>` (step i active, its return_to step r finished) makes r active and r's
 * declared descendants waiting; other regions keep their state. `REJECT` → `rejected`; all regions
 * finished → `approved`. Predecessors naming unknown steps or the step itself are ignored.
 *
 * The machine starts in `start`, which moves to `running` at once: entering the parallel state by one
 * target costs O(regions²) in xstate, while `initial: 'running'` (one target per region) costs O(regions³).
 */
export function buildMachineConfig(procedure: Procedure): MachineJson {
  const graph = buildStepGraph(procedure);
  const { predStart, pred } = graph.declared;
  const steps = procedure.steps;
  const regions: Record<string, StepRegionJson> = {};
  const regionList: StepRegionJson[] = [];
  for (let i = 0; i < graph.n; i++) {
    const step = steps[i]!;
    const k = stateKey(i);
    const preds: string[] = [];
    for (let e = predStart[i]!; e < predStart[i + 1]!; e++) preds.push(stateKey(pred[e]!));
    const waitingOn: Record<string, JsonTransition> = {};
    for (let e = predStart[i]!; e < predStart[i + 1]!; e++) {
      const p = pred[e]!;
      const pk = stateKey(p);
      // The predecessor must be active itself: an early COMPLETE.p must not start this step.
      const toActive: JsonTransition = {
        target: `#${k}.active`,
        guard: stepsIn([pk], preds.filter((q) => q !== pk)),
      };
      waitingOn[`COMPLETE.${pk}`] = toActive;
      if (steps[p]!.condition !== '') waitingOn[`SKIP.${pk}`] = toActive;
    }
    const activeOn: Record<string, JsonTransition> = { [`COMPLETE.${k}`]: { target: `#${k}.done` } };
    if (step.condition !== '') activeOn[`SKIP.${k}`] = { target: `#${k}.skipped` };
    const region: StepRegionJson = {
      id: k,
      meta: {
        stepId: step.id,
        name: step.name,
        department: step.department,
        role: step.role,
        condition: step.condition,
        returnTo: step.returnTo,
      },
      initial: preds.length === 0 ? 'active' : 'waiting',
      states: {
        // A step with no predecessors is never waiting (RETURN to it makes it active), so it has no such state.
        ...(preds.length === 0 ? {} : { waiting: { on: waitingOn } }),
        active: { on: activeOn },
        done: { type: 'final' },
        ...(step.condition !== '' ? { skipped: { type: 'final' as const } } : {}),
      },
    };
    regions[k] = region;
    regionList.push(region);
  }
  for (const [s, r] of returnTargets(graph)) {
    const event = `RETURN.${stateKey(s)}`;
    const guard = stepsIn([stateKey(s)], [stateKey(r)]);
    for (const d of descendants(graph, r)) {
      const region = regionList[d]!;
      const target = `#${stateKey(d)}.${d === r ? 'active' : 'waiting'}`;
      (region.on ??= {})[event] = { target, guard };
    }
  }
  return {
    id: machineId(procedure.itemCode),
    meta: {
      itemCode: procedure.itemCode,
      itemName: procedure.itemName,
      guardTypes: {
        [STEPS_IN_GUARD]:
          'every step key in params.active is in its active state and every key in params.finished is in done or skipped; build with machineFromJson',
      },
    },
    initial: 'start',
    states: {
      start: { always: { target: 'running' } },
      running: {
        type: 'parallel',
        on: { REJECT: { target: 'rejected' } },
        onDone: { target: 'approved' },
        states: regions,
      },
      approved: { type: 'final', meta: { description: '办结 (approved)' } },
      rejected: { type: 'final', meta: { description: '不予许可 (rejected)' } },
    },
  };
}
