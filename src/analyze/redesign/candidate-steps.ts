// A candidate as a full procedure: its design's steps (merged, dropped, removed, visits moved) with
// their own order, and as hard predecessors the required links the redesign's own roles and
// documents no longer imply — so the CSV re-imports with the same roles and the same figures.

import { ROLES, type Role, type Step } from '../../domain/index.js';
import { buildDigraph, closeDigraph, componentsOfOrder, computeCpm, findCriticalPath, hasBit, mapList, reduceEdges, wordsFor } from '../../graph/index.js';
import { buildStepGraph } from '../../model/index.js';
import { toDays, toHundredths } from '../days.js';
import { UNLIMITED } from '../item-budget.js';
import type { ItemContext } from '../item-context.js';
import { internMaterials, materialIdOf, materialKey } from '../materials.js';
import { analyzeDeclaredOrder } from '../order/declared-order.js';
import { findRequiredOrder } from '../order/required-order.js';
import { ROLE_BIT, roleBitsOf } from '../roles.js';
import { designMembers, designOrder } from './design.js';
import type { Design } from './design-spec.js';

/** A redesign step's id: its step's own id, or its members' ids joined by "+" (a merged step). */
export function nodeId(ctx: ItemContext, members: readonly number[]): string {
  return members.length === 1 ? ctx.steps[members[0]!]!.id : mapList(members, (v) => ctx.steps[v]!.id).join('+');
}

/**
 * The critical path of a design's order given by its reduction, as node indices: CPM with the tie
 * rule of graph/cpm.ts — the one a re-import of the candidate's CSV finds on its declared order.
 */
export function findCriticalPathOf(design: Design, reduced: readonly (readonly [number, number])[]): number[] {
  const g = buildDigraph(
    design.size,
    reduced.map((e) => e[0]),
    reduced.map((e) => e[1]),
  );
  return findCriticalPath(g, computeCpm(g, designOrder(design), design.time));
}

/**
 * The candidate as a full procedure. A merged step (id "A+B", names joined by "+") keeps the first
 * member's department, wait, condition and attributes, adds the durations, has every member's role
 * (named by the last in the table's order) and its type cell joins the members' own words with 、
 * (so it reads back with the same roles), and needs a visit if the design says so. Its inputs are the
 * members' inputs less those an earlier member produces; its outputs all members' outputs. A kept
 * duplicate check takes over the dropped one's outputs. The 受理 step collecting moved materials
 * (visits) lists them as inputs and outputs.
 */
export function buildCandidateSteps(ctx: ItemContext, design: Design, reduced: readonly (readonly [number, number])[], id: string): Step[] {
  const steps = buildSteps(ctx, design, reduced);
  // The required links the redesign's own roles and documents do not give again become hard predecessors.
  // Stryker disable next-line StringLiteral: equivalent — the candidate's own required order never reads or returns the item code (its order is acyclic, so nothing throws with it)
  const procedure = { ...ctx.procedure, itemCode: `${ctx.procedure.itemCode}#${id}`, steps };
  const graph = buildStepGraph(procedure);
  const declared = analyzeDeclaredOrder(graph);
  const roleBits = Uint32Array.from(steps, roleBitsOf);
  const own = findRequiredOrder({ graph, roleBits, materials: internMaterials(steps), declared }, UNLIMITED);
  const words = wordsFor(design.size);
  const mapped = buildDigraph(design.size, design.edgeFrom.slice(0, design.requiredEdges), design.edgeTo.slice(0, design.requiredEdges));
  // The design's order is a topological order of its required links too.
  const order = designOrder(design);
  const reach = closeDigraph(mapped, words, componentsOfOrder(order));
  const pos = new Int32Array(design.size);
  order.forEach((X, k) => (pos[X] = k));
  for (const [x, y] of reduceEdges(design.size, mapped.succStart, mapped.succ, reach, words, pos)) {
    const hard = steps[y]!.hardPredecessors;
    if (!hasBit(own.reach, own.words, x, y) && !hard.includes(steps[x]!.id)) hard.push(steps[x]!.id);
  }
  return steps;
}

