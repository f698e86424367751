// What each finding saves: its transformation applied alone (a design of that one change, in the
// required order) against the baseline — the lawful duration, or the critical path with an order
// conflict — in days (never negative; 0 for an item with incomplete durations), steps and visits. A
// transformation that cannot be applied alone (it would make the order cyclic), a finding that
// redesigns nothing, or an item whose required links form a cycle saves 0.

import type { Finding } from '../../domain/index.js';
import { findLongestPathLength, mapList } from '../../graph/index.js';
import { toDays } from '../days.js';
import type { Detection, Transformation } from '../findings/detection.js';
import type { ItemContext } from '../item-context.js';
import { baseDesign, buildDesign, durationWithout, withConsolidatedVisits } from './design.js';
import { designSpec, type Design, type DesignFigures, type DesignSpec } from './design-spec.js';

/** The detections, in their order, as the contract's findings with their savings in days, steps and visits. */
export function measureSavings(ctx: ItemContext, detections: readonly Detection[]): Finding[] {
  const redesignable = ctx.required.requiredCycle === null;
  const visits = ctx.steps.reduce((k, s) => k + (s.applicantVisit ? 1 : 0), 0);
  const baseline = ctx.lawful?.duration ?? findLongestPathLength(ctx.graph.declared, ctx.order, ctx.time);
  let measured = 0;
  return mapList(detections, (d): Finding => {
    let savingDays = 0;
    let savingSteps = 0;
    let savingVisits = 0;
    if (d.transformation !== null && redesignable) {
      if ((++measured & 255) === 0) ctx.budget.check('savings');
      const after = measureSingle(ctx, d.transformation);
      if (after !== null) {
        savingDays = ctx.incomplete ? 0 : toDays(Math.max(0, baseline - after.duration));
        savingSteps = Math.max(0, ctx.n - after.size);
        savingVisits = Math.max(0, visits - after.visits);
      }
    }
    return {
      kind: d.kind,
      stepIds: mapList(d.steps, (v) => ctx.steps[v]!.id),
      message: d.message,
      savingDays,
      savingSteps,
      savingVisits,
    };
  });
}

/**
 * The figures of one finding's transformation applied alone, memoized on the context; null when it
 * cannot apply (a cycle). The required order must be acyclic.
 */
export function measureSingle(ctx: ItemContext, t: Transformation): DesignFigures | null {
  const singles = (ctx.slots.singles ??= new Map());
  const key = keyOf(t, ctx.n);
  let figures = singles.get(key);
  if (figures === undefined) {
    figures = measure(ctx, t);
    singles.set(key, figures);
  }
  return figures;
}

/**
 * Builds the design of one transformation — except where the item's base design answers without
 * building: an unlinked declared link changes only the duration, consolidated visits only the visits.
 */
function measure(ctx: ItemContext, t: Transformation): DesignFigures | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: equivalent — the base design is never null here (an acyclic required order with the declared links it does not reverse has no cycle), and durationWithout and withConsolidatedVisits give what buildDesign gives for the same spec: the test only chooses the cheaper way
  const base = t.kind === 'unlink' || t.kind === 'visits' ? baseDesign(ctx) : null;
  if (base !== null && t.kind === 'unlink') return { size: base.size, duration: durationWithout(ctx, base, t.from, t.to), visits: base.visits };
  if (base !== null && t.kind === 'visits') return figuresOf(withConsolidatedVisits(ctx, base));
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: equivalent — unlink and visits never come here (the base design above is never null), and singleDesign is buildDesign of the same spec, memoized
  const design = t.kind === 'unlink' || t.kind === 'visits' ? buildDesign(ctx, specOf(t)) : singleDesign(ctx, t);
  return design === null ? null : figuresOf(design);
}

/** A merge, a duplicate drop or a removal: the transformations whose design a candidate of that one change reuses. */
export type StructuralTransformation = Extract<Transformation, { kind: 'merge' | 'drop' | 'remove' }>;

/**
 * The design of one merge, drop or removal applied alone, memoized on the context: a finding's
 * savings and a candidate applying just that transformation share it. Null: it makes the order
 * cyclic. The memo keeps designs of at most SINGLE_DESIGN_STEPS steps in all per item (a real item
 * keeps every one; a pathological item with hundreds of findings on thousands of steps builds the
 * rest again where a candidate needs one, instead of holding them all).
 */
export function singleDesign(ctx: ItemContext, t: StructuralTransformation): Design | null {
  const designs = (ctx.slots.singleDesigns ??= new Map());
  const key = keyOf(t, ctx.n);
  let design = designs.get(key);
  if (design === undefined) {
    design = buildDesign(ctx, specOf(t));
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent — the bound only decides what is kept in memory; a design not kept is built again the same
    if ((designs.size + 1) * ctx.n <= SINGLE_DESIGN_STEPS) designs.set(key, design);
  }
  return design;
}

/** Steps of memoized single designs per item, all together (see singleDesign). */
const SINGLE_DESIGN_STEPS = 20_000;

function figuresOf(design: Design): DesignFigures {
  return { size: design.size, duration: design.duration, visits: design.visits };
}

/** A number per transformation of an item of n steps. */
function keyOf(t: Transformation, n: number): number {
  const square = n * n;
  switch (t.kind) {
    case 'unlink':
      return 1 + t.from * n + t.to;
    case 'merge':
      return 1 + square + t.first * n + t.second;
    case 'drop':
      return 1 + 2 * square + t.keep * n + t.drop;
    case 'remove':
      return 1 + 3 * square + t.step;
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — visits' key undefined instead of 0 is still a key no other transformation has
    case 'visits':
      return 0;
  }
}

/** The design spec of one transformation. */
function specOf(t: Transformation): DesignSpec {
  switch (t.kind) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — measure never builds an unlink or visits spec (the base design answers for them)
    case 'unlink':
      // Stryker disable next-line ObjectLiteral,ArrayDeclaration: equivalent, as above
      return designSpec({ unlink: [t.from, t.to] });
    case 'merge':
      return designSpec({ merges: [[t.first, t.second]] });
    case 'drop':
      return designSpec({ dropped: [[t.keep, t.drop]] });
    case 'remove':
      return designSpec({ removed: [t.step] });
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, as the unlink case
    case 'visits':
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, as the unlink case
      return designSpec({ visits: true });
  }
}
