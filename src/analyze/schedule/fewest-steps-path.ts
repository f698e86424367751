// The shortest run of the procedure's state machine to approval: conditional steps (适用条件) are
// skipped, so the steps that must run are the unconditional ones, in declared topological order;
// its duration is the longest declared path with conditional steps weighed 0.

import type { FewestStepsPath } from '../../domain/index.js';
import type { ItemContext } from '../item-context.js';
import { toDays } from '../days.js';
import { findLongestPathLength } from '../../graph/index.js';

/** Fewest steps to approval: unconditional steps only. */
export function findFewestStepsPath(ctx: ItemContext): FewestStepsPath {
  const weight = ctx.time.map((t, v) => (ctx.steps[v]!.condition === '' ? t : 0));
  const stepIds: string[] = [];
  for (const v of ctx.order) if (ctx.steps[v]!.condition === '') stepIds.push(ctx.steps[v]!.id);
  return {
    stepCount: stepIds.length,
    durationDays: toDays(findLongestPathLength(ctx.graph.declared, ctx.order, weight)),
    stepIds,
  };
}
