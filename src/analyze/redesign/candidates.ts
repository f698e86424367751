// Candidates (analysis-json.md "Candidates"): at most one per non-empty subset of the redesign kinds
// (parallelizable, mergeable, intake-merge, duplicate-check, pass-through, visits), each applying
// every finding of its kinds — a duplicate drop beats a merge of the same steps, merges along a chain
// compose but an approve step absorbs at most one step — kept only where each of its kinds applies a
// finding and its plan differs from every plan of a smaller subset; with an order conflict whose
// required links alone are acyclic, the plain reorder too. Then the Pareto front over (steps, days,
// visits) and the best candidate: the fastest no slower than the baseline (the lawful duration, or
// the critical path with an order conflict); ties to fewer steps, visits, kinds, then id.

import { FINDING_KINDS, type Candidate, type FindingKind, type Step } from '../../domain/index.js';
import { createScratch, findLongestPathLength, mapList } from '../../graph/index.js';
import { toDays } from '../days.js';
import type { Detection } from '../findings/detection.js';
import type { ItemContext } from '../item-context.js';
import { ROLE_BIT } from '../roles.js';
import { buildCandidateSteps, findCriticalPathOf, nodeId } from './candidate-steps.js';
import { baseDesign, buildDesign, designMembers, reducedDesignOrder, withConsolidatedVisits } from './design.js';
import { designSpec, NO_PAIRS, NO_STEPS, type Design, type DesignSpec } from './design-spec.js';
import { measureSingle, singleDesign, type StructuralTransformation } from './finding-savings.js';
import { findParetoFront } from './pareto-front.js';

/** The redesign kinds in candidate-id order: each id's spelling, and the finding kinds it applies. */
export const REDESIGN_KINDS = [
  { id: 'parallel', findings: ['parallelizable'] },
  { id: 'merge', findings: ['mergeable'] },
  { id: 'intake-merge', findings: ['intake-merge'] },
  { id: 'drop-duplicates', findings: ['duplicate-check'] },
  { id: 'remove-pass-through', findings: ['pass-through'] },
  { id: 'visits', findings: ['repeated-material', 'extra-visit'] },
] as const satisfies readonly { id: string; findings: readonly FindingKind[] }[];

const PARALLEL = 0;
const MERGE = 1;
const INTAKE = 2;
const DROP = 3;
const PASS = 4;
const VISITS = 5;
const ALL_KINDS = (1 << REDESIGN_KINDS.length) - 1;

/** The id of the plain reorder (an order conflict's procedure in the required order). */
export const REORDER_ID = 'reorder';

/**
 * Above this many units of work (designs × (steps + links) × words per bit row), the search tries
 * only each redesign kind alone and all of them together, and the item's notes say so.
 */
const SEARCH_WORK_LIMIT = 400_000_000;

/** The transformations the detections offer, by redesign kind; merges and drops that cannot apply alone are left out. */
interface Offers {
  readonly links: readonly (readonly [number, number])[];
  readonly merges: readonly (readonly [number, number])[];
  readonly intakeMerges: readonly (readonly [number, number])[];
  readonly drops: readonly (readonly [number, number])[];
  readonly removes: readonly number[];
  /** Finding kinds present among the detections. */
  readonly present: ReadonlySet<FindingKind>;
  /** Bit k set where REDESIGN_KINDS[k] has a finding to apply. */
  readonly kinds: number;
}

/** The redesign of one item, as the contract reports it. */
export interface RedesignResult {
  readonly candidates: Candidate[];
  readonly best: Candidate | null;
  readonly noFasterPlanReason: string | null;
  readonly notes: string[];
}

/** One measured subset of the redesign kinds. */
interface Plan {
  readonly set: number;
  readonly design: Design;
}

