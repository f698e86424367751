// Candidates: redesigned procedures built from combinations of the findings' transformations
// (removals and merges first, then visits, then parallelize), reduced to the Pareto front over
// (stepCount, durationDays, applicantVisits). Only the front is materialized as full Step[].

import { FINDING_KINDS, type Candidate, type FindingKind, type Step } from '../domain/index.js';
import { buildStepGraph } from '../model/index.js';
import { hasBit, reduceRows, rowMembers } from './bitset.js';
import type { ItemContext } from './context.js';
import { analyzeDeclaredOrder } from './declared-order.js';
import { toDays, toHundredths } from './days.js';
import { buildDesign, buildSingleDesign, type Design, type DesignSpec } from './design.js';
import { findRequiredOrder } from './required-order.js';
import { computeCpm, findCriticalPath, findLongestPathLength } from './schedule.js';
import { detectStructure } from './structural-findings.js';

/** The item's candidates, computed once per item. */
export interface CandidateOutcome {
  /** The Pareto front, sorted by (durationDays, stepCount, applicantVisits, id); empty when nothing improves the item. */
  readonly candidates: Candidate[];
}

/** Transformations in candidate-id order, with the finding kinds each one applies. */
const TRANSFORMS = [
  { id: 'parallel', kinds: ['parallelizable'] },
  { id: 'merge', kinds: ['mergeable'] },
  { id: 'drop-duplicates', kinds: ['duplicate-check'] },
  { id: 'remove-pass-through', kinds: ['pass-through'] },
  { id: 'visits', kinds: ['repeated-material', 'extra-visit'] },
] as const satisfies readonly { id: string; kinds: readonly FindingKind[] }[];

interface Scored {
  id: string;
  transforms: number;
  applied: FindingKind[];
  spec: DesignSpec;
  steps: number;
  duration: number;
  visits: number;
}

/** The item's Pareto front of candidates (memoized on the context). */
export function getCandidateOutcome(ctx: ItemContext): CandidateOutcome {
  ctx.slots.outcome ??= { candidates: findCandidates(ctx) };
  return ctx.slots.outcome;
}

