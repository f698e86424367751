// A candidate as a full procedure: its design's steps (merged, dropped, removed, visits moved) with
// their own order, and as hard predecessors the required links the redesign's own roles and
// documents no longer imply — so the CSV re-imports with the same required order.

import { InternalError, type Step } from '../../domain/index.js';
import { hasBit, reduceRows, rowMembers } from '../../graph/index.js';
import { buildStepGraph } from '../../model/index.js';
import { toDays, toHundredths } from '../days.js';
import type { ItemContext } from '../item-context.js';
import { analyzeDeclaredOrder } from '../order/declared-order.js';
import { findRequiredOrder } from '../order/required-order.js';
import { buildDesign } from './design.js';
import type { Design, DesignSpec } from './design-spec.js';

/**
 * The candidate as a full procedure. Links the redesign's own roles and documents no longer imply
 * (e.g. a review merged into an approval) become hard predecessors, so the CSV re-imports with the
 * same required order.
 */
export function buildCandidateSteps(ctx: ItemContext, spec: DesignSpec, id: string): Step[] {
  const design = buildDesign(ctx, spec);
  if (design === null) throw new InternalError(`candidate ${id} became infeasible`);
  const steps = buildSteps(ctx, design);
  const graph = buildStepGraph({ ...ctx.procedure, steps });
  const own = findRequiredOrder(graph, analyzeDeclaredOrder(graph));
  const needed = reduceRows(design.requiredReach, design.size, design.words);
  for (let x = 0; x < design.size; x++) {
    for (const y of rowMembers(needed, design.words, x)) {
      const hard = steps[y]!.hardPredecessors;
      if (!hasBit(own.reach, own.words, x, y) && !hard.includes(steps[x]!.id)) hard.push(steps[x]!.id);
    }
  }
  return steps;
}

/**
 * The design as full steps. A merged step (id "A+B", names joined by "+") keeps the first member's
 * department, wait and attributes, sums the durations, takes the more senior role, needs a visit or
 * counts toward the limit if any member does, and is conditional only if every member is. Its inputs
 * are the members' inputs minus those an earlier member produces; its outputs are all members' outputs.
 * A kept duplicate check takes over the dropped one's outputs. Inputs that only removed steps produced
 * no longer exist and are left out. The 受理 step collecting moved materials lists them as inputs and outputs.
 */
function buildSteps(ctx: ItemContext, d: Design): Step[] {
  const src = ctx.steps;
  const { size, members, outNode, inNode } = d;
  const ids = members.map((ms) => nodeId(ctx, ms));
  const producers = ctx.required.producers;
  const out: Step[] = new Array<Step>(size);
  for (let X = 0; X < size; X++) {
    const ms = members[X]!;
    const first = src[ms[0]!]!;
    const inputs: string[] = [];
    const outputs: string[] = [];
    let duration = 0;
    for (const m of ms) {
      // An input an earlier member produces is no input of the merged step.
      for (const doc of src[m]!.inputs) if (!outputs.includes(doc) && !inputs.includes(doc)) inputs.push(doc);
      addAll(outputs, src[m]!.outputs);
      duration += toHundredths(src[m]!.durationDays);
    }
    for (let v = 0; v < ctx.n; v++) if (inNode[v] === -1 && outNode[v] === X) addAll(outputs, src[v]!.outputs);
    const kept: string[] = [];
    for (const doc of inputs) {
      const makers = producers.get(doc);
      let exists = makers === undefined;
      if (makers !== undefined) for (const p of makers) if (outNode[p]! >= 0) exists = true;
      if (exists) kept.push(doc);
    }
    if (X === d.collector) {
      addAll(kept, d.moved);
      addAll(outputs, d.moved);
    }
    const predecessors: string[] = [];
    for (let P = 0; P < size; P++) if (hasBit(d.reduced, d.words, P, X)) predecessors.push(ids[P]!);
    const hardPredecessors: string[] = [];
    let returnTo: string | null = null;
    let conditional = true;
    let durationMissing = false;
    let countsTowardLimit = false;
    for (const m of ms) {
      const step = src[m]!;
      for (const h of step.hardPredecessors) {
        const j = ctx.graph.indexOf.get(h);
        const Y = j === undefined ? -1 : outNode[j]!;
        if (Y >= 0 && Y !== X && !hardPredecessors.includes(ids[Y]!)) hardPredecessors.push(ids[Y]!);
      }
      const back = step.returnTo;
      const j = back === null ? undefined : ctx.graph.indexOf.get(back);
      const Y = j === undefined ? -1 : outNode[j]!;
      if (returnTo === null && Y >= 0 && Y !== X) returnTo = ids[Y]!;
      if (step.condition === '') conditional = false;
      if (step.durationMissing) durationMissing = true;
      if (step.countsTowardLimit) countsTowardLimit = true;
    }
    const attributes: Record<string, string> = {};
    for (let k = ms.length - 1; k >= 0; k--) Object.assign(attributes, src[ms[k]!]!.attributes);
    out[X] = {
      id: ids[X]!,
      name: ms.length === 1 ? first.name : ms.map((m) => src[m]!.name).join('+'),
      department: first.department,
      role: d.role[X]!,
      // A merged step is named by one role for now (its writer cell is that role's word); the
      // members' own words and roles joined are the next change of the merge rules.
      roles: ms.length === 1 ? first.roles : [d.role[X]!],
      typeWord: ms.length === 1 ? first.typeWord : '',
      durationDays: toDays(duration),
      waitDays: first.waitDays,
      durationMissing,
      countsTowardLimit,
      predecessors,
      hardPredecessors,
      inputs: kept,
      outputs,
      applicantVisit: d.visit[X] === 1,
      condition: conditional ? [...new Set(ms.map((m) => src[m]!.condition))].join(' / ') : '',
      returnTo,
      attributes,
      line: ms.length === 1 ? first.line : 0,
    };
  }
  return out;
}

/** A redesign step's id: its step's own id, or its members' ids joined by "+" (a merged step). */
export function nodeId(ctx: ItemContext, members: readonly number[]): string {
  return members.length === 1 ? ctx.steps[members[0]!]!.id : members.map((v) => ctx.steps[v]!.id).join('+');
}

function addAll(list: string[], more: readonly string[]): void {
  for (const x of more) if (!list.includes(x)) list.push(x);
}

