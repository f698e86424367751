// Candidates: redesigned procedures built from combinations of the findings' transformations
// (removals and merges first, then visits, then parallelize), reduced to the Pareto front over
// (stepCount, durationDays, applicantVisits). Only the front is materialized as full Step[].

import { FINDING_KINDS, type Candidate, type FindingKind, type Step } from '../domain/index.js';
import { buildStepGraph } from '../model/index.js';
import { hasBit, reduceRows, rowMembers } from './bitset.js';
import type { ItemContext } from './context.js';
import { analyzeDeclaredOrder } from './declared-order.js';
import { toDays, toHundredths } from './days.js';
import { buildDesign, type Design, type DesignSpec } from './design.js';
import { measureCandidate, measureDesign, measureSingle } from './design-figures.js';
import { findRequiredOrder } from './required-order.js';
import { findLongestPathLength } from './schedule.js';
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

/** Per set of transformations (bit k = TRANSFORMS[k]): candidate id, size, and the finding kinds it can apply. */
const CHOSEN = Array.from({ length: 1 << TRANSFORMS.length }, (_, set) => {
  const chosen = TRANSFORMS.filter((_, k) => (set & (1 << k)) !== 0);
  return {
    id: chosen.map((t) => t.id).join('+'),
    transforms: chosen.length,
    kinds: FINDING_KINDS.filter((kind) => chosen.some((t) => (t.kinds as readonly FindingKind[]).includes(kind))),
  };
});
const VISITS = TRANSFORMS.length - 1;

interface Scored {
  /** Set of transformations, bit k = TRANSFORMS[k]. */
  readonly set: number;
  readonly id: string;
  readonly transforms: number;
  readonly steps: number;
  readonly duration: number;
  readonly visits: number;
}

/** The item's Pareto front of candidates (memoized on the context). */
export function getCandidateOutcome(ctx: ItemContext): CandidateOutcome {
  ctx.slots.outcome ??= { candidates: findCandidates(ctx) };
  return ctx.slots.outcome;
}