function buildSteps(ctx: ItemContext, d: Design, reduced: readonly (readonly [number, number])[]): Step[] {
  const src = ctx.steps;
  const { size, outNode, inNode } = d;
  const members = designMembers(ctx, d);
  const ids = members.map((ms) => nodeId(ctx, ms));
  const producers = ctx.materials.producers;
  const { collector, moved } = collectMaterials(ctx, d);
  const preds: string[][] = Array.from({ length: size }, () => []);
  for (const [x, y] of reduced) preds[y]!.push(ids[x]!);
  // Stryker disable next-line ArrayDeclaration: equivalent — filled by index from 0 to size − 1
  const out: Step[] = new Array<Step>(size);
  for (let X = 0; X < size; X++) {
    const ms = members[X]!;
    const first = src[ms[0]!]!;
    const inputs: string[] = [];
    const outputs: string[] = [];
    const made = new Set<string>();
    let duration = 0;
    let durationMissing = false;
    const roles = new Set<Role>();
    for (const m of ms) {
      const step = src[m]!;
      // An input an earlier member produces is passed between them: no input of the merged step.
      for (const doc of step.inputs) if (!made.has(materialKey(doc)) && !inputs.includes(doc)) inputs.push(doc);
      for (const doc of step.outputs) {
        made.add(materialKey(doc));
        if (!outputs.includes(doc)) outputs.push(doc);
      }
      duration += toHundredths(step.durationDays);
      durationMissing ||= step.durationMissing;
      for (const r of step.roles) roles.add(r);
    }
    for (let v = 0; v < ctx.n; v++) if (inNode[v] === -1 && outNode[v] === X) for (const doc of src[v]!.outputs) if (!outputs.includes(doc)) outputs.push(doc);
    // An input that only removed steps produced no longer exists.
    // Stryker disable next-line MethodExpression: equivalent — a producer is never gone without a keeper: a removed step (a pass-through) produces nothing, a dropped one passes to its keeper
    const kept = inputs.filter((doc) => {
      const makers = producers[materialIdOf(ctx.materials, doc)]!;
      // Stryker disable next-line MethodExpression: equivalent, as above (every producer stays, so some and every agree)
      return makers.length === 0 || makers.some((p) => outNode[p]! >= 0);
    });
    if (X === collector) {
      for (const doc of moved) {
        if (!kept.includes(doc)) kept.push(doc);
        if (!outputs.includes(doc)) outputs.push(doc);
      }
    }
    const hardPredecessors: string[] = [];
    let returnTo: string | null = null;
    for (const m of ms) {
      const step = src[m]!;
      for (const h of step.hardPredecessors) {
        const j = ctx.graph.indexOf.get(h);
        const Y = j === undefined ? -1 : outNode[j]!;
        if (Y >= 0 && Y !== X && !hardPredecessors.includes(ids[Y]!)) hardPredecessors.push(ids[Y]!);
      }
      const back = step.returnTo === null ? undefined : ctx.graph.indexOf.get(step.returnTo);
      const Y = back === undefined ? -1 : outNode[back]!;
      if (returnTo === null && Y >= 0 && Y !== X) returnTo = ids[Y]!;
    }
    const attributes: Record<string, string> = {};
    for (let k = ms.length - 1; k >= 0; k--) Object.assign(attributes, src[ms[k]!]!.attributes);
    const merged = ms.length > 1;
    const roleList = ROLES.filter((r) => roles.has(r));
    out[X] = {
      id: ids[X]!,
      name: merged ? ms.map((m) => src[m]!.name).join('+') : first.name,
      department: first.department,
      role: roleList[roleList.length - 1]!,
      roles: merged ? roleList : first.roles,
      typeWord: merged ? (ms.every((m) => src[m]!.typeWord !== '') ? ms.map((m) => src[m]!.typeWord).join('、') : '') : first.typeWord,
      durationDays: toDays(duration),
      waitDays: first.waitDays,
      durationMissing,
      countsTowardLimit: first.countsTowardLimit,
      predecessors: preds[X]!,
      hardPredecessors,
      inputs: kept,
      outputs,
      applicantVisit: d.visit[X] === 1,
      condition: first.condition,
      returnTo,
      attributes,
      line: merged ? 0 : first.line,
    };
  }
  return out;
}

/**
 * With visits consolidated: the node of the first 受理 step (declared order) collects the
 * applicant-supplied inputs of the other visit steps, each moved only when every step using it
 * already follows the collecting step in the required order (forwarding adds no link).
 */
function collectMaterials(ctx: ItemContext, d: Design): { collector: number; moved: string[] } {
  const moved: string[] = [];
  // Stryker disable next-line ObjectLiteral,UnaryOperator: equivalent — with no materials moved, no node matches or collects anything, whatever the collector
  if (d.visits === d.rawVisits) return { collector: -1, moved };
  const { steps, n, materials } = ctx;
  const { reach, words } = ctx.required;
  let collecting = -1;
  for (const v of ctx.order) {
    if (d.inNode[v]! >= 0 && (ctx.roleBits[v]! & ROLE_BIT.accept) !== 0) {
      collecting = v;
      break;
    }
  }
  // Stryker disable next-line ObjectLiteral,UnaryOperator: equivalent, as above
  if (collecting < 0) return { collector: -1, moved };
  const collector = d.inNode[collecting]!;
  const movedIds = new Set<number>();
  for (let v = 0; v < n; v++) {
    if (d.inNode[v]! < 0 || !steps[v]!.applicantVisit || d.inNode[v] === collector) continue;
    for (const m of materials.inputs[v]!) {
      if (materials.producers[m]!.length > 0 || movedIds.has(m)) continue;
      let follows = true;
      for (let z = 0; z < n && follows; z++) {
        if (d.inNode[z]! < 0 || d.inNode[z] === collector || !materials.inputs[z]!.includes(m)) continue;
        follows = hasBit(reach, words, collecting, z);
      }
      if (follows) {
        movedIds.add(m);
        moved.push(materials.names[m]!);
      }
    }
  }
  return { collector, moved };
}