/** The item's candidates, its best candidate (or why there is none) and notes on the search. */
export function findCandidates(ctx: ItemContext, detections: readonly Detection[]): RedesignResult {
  const required = ctx.required;
  if (required.requiredCycle !== null) {
    return { candidates: [], best: null, noFasterPlanReason: describeRequiredCycle(ctx, required.requiredCycle), notes: [] };
  }
  const offers = collectOffers(ctx, detections);
  const conflict = ctx.lawful === null;
  const baselineDuration = ctx.lawful?.duration ?? findLongestPathLength(ctx.graph.declared, ctx.order, ctx.time);
  const notes: string[] = [];

  const empty = baseDesign(ctx);
  // Stryker disable next-line ArrayDeclaration: equivalent — an entry that is no plan has no `set`, so the repeat test never compares with it
  const plans: Plan[] = [];
  const chosen: Plan[] = [];
  if (empty !== null) {
    plans.push({ set: 0, design: empty });
    if (conflict) chosen.push({ set: 0, design: empty });
  }
  let subsets = subsetsOf(offers.kinds);
  const work = subsets.length * (ctx.n + ctx.declared.reduced.length + required.reduced.length) * ctx.words;
  if (work > SEARCH_WORK_LIMIT) {
    subsets = subsets.filter((set) => popcount(set) === 1 || set === offers.kinds);
    notes.push(ctx.text.noteSearchCut({ count: ctx.n }));
  }
  // Stryker disable next-line ArrayDeclaration: equivalent — without the base design in the map, the visits-only subset builds the same design anew
  const built = new Map<number, Design | null>([[0, empty]]);
  for (const set of subsets) {
    ctx.budget.check('candidates');
    const resolved = resolveSpec(ctx, offers, set);
    const design = designOf(ctx, set, resolved.spec, built);
    built.set(set, design);
    if (design === null) continue;
    const plan: Plan = { set, design };
    // Stryker disable next-line LogicalOperator: equivalent — a subset whose merge kind merges nothing, or whose visits change nothing, has the plan of its subset without that kind, so it is dropped as a repeat either way
    const applies = resolved.applies && appliesEveryKind(set, design);
    const repeated = plans.some((other) => (other.set & set) === other.set && other.set !== set && samePlan(plan, other));
    plans.push(plan);
    if (applies && !repeated) chosen.push(plan);
  }

  if (chosen.length === 0) {
    return { candidates: [], best: null, noFasterPlanReason: explainNoBest(ctx, offers, 0, baselineDuration, conflict), notes };
  }
  const scored = mapList(chosen, (plan) => ({
    plan,
    id: idOf(plan.set, conflict),
    kinds: popcount(plan.set),
    steps: plan.design.size,
    duration: plan.design.duration,
    visits: plan.design.visits,
  }));
  const original = { steps: ctx.n, duration: baselineDuration, visits: countVisits(ctx) };
  const front = findParetoFront(scored, original);
  let best: (typeof front)[number] | null = null;
  for (const s of front) {
    if (s.duration > baselineDuration) continue;
    if (
      best === null ||
      s.duration < best.duration ||
      (s.duration === best.duration &&
        (s.steps < best.steps ||
          (s.steps === best.steps && (s.visits < best.visits || (s.visits === best.visits && (s.kinds < best.kinds || (s.kinds === best.kinds && s.id < best.id)))))))
    ) {
      best = s;
    }
  }
  const candidates = mapList(front, (s) => materialize(ctx, s.plan, s.id, appliedKinds(offers, s.plan.set)));
  const bestCandidate = best === null ? null : candidates[front.indexOf(best)]!;
  return {
    candidates,
    best: bestCandidate,
    noFasterPlanReason: bestCandidate !== null ? null : explainNoBest(ctx, offers, scored.length, baselineDuration, conflict),
    notes,
  };
}

function collectOffers(ctx: ItemContext, detections: readonly Detection[]): Offers {
  const present = new Set<FindingKind>();
  const links: [number, number][] = [];
  const merges: [number, number][] = [];
  const intakeMerges: [number, number][] = [];
  const drops: [number, number][] = [];
  const removes: number[] = [];
  for (const d of detections) {
    present.add(d.kind);
    const t = d.transformation;
    if (t === null) continue;
    // Stryker disable next-line ArrayDeclaration: equivalent — only the number of links is read (the parallel kind drops every declared link the required order does not hold)
    if (t.kind === 'unlink') links.push([t.from, t.to]);
    else if (t.kind === 'merge' && measureSingle(ctx, t) !== null) (d.kind === 'intake-merge' ? intakeMerges : merges).push([t.first, t.second]);
    else if (t.kind === 'drop' && measureSingle(ctx, t) !== null) drops.push([t.keep, t.drop]);
    else if (t.kind === 'remove') removes.push(t.step);
  }
  let kinds = 0;
  if (links.length > 0) kinds |= 1 << PARALLEL;
  if (merges.length > 0) kinds |= 1 << MERGE;
  if (intakeMerges.length > 0) kinds |= 1 << INTAKE;
  if (drops.length > 0) kinds |= 1 << DROP;
  if (removes.length > 0) kinds |= 1 << PASS;
  if (present.has('extra-visit') || present.has('repeated-material')) kinds |= 1 << VISITS;
  return { links, merges, intakeMerges, drops, removes, present, kinds };
}

/** The non-empty subsets of `kinds`, fewest kinds first, then by bit pattern (one list per `kinds`, made once). */
function subsetsOf(kinds: number): readonly number[] {
  return (SUBSETS[kinds] ??= sortedSubsets(kinds));
}