function findCandidates(ctx: ItemContext): Candidate[] {
  const detections = detectStructure(ctx);
  const present = new Set<FindingKind>();
  // Merges and drops that cannot be applied alone without a cycle are left out of every combination.
  const merges: [number, number][] = [];
  const dropped: [number, number][] = [];
  const removed: number[] = [];
  for (const d of detections) {
    present.add(d.kind);
    const t = d.transformation;
    if (t === null) continue;
    if (t.kind === 'merge' && measureSingle(ctx, t) !== null) merges.push([t.first, t.second]);
    if (t.kind === 'drop' && measureSingle(ctx, t) !== null) dropped.push([t.keep, t.drop]);
    if (t.kind === 'remove') removed.push(t.step);
  }
  let usable = 0;
  if (present.has('parallelizable')) usable |= 1 << 0;
  if (merges.length > 0) usable |= 1 << 1;
  if (dropped.length > 0) usable |= 1 << 2;
  if (removed.length > 0) usable |= 1 << 3;
  if (present.has('repeated-material') || present.has('extra-visit')) usable |= 1 << VISITS;
  const specOf = (set: number): DesignSpec => ({
    parallel: (set & (1 << 0)) !== 0,
    merges: (set & (1 << 1)) !== 0 ? merges : [],
    dropped: (set & (1 << 2)) !== 0 ? dropped : [],
    removed: (set & (1 << 3)) !== 0 ? removed : [],
    visits: (set & (1 << VISITS)) !== 0,
  });
  // Consolidating visits changes no link, step or time, so each combination of the other four
  // transformations is measured once and scored with and without it; the front is rebuilt in full.
  const scored: Scored[] = [];
  const withVisits = (usable & (1 << VISITS)) !== 0;
  for (let mask = 0; mask < 1 << VISITS; mask++) {
    if ((mask & ~usable) !== 0 || (mask === 0 && !withVisits)) continue;
    const design = mask === 0 ? measureSingle(ctx, null) : measureDesign(ctx, specOf(mask));
    if (design === null) continue;
    if (mask !== 0) scored.push(score(mask, design.size, design.duration, design.visits));
    if (withVisits) {
      const set = mask | (1 << VISITS);
      scored.push(score(set, design.size, design.duration, design.consolidatedVisits));
    }
  }
  const original = {
    steps: ctx.n,
    duration: findLongestPathLength(ctx.graph.declared, ctx.order, ctx.time),
    visits: countVisits(ctx),
  };
  const front: Scored[] = [];
  for (const s of scored) {
    if (original.steps <= s.steps && original.duration <= s.duration && original.visits <= s.visits) continue;
    // Ties on all three figures keep the candidate with fewer transformations, then the smaller id.
    let beaten = false;
    for (const o of scored) {
      if (o === s || o.steps > s.steps || o.duration > s.duration || o.visits > s.visits) continue;
      const same = o.steps === s.steps && o.duration === s.duration && o.visits === s.visits;
      if (!same || o.transforms < s.transforms || (o.transforms === s.transforms && o.id < s.id)) {
        beaten = true;
        break;
      }
    }
    if (!beaten) front.push(s);
  }
  front.sort(
    (a, b) =>
      a.duration - b.duration ||
      a.steps - b.steps ||
      a.visits - b.visits ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return front.map((s) =>
    materialize(ctx, s, specOf(s.set), CHOSEN[s.set]!.kinds.filter((kind) => present.has(kind))),
  );
}

function score(set: number, steps: number, duration: number, visits: number): Scored {
  const chosen = CHOSEN[set]!;
  return { set, id: chosen.id, transforms: chosen.transforms, steps, duration, visits };
}

function countVisits(ctx: ItemContext): number {
  let visits = 0;
  for (const step of ctx.steps) if (step.applicantVisit) visits++;
  return visits;
}

/**
 * The candidate's figures and critical path are measured on scratch buffers (measureCandidate);
 * the design and its full steps (which need the redesign's own required order to add hard
 * predecessors) are built only when `steps` is read — JSON without --steps never reads it.
 */
function materialize(ctx: ItemContext, s: Scored, spec: DesignSpec, applied: FindingKind[]): Candidate {
  const figures = measureCandidate(ctx, spec);
  // Unreachable: the same spec without visit consolidation was feasible, and consolidation adds no link.
  if (figures === null) throw new Error(`candidate ${s.id} became infeasible`);
  const candidate = {
    id: s.id,
    stepCount: figures.size,
    durationDays: toDays(figures.duration),
    clockDays: toDays(figures.clockDuration),
    applicantVisits: figures.visits,
    applied,
    criticalPath: {
      durationDays: toDays(figures.duration),
      stepIds: figures.criticalPath.map((members) => nodeId(ctx, members)),
    },
  };
  Object.defineProperty(candidate, BUILD_STEPS, { value: () => buildCandidateSteps(ctx, spec, s.id), configurable: true });
  Object.defineProperty(candidate, 'steps', STEPS_PROPERTY);
  return candidate as Candidate;
}

/** Hidden own property of a candidate whose steps are not built yet: builds them. */
const BUILD_STEPS = Symbol('build candidate steps');

/**
 * The `steps` getter every candidate shares: builds the steps once and keeps them as a plain
 * property. Not a getter written in the object literal: V8 gives each such getter closure its own
 * hidden-class entry, kept in old space until a full collection, and that closure holds the item's
 * whole context — so every item's analysis outlived the young generation (10k items: ~85 MB copied
 * and promoted, ~200 ms of scavenges for nothing).
 */
function readLazySteps(this: Candidate & { [BUILD_STEPS]: (() => Step[]) | null }): Step[] {
  const steps = this[BUILD_STEPS]!();
  Object.defineProperty(this, 'steps', { value: steps, enumerable: true, writable: true, configurable: true });
  // Let go of the item's context (a redefinition, not a delete, keeps the object's fast shape).
  Object.defineProperty(this, BUILD_STEPS, { value: null });
  return steps;
}

const STEPS_PROPERTY: PropertyDescriptor = { get: readLazySteps, enumerable: true, configurable: true };

/**
 * The candidate as a full procedure. Links the redesign's own roles and documents no longer imply
 * (e.g. a review merged into an approval) become hard predecessors, so the CSV re-imports with the
 * same required order.
 */
function buildCandidateSteps(ctx: ItemContext, spec: DesignSpec, id: string): Step[] {
  const design = buildDesign(ctx, spec);
  if (design === null) throw new Error(`candidate ${id} became infeasible`);
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
function nodeId(ctx: ItemContext, members: readonly number[]): string {
  return members.length === 1 ? ctx.steps[members[0]!]!.id : members.map((v) => ctx.steps[v]!.id).join('+');
}

function addAll(list: string[], more: readonly string[]): void {
  for (const x of more) if (!list.includes(x)) list.push(x);
}

