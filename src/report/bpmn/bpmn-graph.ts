// A procedure as a BPMN 2.0 process graph: one user task per step in its department's lane, start
// and end events, parallel gateways where the declared order forks and joins, an exclusive gateway
// pair around a conditional step (the condition on one branch, the skip path on the other), and for
// return_to (补正) an exclusive gateway after the step with a flow back to an exclusive merge before the
// step it returns to. Ids are NCNames derived from step ids, so they stay put when a procedure changes.

import type { Step } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';

export type BpmnNodeKind = 'start' | 'end' | 'task' | 'parallel' | 'exclusive';

export interface BpmnNode {
  id: string;
  kind: BpmnNodeKind;
  /** The label ('' for a joining gateway, which needs none). */
  name: string;
  /** Index into BpmnGraph.lanes. */
  lane: number;
  /** The step a task stands for (tasks only). */
  step?: Step;
  /** Id of the default outgoing flow (exclusive splits). */
  defaultFlow?: string;
  /** The step whose task or own gateway (join, 补正 merge, condition, 补正 check, split) this is; absent for the start and end and their gateways. */
  stepId?: string;
}

export interface BpmnFlow {
  id: string;
  /** Indices into BpmnGraph.nodes. */
  from: number;
  to: number;
  name: string;
  /** Condition text, on a flow out of an exclusive split that is not its default. */
  condition?: string;
  /** What the flow is for: the declared order, inside a step's gateways, a skip path or a 补正 return. */
  role: 'order' | 'inner' | 'skip' | 'return';
  /**
   * The steps the flow stands between, for marking it: a declared link [from, to]; [S, S] inside step
   * S's own gateways; null for the start (as `from`) or the end (as `to`), [null, null] between the
   * start or end event and its gateway.
   */
  steps: readonly [from: string | null, to: string | null];
}

export interface BpmnGraph {
  /** Departments, in order of first appearance. */
  lanes: string[];
  nodes: BpmnNode[];
  flows: BpmnFlow[];
}

/**
 * A step id as an NCName fragment: ASCII letters and digits stay, every other character (the `_`
 * itself included) becomes `_` and its UTF-16 code unit in four hex digits, so distinct step ids
 * always give distinct fragments and the fragment never contains `__`.
 */