/** subsetsOf's lists by `kinds` (at most 2^6 of them). */
const SUBSETS: (readonly number[] | undefined)[] = [];

function sortedSubsets(kinds: number): number[] {
  const out: number[] = [];
  for (let set = 1; set <= ALL_KINDS; set++) if ((set & ~kinds) === 0) out.push(set);
  // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,LogicalOperator,ArithmeticOperator: equivalent — numeric order also puts every subset before its supersets (all the search needs: the repeat test and the visits reuse look back only at subsets), the front is sorted anyway, and V8's insertion sort of at most 63 entries leaves them in numeric order under each of these comparators
  return out.sort((a, b) => popcount(a) - popcount(b) || a - b);
}

function popcount(x: number): number {
  let c = 0;
  for (let y = x; y !== 0; y &= y - 1) c++;
  return c;
}

/**
 * A subset's design spec. Removed and dropped steps take no part in a merge (a duplicate drop beats a
 * merge of the same steps); the pair into an approve step is merged first and the approve step then
 * absorbs nothing more; `applies` is false where the merge kinds of the subset are left with no pair.
 */
function resolveSpec(ctx: ItemContext, offers: Offers, set: number): { spec: DesignSpec; applies: boolean } {
  const has = (k: number): boolean => (set & (1 << k)) !== 0;
  const removed = has(PASS) ? offers.removes : NO_STEPS;
  const dropped = has(DROP) ? offers.drops : NO_PAIRS;
  // Per step: GONE (removed or dropped), IN_APPROVE_GROUP (merged into an approve step), both as bits.
  const mark = specScratch(ctx.n).fill(0, 0, ctx.n);
  for (const r of removed) mark[r] = GONE;
  for (const [, d] of dropped) mark[d] = GONE;
  // Stryker disable next-line ArrayDeclaration: equivalent — a non-pair entry names no step: assignNodes finds no root for it and merges nothing, and the designs built instead of memoized are the same
  const merges: (readonly [number, number])[] = [];
  let used = 0;
  const isApprove = (v: number): boolean => (ctx.roleBits[v]! & ROLE_BIT.approve) !== 0;
  // Merge pairs in the order of their kinds (merge, then intake-merge), those into an approve step first.
  for (let pass = 0; pass < 2; pass++) {
    for (const kind of [MERGE, INTAKE]) {
      if (!has(kind)) continue;
      for (const [a, b] of kind === MERGE ? offers.merges : offers.intakeMerges) {
        if (((mark[a]! | mark[b]!) & GONE) !== 0) continue;
        if (pass === 0) {
          if (!isApprove(b)) continue;
          mark[a] = mark[a]! | IN_APPROVE_GROUP;
          mark[b] = mark[b]! | IN_APPROVE_GROUP;
        } else if (isApprove(b) || ((mark[a]! | mark[b]!) & IN_APPROVE_GROUP) !== 0) continue;
        merges.push([a, b]);
        used |= 1 << kind;
      }
    }
  }
  const applies = (!has(MERGE) || (used & (1 << MERGE)) !== 0) && (!has(INTAKE) || (used & (1 << INTAKE)) !== 0);
  return { spec: designSpec({ parallel: has(PARALLEL), merges, dropped, removed, visits: has(VISITS) }), applies };
}

const GONE = 1;
const IN_APPROVE_GROUP = 2;
const specScratch = createScratch();

/**
 * A subset's design. Visits consolidation changes nothing but the visits, so a subset with the visits
 * kind takes the design of the same subset without it (built earlier: fewer kinds come first) and
 * consolidates its visits.
 */
function designOf(ctx: ItemContext, set: number, spec: DesignSpec, built: ReadonlyMap<number, Design | null>): Design | null {
  const structural = set & ~(1 << VISITS);
  // Stryker disable next-line EqualityOperator,BlockStatement: equivalent — without the reuse the same design is built anew with its visits consolidated
  if (structural !== set && built.has(structural)) {
    const design = built.get(structural)!;
    return design === null ? null : withConsolidatedVisits(ctx, design);
  }
  const single = singleTransformation(spec);
  return single === null ? buildDesign(ctx, spec) : singleDesign(ctx, single);
}

/** The one merge, drop or removal a spec applies, or null where it applies anything else or more. */
function singleTransformation(spec: DesignSpec): StructuralTransformation | null {
  if (spec.parallel || spec.visits || spec.unlink !== null) return null;
  const { merges, dropped, removed } = spec;
  if (merges.length + dropped.length + removed.length !== 1) return null;
  if (merges.length === 1) return { kind: 'merge', first: merges[0]![0], second: merges[0]![1] };
  if (dropped.length === 1) return { kind: 'drop', keep: dropped[0]![0], drop: dropped[0]![1] };
  return { kind: 'remove', step: removed[0]! };
}

