// Candidates: redesigned procedures built from combinations of the findings' transformations
// (removals and merges first, then visits, then parallelize), reduced to the Pareto front over
// (stepCount, durationDays, applicantVisits). Only the front is materialized as full Step[].

import { FINDING_KINDS, InternalError, type Candidate, type FindingKind, type Step } from '../../domain/index.js';
import { findLongestPathLength } from '../../graph/index.js';
import { toDays } from '../days.js';
import type { Detection } from '../findings/detection.js';
import type { ItemContext } from '../item-context.js';
import { buildCandidateSteps, nodeId } from './candidate-steps.js';
import type { DesignSpec } from './design-spec.js';
import { measureCandidate, measureDesign, measureSingle } from './design-figures.js';
import { findParetoFront, type ScoredRedesign } from './pareto-front.js';

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

interface Scored extends ScoredRedesign {
  /** Set of transformations, bit k = TRANSFORMS[k]. */
  readonly set: number;
}

/**
 * The item's candidates: the Pareto front built from the transformations of `detections` (the
 * detectors that read the procedure), sorted by (durationDays, stepCount, applicantVisits, id);
 * empty when nothing improves the item.
 */
export function findCandidates(ctx: ItemContext, detections: readonly Detection[]): Candidate[] {
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
  const front = findParetoFront(scored, original);
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
  if (figures === null) throw new InternalError(`candidate ${s.id} became infeasible`);
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