export function encodeStepId(stepId: string): string {
  let out = '';
  for (let i = 0; i < stepId.length; i++) {
    const c = stepId.charCodeAt(i);
    const plain = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    out += plain ? stepId[i] : `_${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/** The id of a step's task. */
export function taskId(stepId: string): string {
  return `Task_${encodeStepId(stepId)}`;
}

/** Builds the process graph of a procedure's steps (declared order: predecessors), its labels in `lang`. */
export function buildBpmnGraph(steps: readonly Step[], lang: Lang = DEFAULT_LANG): BpmnGraph {
  const t = REPORT_TEXT[lang];
  const lanes: string[] = [];
  const laneOf = new Map<string, number>();
  for (const step of steps) {
    if (!laneOf.has(step.department)) {
      laneOf.set(step.department, lanes.length);
      lanes.push(step.department);
    }
  }
  const indexOf = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!indexOf.has(step.id)) indexOf.set(step.id, i);
  });
  const preds: number[][] = steps.map(() => []);
  const succs: number[][] = steps.map(() => []);
  const links: [number, number][] = [];
  steps.forEach((step, to) => {
    if (indexOf.get(step.id) !== to) return;
    for (const id of step.predecessors) {
      const from = indexOf.get(id);
      if (from === undefined || from === to || preds[to]!.includes(from)) continue;
      preds[to]!.push(from);
      succs[from]!.push(to);
      links.push([from, to]);
    }
  });
  const returnedTo = new Set<number>();
  for (const step of steps) {
    const target = step.returnTo === null ? undefined : indexOf.get(step.returnTo);
    if (target !== undefined) returnedTo.add(target);
  }

  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const add = (node: BpmnNode): number => nodes.push(node) - 1;
  const stepOf = (node: number): string | null => nodes[node]!.stepId ?? null;
  const flow = (from: number, to: number, role: BpmnFlow['role'], name = '', condition?: string): string => {
    const id = `Flow_${nodes[from]!.id}__${nodes[to]!.id}${role === 'return' ? '__return' : ''}`;
    flows.push({ id, from, to, name, role, steps: [stepOf(from), stepOf(to)], ...(condition !== undefined ? { condition } : {}) });
    return id;
  };

  // Each step becomes a chain: [join] → [back-merge] → [if] → task → [补正 check] → [endif] → [split].
  const entry: number[] = [];
  const exit: number[] = [];
  const backMerge = new Map<number, number>();
  const checks: { check: number; step: Step }[] = [];
  steps.forEach((step, i) => {
    if (indexOf.get(step.id) !== i) return;
    const lane = laneOf.get(step.department) ?? 0;
    const base = encodeStepId(step.id);
    let first = -1;
    let previous = -1;
    const append = (node: number, name = '', condition?: string): void => {
      if (previous >= 0) flow(previous, node, 'inner', name, condition);
      if (first < 0) first = node;
      previous = node;
    };
    const stepId = step.id;
    if (preds[i]!.length > 1) append(add({ id: `Gateway_${base}_join`, kind: 'parallel', name: '', lane, stepId }));
    if (returnedTo.has(i)) {
      const merge = add({ id: `Gateway_${base}_back`, kind: 'exclusive', name: '', lane, stepId });
      backMerge.set(i, merge);
      append(merge);
    }
    const condition = step.condition.trim();
    const ifGateway = condition === '' ? -1 : add({ id: `Gateway_${base}_if`, kind: 'exclusive', name: t.bpmnIf({ condition }), lane, stepId });
    if (ifGateway >= 0) append(ifGateway);
    append(add({ id: taskId(step.id), kind: 'task', name: step.name, lane, step, stepId }), ifGateway >= 0 ? condition : '', ifGateway >= 0 ? condition : undefined);
    if (step.returnTo !== null && indexOf.has(step.returnTo)) {
      const check = add({ id: `Gateway_${base}_check`, kind: 'exclusive', name: t.bpmnReturnCheck, lane, stepId });
      append(check);
      checks.push({ check, step });
    }
    if (ifGateway >= 0) {
      const endIf = add({ id: `Gateway_${base}_endif`, kind: 'exclusive', name: '', lane, stepId });
      append(endIf);
      nodes[ifGateway]!.defaultFlow = flow(ifGateway, endIf, 'skip', t.bpmnSkip);
    }
    if (succs[i]!.length > 1) append(add({ id: `Gateway_${base}_split`, kind: 'parallel', name: '', lane, stepId }));
    entry[i] = first;
    exit[i] = previous;
  });
  for (const { check, step } of checks) {
    flow(check, backMerge.get(indexOf.get(step.returnTo!)!)!, 'return', t.bpmnReturn, t.bpmnReturnCondition);
  }

  const first = steps.findIndex((_, i) => entry[i] !== undefined && preds[i]!.length === 0);
  const startLane = first < 0 ? 0 : (laneOf.get(steps[first]!.department) ?? 0);
  const start = add({ id: 'StartEvent_1', kind: 'start', name: t.bpmnStart, lane: startLane });
  const roots = steps.map((_, i) => i).filter((i) => entry[i] !== undefined && preds[i]!.length === 0);
  if (roots.length === 1) flow(start, entry[roots[0]!]!, 'order');
  else if (roots.length > 1) {
    const split = add({ id: 'Gateway_start_split', kind: 'parallel', name: '', lane: startLane });
    flow(start, split, 'inner');
    for (const r of roots) flow(split, entry[r]!, 'order');
  }
  for (const [from, to] of links) flow(exit[from]!, entry[to]!, 'order');
  const sinks = steps.map((_, i) => i).filter((i) => exit[i] !== undefined && succs[i]!.length === 0);
  const lastLane = sinks.length === 0 ? startLane : (laneOf.get(steps[sinks[sinks.length - 1]!]!.department) ?? 0);
  const end = add({ id: 'EndEvent_1', kind: 'end', name: t.bpmnEnd, lane: lastLane });
  if (sinks.length === 1) flow(exit[sinks[0]!]!, end, 'order');
  else if (sinks.length > 1) {
    const join = add({ id: 'Gateway_end_join', kind: 'parallel', name: '', lane: lastLane });
    for (const s of sinks) flow(exit[s]!, join, 'order');
    flow(join, end, 'inner');
  }
  if (roots.length === 0) flow(start, end, 'inner');

  // A 补正 check's default is the flow that carries on; the return flow carries the condition.
  for (const { check } of checks) {
    const onward = flows.find((f) => f.from === check && f.role !== 'return');
    if (onward !== undefined) {
      onward.name = t.bpmnOnward;
      nodes[check]!.defaultFlow = onward.id;
    }
  }
  return { lanes, nodes, flows };
}