/**
 * Whether the design applies a finding of each of its kinds beyond what resolveSpec checked: visits
 * consolidation must take away a visit. (Whether the parallel links change the order — a link of a
 * dropped step is contracted, so its finding may still apply — is the plan comparison's to say.)
 */
function appliesEveryKind(set: number, design: Design): boolean {
  return (set & (1 << VISITS)) === 0 || design.visits < design.rawVisits;
}

/** Two plans are the same procedure: the same steps (members, keepers), visits and order. */
function samePlan(a: Plan, b: Plan): boolean {
  const x = a.design;
  const y = b.design;
  if (x.size !== y.size || x.duration !== y.duration || x.visits !== y.visits) return false;
  if (!equalArrays(x.inNode, y.inNode) || !equalArrays(x.outNode, y.outNode) || !equalArrays(x.visit, y.visit)) return false;
  // The same edges in the same order are the same order: no reduction needed.
  if (equalArrays(x.edgeFrom, y.edgeFrom) && equalArrays(x.edgeTo, y.edgeTo)) return true;
  const ra = reducedDesignOrder(x);
  const rb = reducedDesignOrder(y);
  return ra.length === rb.length && ra.every(([f, t], i) => rb[i]![0] === f && rb[i]![1] === t);
}

function equalArrays(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function idOf(set: number, conflict: boolean): string {
  return set === 0 && conflict ? REORDER_ID : ID_BY_SET[set]!;
}

/** Each subset's candidate id: its kinds' ids in REDESIGN_KINDS order, joined by "+". */
const ID_BY_SET: readonly string[] = Array.from({ length: ALL_KINDS + 1 }, (_, set) =>
  REDESIGN_KINDS.filter((_, k) => (set & (1 << k)) !== 0)
    .map((k) => k.id)
    .join('+'),
);

/** The finding kinds a subset applies, in the contract's order (only those the item has). */
function appliedKinds(offers: Offers, set: number): FindingKind[] {
  const kinds = new Set<FindingKind>();
  REDESIGN_KINDS.forEach((k, i) => {
    if ((set & (1 << i)) !== 0) for (const f of k.findings) if (offers.present.has(f)) kinds.add(f);
  });
  return FINDING_KINDS.filter((k) => kinds.has(k));
}

function countVisits(ctx: ItemContext): number {
  let visits = 0;
  for (const step of ctx.steps) if (step.applicantVisit) visits++;
  return visits;
}

/** Why no candidate is the best, in a sentence for the window. */
function explainNoBest(ctx: ItemContext, offers: Offers, kept: number, baseline: number, conflict: boolean): string {
  if (kept > 0) return ctx.text.noBestSlower({ days: toDays(baseline), conflict });
  if (offers.kinds === 0) return ctx.text.noBestNothingApplies({ lineage: ctx.materials.lineage });
  return ctx.text.noBestNoChange();
}

/** The reason where the required links alone form a cycle: no redesign can follow them. */
function describeRequiredCycle(ctx: ItemContext, cycle: readonly number[]): string {
  const ids = [...cycle, cycle[0]!].map((v) => ctx.steps[v]!.id).join(' → ');
  return ctx.text.noBestRequiredCycle({ cycle: ids });
}

/**
 * The candidate as the contract lists it; its full steps are built only when `steps` is read (JSON
 * without --steps never reads it).
 */
function materialize(ctx: ItemContext, plan: Plan, id: string, applied: FindingKind[]): Candidate {
  const design = plan.design;
  const reduced = reducedDesignOrder(design);
  const path = findCriticalPathOf(design, reduced);
  const members = designMembers(ctx, design);
  const candidate = {
    id,
    stepCount: design.size,
    durationDays: toDays(design.duration),
    clockDays: toDays(design.clockDuration),
    applicantVisits: design.visits,
    applied,
    criticalPath: { durationDays: toDays(design.duration), stepIds: path.map((X) => nodeId(ctx, members[X]!)) },
  };
  Object.defineProperty(candidate, BUILD_STEPS, { value: () => buildCandidateSteps(ctx, design, reduced, id), configurable: true });
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
  // Stryker disable next-line ObjectLiteral: equivalent — only lets go of the item's context sooner (memory)
  Object.defineProperty(this, BUILD_STEPS, { value: null });
  return steps;
}

const STEPS_PROPERTY: PropertyDescriptor = { get: readLazySteps, enumerable: true, configurable: true };