function findCandidates(ctx: ItemContext): Candidate[] {
  const detections = detectStructure(ctx);
  const has = (kind: FindingKind): boolean => detections.some((d) => d.kind === kind);
  // Merges and drops that cannot be applied alone without a cycle are left out of every combination.
  const merges: [number, number][] = [];
  const dropped: [number, number][] = [];
  const removed: number[] = [];
  for (const d of detections) {
    const t = d.transformation;
    if (t?.kind === 'merge' && buildSingleDesign(ctx, t) !== null) merges.push([t.first, t.second]);
    if (t?.kind === 'drop' && buildSingleDesign(ctx, t) !== null) dropped.push([t.keep, t.drop]);
    if (t?.kind === 'remove') removed.push(t.step);
  }
  const usable = [
    has('parallelizable'),
    merges.length > 0,
    dropped.length > 0,
    removed.length > 0,
    has('repeated-material') || has('extra-visit'),
  ];
  // Consolidating visits changes no link, step or time, so each combination of the other four
  // transformations is built once and scored with and without it; the front is rebuilt in full.
  const scored: Scored[] = [];
  const VISITS = TRANSFORMS.length - 1;
  for (let mask = 0; mask < 1 << VISITS; mask++) {
    const on = (k: number): boolean => (mask & (1 << k)) !== 0;
    if (TRANSFORMS.some((_, k) => on(k) && !usable[k])) continue;
    const spec: DesignSpec = {
      parallel: on(0),
      merges: on(1) ? merges : [],
      dropped: on(2) ? dropped : [],
      removed: on(3) ? removed : [],
    };
    const design = mask === 0 ? buildSingleDesign(ctx, null) : buildDesign(ctx, spec);
    if (design === null) continue;
    for (const visits of usable[VISITS] ? [false, true] : [false]) {
      if (mask === 0 && !visits) continue;
      const chosen = TRANSFORMS.filter((_, k) => on(k) || (k === VISITS && visits));
      scored.push({
        id: chosen.map((t) => t.id).join('+'),
        transforms: chosen.length,
        applied: FINDING_KINDS.filter((kind) => has(kind) && chosen.some((t) => (t.kinds as readonly FindingKind[]).includes(kind))),
        spec: { ...spec, visits },
        steps: design.size,
        duration: design.duration,
        visits: visits ? design.consolidatedVisits : design.visits,
      });
    }
  }
  const original = {
    steps: ctx.n,
    duration: findLongestPathLength(ctx.graph.declared, ctx.order, ctx.time),
    visits: ctx.steps.filter((s) => s.applicantVisit).length,
  };
  const noWorse = (a: typeof original, b: typeof original): boolean =>
    a.steps <= b.steps && a.duration <= b.duration && a.visits <= b.visits;
  const same = (a: typeof original, b: typeof original): boolean =>
    a.steps === b.steps && a.duration === b.duration && a.visits === b.visits;
  // Ties on all three figures keep the candidate with fewer transformations, then the smaller id.
  const rank = (a: Scored, b: Scored): number => a.transforms - b.transforms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const front = scored.filter((s) => {
    if (noWorse(original, s)) return false;
    return !scored.some((o) => o !== s && noWorse(o, s) && (!same(o, s) || rank(o, s) < 0));
  });
  front.sort(
    (a, b) =>
      a.duration - b.duration ||
      a.steps - b.steps ||
      a.visits - b.visits ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return front.map((s) => materialize(ctx, s));
}

function materialize(ctx: ItemContext, s: Scored): Candidate {
  const design = buildDesign(ctx, s.spec);
  // Unreachable: the same spec without visit consolidation was feasible, and consolidation adds no link.
  if (design === null) throw new Error(`candidate ${s.id} became infeasible`);
  const steps = buildSteps(ctx, design);
  const graph = buildStepGraph({ ...ctx.procedure, steps });
  const declared = analyzeDeclaredOrder(graph);
  // Links the redesign's own roles and documents no longer imply (e.g. a review merged into an
  // approval) become hard predecessors, so the CSV re-imports with the same required order.
  const own = findRequiredOrder(graph, declared);
  const needed = reduceRows(design.requiredReach, design.size, design.words);
  for (let x = 0; x < design.size; x++) {
    for (const y of rowMembers(needed, design.words, x)) {
      const hard = steps[y]!.hardPredecessors;
      if (!hasBit(own.reach, own.words, x, y) && !hard.includes(steps[x]!.id)) hard.push(steps[x]!.id);
    }
  }
  const time = steps.map((step) => toHundredths(step.waitDays) + toHundredths(step.durationDays));
  const cpm = computeCpm(graph.declared, declared.order, time);
  return {
    id: s.id,
    stepCount: design.size,
    durationDays: toDays(design.duration),
    clockDays: toDays(design.clockDuration),
    applicantVisits: design.visits,
    applied: s.applied,
    criticalPath: { durationDays: toDays(cpm.duration), stepIds: findCriticalPath(graph.declared, cpm).map((v) => steps[v]!.id) },
    steps,
  };
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
  const ids = d.members.map((ms) => ms.map((v) => src[v]!.id).join('+'));
  const producers = ctx.required.producers;
  const exists = (doc: string): boolean => {
    const makers = producers.get(doc);
    return makers === undefined || makers.some((p) => d.outNode[p]! >= 0);
  };
  const addAll = (list: string[], more: readonly string[]): void => {
    for (const x of more) if (!list.includes(x)) list.push(x);
  };
  return d.members.map((ms, X) => {
    const first = src[ms[0]!]!;
    const inputs: string[] = [];
    const outputs: string[] = [];
    let duration = 0;
    for (const m of ms) {
      addAll(inputs, src[m]!.inputs.filter((doc) => !outputs.includes(doc)));
      addAll(outputs, src[m]!.outputs);
      duration += toHundredths(src[m]!.durationDays);
    }
    for (let v = 0; v < ctx.n; v++) if (d.inNode[v] === -1 && d.outNode[v] === X) addAll(outputs, src[v]!.outputs);
    const kept = inputs.filter(exists);
    if (X === d.collector) {
      addAll(kept, d.moved);
      addAll(outputs, d.moved);
    }
    const predecessors: string[] = [];
    for (let P = 0; P < d.size; P++) if (hasBit(d.reduced, d.words, P, X)) predecessors.push(ids[P]!);
    const hardPredecessors: string[] = [];
    let returnTo: string | null = null;
    for (const m of ms) {
      for (const h of src[m]!.hardPredecessors) {
        const j = ctx.graph.indexOf.get(h);
        const Y = j === undefined ? -1 : d.outNode[j]!;
        if (Y >= 0 && Y !== X && !hardPredecessors.includes(ids[Y]!)) hardPredecessors.push(ids[Y]!);
      }
      const back = src[m]!.returnTo;
      const j = back === null ? undefined : ctx.graph.indexOf.get(back);
      const Y = j === undefined ? -1 : d.outNode[j]!;
      if (returnTo === null && Y >= 0 && Y !== X) returnTo = ids[Y]!;
    }
    const conditional = ms.every((m) => src[m]!.condition !== '');
    const attributes: Record<string, string> = {};
    for (let k = ms.length - 1; k >= 0; k--) Object.assign(attributes, src[ms[k]!]!.attributes);
    return {
      id: ids[X]!,
      name: ms.map((m) => src[m]!.name).join('+'),
      department: first.department,
      role: d.role[X]!,
      durationDays: toDays(duration),
      waitDays: first.waitDays,
      durationMissing: ms.some((m) => src[m]!.durationMissing),
      countsTowardLimit: ms.some((m) => src[m]!.countsTowardLimit),
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
  });
}
